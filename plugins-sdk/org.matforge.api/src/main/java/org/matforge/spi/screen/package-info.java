/**
 * SPI — Screens: plug-ins that accept or reject candidates.
 */
@Export
@Version("1.1.0")
package org.matforge.spi.screen;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
