package org.matforge.api.discovery;

/** The outcome of one screen for one candidate. */
public enum Verdict {
    /** The candidate passes the screen. */
    PASS,
    /** The candidate fails the screen. */
    FAIL,
    /** The screen could not decide (e.g. a validity search gave up); workflows choose whether to keep these. */
    UNKNOWN
}
