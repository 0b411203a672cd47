/**
 * SPI — Design optimisers: plug-ins that suggest the next experiments.
 */
@Export
@Version("1.2.0")
package org.matforge.spi.optimizer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
