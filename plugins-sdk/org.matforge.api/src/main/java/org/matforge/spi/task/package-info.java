/**
 * Progress reporting and cancellation for long plug-in calls.
 */
@Export
@Version("1.0.0")
package org.matforge.spi.task;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
