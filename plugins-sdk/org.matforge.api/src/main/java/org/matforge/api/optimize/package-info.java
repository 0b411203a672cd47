/**
 * Client API of design-optimisation campaigns: a campaign proposes experiments ({@code propose(k)}), the lab measures
 * them and reports back ({@code observe(results)}); its state is persisted so that it continues across days and
 * restarts, and every proposal is traceable by its id.
 */
@Export
@Version("1.0.0")
package org.matforge.api.optimize;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
