/**
 * SPI — Compute backends: numeric devices that models run on.
 */
@Export
@Version("1.1.0")
package org.matforge.spi.backend;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
