/**
 * Discovery value types: {@link org.matforge.api.discovery.Candidate}s with their
 * {@link org.matforge.api.discovery.Prediction}s and {@link org.matforge.api.discovery.ScreenResult}s.
 */
@Export
@Version("1.0.0")
package org.matforge.api.discovery;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
