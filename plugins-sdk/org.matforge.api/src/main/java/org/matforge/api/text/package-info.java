/**
 * Text helpers every bundle shares: {@link org.matforge.api.text.Excerpt}, the one way a message quotes text read
 * from a user's file.
 */
@Export
@Version("1.0.0")
package org.matforge.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
