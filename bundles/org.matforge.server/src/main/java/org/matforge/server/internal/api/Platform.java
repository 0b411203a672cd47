package org.matforge.server.internal.api;

import java.nio.file.Path;
import java.util.List;

/** What the API needs from the running framework, provided by the OSGi adapter. */
public interface Platform {
    /** The state of the bundle installed from a jar, and its problems. */
    record BundleState(String state, List<String> problems) {
    }

    /** @return the state of the bundle installed from {@code jar} ("NOT_INSTALLED" when none is) */
    BundleState bundleState(Path jar, String symbolicName);

    /** Writes a line to the server's log (never a token, never a request body). */
    void log(String message, Throwable cause);
}
