/**
 * Text helpers every bundle shares: {@link org.matforge.api.text.Excerpt}, the one way a message quotes text read
 * from a user's file, and
 * {@link org.matforge.api.text.DidYouMean}, the one did-you-mean of messages.
 */
@Export
@Version("1.1.0")
package org.matforge.api.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
