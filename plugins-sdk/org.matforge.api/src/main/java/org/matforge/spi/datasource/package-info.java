/**
 * SPI for data sources: plug-ins that load tables of compositions and properties.
 */
@Export
@Version("1.1.0")
package org.matforge.spi.datasource;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
