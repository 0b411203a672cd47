package org.matforge.spi.model.file;

import java.util.List;

import org.matforge.spi.model.ModelMetadata;

/**
 * What a model file holds, every entry checked against its table of contents: its metadata and its binary entries
 * with their sizes and SHA-256 checksums, in file order.
 *
 * @param metadata what the model says about itself
 * @param entries  the binary entries (without {@value ModelFile#METADATA} and {@value ModelFile#CONTENTS})
 */
public record ModelFileInfo(ModelMetadata metadata, List<ModelFileEntry> entries) {
    /** Copies the list. */
    public ModelFileInfo {
        entries = List.copyOf(entries);
    }
}
