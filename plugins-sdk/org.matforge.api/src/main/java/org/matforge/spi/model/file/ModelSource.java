package org.matforge.spi.model.file;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where a model file is read from: opened once for its metadata and once more to load it, e.g. a path, bytes
 * already in memory, or a bundle entry ({@code url::openStream}).
 */
@ConsumerType
@FunctionalInterface
public interface ModelSource {
    /** @return a new stream over the whole file, closed by the caller */
    InputStream open() throws IOException;

    /** @return the file at {@code file} */
    static ModelSource of(Path file) {
        return () -> Files.newInputStream(file);
    }

    /** @return a file already read into memory (not copied: do not modify it) */
    static ModelSource of(byte[] file) {
        return () -> new ByteArrayInputStream(file);
    }
}
