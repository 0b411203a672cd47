/**
 * SPI — Generative models: plug-ins that propose new compositions, optionally conditioned on a property.
 */
@Export
@Version("1.0.0")
package org.matforge.spi.generator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
