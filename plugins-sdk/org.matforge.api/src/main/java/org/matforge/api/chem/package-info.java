/**
 * Chemistry value types: {@link org.matforge.api.chem.Element}, {@link org.matforge.api.chem.Composition} and its
 * formula parser.
 */
@Export
@Version("1.0.0")
package org.matforge.api.chem;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
