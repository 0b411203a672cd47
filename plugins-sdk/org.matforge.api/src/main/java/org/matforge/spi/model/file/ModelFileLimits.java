package org.matforge.spi.model.file;

/**
 * How much of a model file a reader accepts, so that a small crafted file cannot make it allocate without bound.
 * An entry that goes past its limit is refused as soon as the limit is passed, before more is read.
 *
 * @param maxEntryBytes    the largest uncompressed size of one binary entry
 * @param maxMetadataBytes the largest uncompressed size of {@value ModelFile#METADATA} and of
 *                         {@value ModelFile#CONTENTS}
 */
public record ModelFileLimits(long maxEntryBytes, int maxMetadataBytes) {
    /** System property overriding the default {@link #maxEntryBytes()}, in bytes. */
    public static final String MAX_ENTRY_BYTES_PROPERTY = "matforge.modelfile.maxEntryBytes";
    /** System property overriding the default {@link #maxMetadataBytes()}, in bytes. */
    public static final String MAX_METADATA_BYTES_PROPERTY = "matforge.modelfile.maxMetadataBytes";
    /** 512 MiB: far above any model MatForge trains, far below what fills a default heap. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 512L << 20;
    /** 1 MiB: metadata is a few kilobytes even with long training curves. */
    public static final int DEFAULT_MAX_METADATA_BYTES = 1 << 20;

    /** Checks that both limits are positive. */
    public ModelFileLimits {
        if (maxEntryBytes < 1 || maxMetadataBytes < 1) {
            throw new IllegalArgumentException("model file limits must be positive, got " + maxEntryBytes + " and " + maxMetadataBytes);
        }
    }

    /**
     * @return the limits every reader uses unless given others: {@value #DEFAULT_MAX_ENTRY_BYTES} and
     *         {@value #DEFAULT_MAX_METADATA_BYTES} bytes, or the values of the system properties
     *         {@value #MAX_ENTRY_BYTES_PROPERTY} and {@value #MAX_METADATA_BYTES_PROPERTY}
     * @throws IllegalArgumentException when a property is set but not a positive whole number
     */
    public static ModelFileLimits defaults() {
        return new ModelFileLimits(property(MAX_ENTRY_BYTES_PROPERTY, DEFAULT_MAX_ENTRY_BYTES),
                Math.toIntExact(Math.min(Integer.MAX_VALUE, property(MAX_METADATA_BYTES_PROPERTY, DEFAULT_MAX_METADATA_BYTES))));
    }

    private static long property(String name, long fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("system property " + name + " must be a positive number of bytes, got '" + value + "'");
    }

    /** @return {@code bytes} in words, e.g. "512 MiB" or "1000 bytes" */
    static String size(long bytes) {
        if (bytes >= 1 << 20 && bytes % (1 << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1 << 10 && bytes % (1 << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
