package org.matforge.orchestrator.internal.workflow;

import java.util.Locale;

/**
 * How large and how deeply nested a workflow document may be; checked while streaming through it, before a tree is
 * built. The defaults can be changed with the system (or framework) properties {@value #MAX_BYTES_PROPERTY} and
 * {@value #MAX_DEPTH_PROPERTY}.
 *
 * @param maxBytes the largest document, in UTF-8 bytes
 * @param maxDepth the deepest nesting of objects and arrays
 */
public record JsonLimits(long maxBytes, int maxDepth) {
    /** System property overriding {@link #DEFAULT_MAX_BYTES}. */
    public static final String MAX_BYTES_PROPERTY = "matforge.workflow.maxBytes";
    /** System property overriding {@link #DEFAULT_MAX_DEPTH}. */
    public static final String MAX_DEPTH_PROPERTY = "matforge.workflow.maxDepth";
    /** 1 MiB. */
    public static final long DEFAULT_MAX_BYTES = 1L << 20;
    /** Far deeper than any workflow needs, far shallower than a stack overflow. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** Checks the values. */
    public JsonLimits {
        if (maxBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("workflow limits must be at least 1, got " + maxBytes + " bytes, depth " + maxDepth);
        }
    }

    /** @return the limits the system properties set, else the defaults */
    public static JsonLimits current() {
        return new JsonLimits(Long.getLong(MAX_BYTES_PROPERTY, DEFAULT_MAX_BYTES), Integer.getInteger(MAX_DEPTH_PROPERTY, DEFAULT_MAX_DEPTH));
    }

    /** @return the problem message for a document of {@code bytes} bytes */
    String tooLarge(long bytes) {
        return String.format(Locale.ROOT, "%,d bytes is larger than the limit of %,d bytes for a workflow (system property %s)",
                bytes, maxBytes, MAX_BYTES_PROPERTY);
    }
}
