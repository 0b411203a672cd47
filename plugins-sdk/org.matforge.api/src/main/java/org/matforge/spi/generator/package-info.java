/**
 * SPI — Generative models: plug-ins that propose new compositions, optionally conditioned on a property, and
 * (latent-space models) interpolate between two compositions.
 */
@Export
@Version("1.2.0")
package org.matforge.spi.generator;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
