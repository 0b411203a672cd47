/**
 * SPI — Model training and persistence: trainer plug-ins that turn data into trained predictors and generators,
 * trained models that save to one file, and loaders that read such files back (for example from model bundles).
 */
@Export
@Version("1.2.0")
package org.matforge.spi.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
