/**
 * The plug-in registry: what plug-ins are installed, of which kind, from which bundle, and which failed.
 */
@Export
@Version("1.4.0")
package org.matforge.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
