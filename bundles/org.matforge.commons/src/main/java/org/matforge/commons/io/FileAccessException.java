package org.matforge.commons.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file a command or workflow named may not be used: outside the allowed folders, missing, or of the wrong kind. */
public final class FileAccessException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path path;

    /**
     * @param path    the path as the user gave it
     * @param message what is wrong, naming the path and what it was for
     */
    public FileAccessException(Path path, String message) {
        super(message);
        this.path = path;
    }

    /** @return the path as the user gave it */
    public Path path() {
        return path;
    }
}
