/**
 * Client API of the workflow engine: submit, follow and cancel discovery runs.
 */
@Export
@Version("1.2.0")
package org.matforge.api.workflow;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
