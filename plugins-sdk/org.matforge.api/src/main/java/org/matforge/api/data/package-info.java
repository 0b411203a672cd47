/**
 * Data value types passed between plug-ins: {@link org.matforge.api.data.Table},
 * {@link org.matforge.api.data.FeatureMatrix} and {@link org.matforge.api.data.Parameters}, and the
 * {@link org.matforge.api.data.ParameterSchema} a plug-in publishes to have its parameters checked before it runs.
 */
@Export
@Version("1.3.0")
package org.matforge.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
