/**
 * SPI — Featurizers: plug-ins that turn compositions into feature vectors.
 */
@Export
@Version("1.1.0")
package org.matforge.spi.featurizer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
