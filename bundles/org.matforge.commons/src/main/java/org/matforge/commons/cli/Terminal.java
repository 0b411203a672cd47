package org.matforge.commons.cli;

/**
 * Whether a command may rewrite its progress line with terminal control codes ({@code \r}, {@code ESC[K}): only
 * when the launcher found standard error to be a terminal (it sets {@value #PROPERTY}{@code =true}), and neither
 * {@code NO_COLOR} is set nor {@code TERM=dumb}. Output piped to a file or another program gets plain lines.
 */
public final class Terminal {
    /** System property the launcher sets to true when standard error is a terminal. */
    public static final String PROPERTY = "matforge.terminal";

    private Terminal() {
    }

    /** @return whether control codes may be written to standard error */
    public static boolean controlCodes() {
        return Boolean.getBoolean(PROPERTY) && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
}
