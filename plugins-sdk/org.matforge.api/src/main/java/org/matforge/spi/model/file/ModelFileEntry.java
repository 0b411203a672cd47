package org.matforge.spi.model.file;

/**
 * One binary entry of a model file as its table of contents ({@value ModelFile#CONTENTS}) lists it.
 *
 * @param name   the entry's name
 * @param size   its uncompressed size in bytes
 * @param sha256 the SHA-256 of its bytes, 64 lower-case hex digits
 */
public record ModelFileEntry(String name, long size, String sha256) {
    /** Checks the fields. */
    public ModelFileEntry {
        if (name == null || name.isBlank() || size < 0 || sha256 == null) {
            throw new IllegalArgumentException("a model file entry needs a name, a size ≥ 0 and a checksum");
        }
    }
}
