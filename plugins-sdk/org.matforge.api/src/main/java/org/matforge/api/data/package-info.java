/**
 * Data value types passed between plug-ins: {@link org.matforge.api.data.Table},
 * {@link org.matforge.api.data.FeatureMatrix} and {@link org.matforge.api.data.Parameters}.
 */
@Export
@Version("1.2.0")
package org.matforge.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
