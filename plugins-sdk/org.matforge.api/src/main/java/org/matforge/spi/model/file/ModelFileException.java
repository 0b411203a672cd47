package org.matforge.spi.model.file;

import java.io.IOException;
import java.util.Optional;

/**
 * A model file that cannot be read or loaded. The message says what is wrong in one line; {@link #file()} and
 * {@link #entry()} say where, when known, and {@link #reason()} is the message without the file's name, for a
 * caller that names the file itself.
 */
public final class ModelFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String entry;
    private final String reason;

    /**
     * @param reason what is wrong, e.g. {@code "model file is corrupt: entry 'net' does not match its checksum"}
     * @param entry  the entry concerned, or null
     */
    public ModelFileException(String reason, String entry) {
        this(reason, null, entry, reason, null);
    }

    /**
     * @param message the whole message, naming the file
     * @param file    how the file is named, or null
     * @param entry   the entry concerned, or null
     * @param reason  the message without the file's name
     * @param cause   the underlying failure, or null
     */
    public ModelFileException(String message, String file, String entry, String reason, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.entry = entry;
        this.reason = reason;
    }

    /** @return how the file was named by whoever read it, when known */
    public Optional<String> file() {
        return Optional.ofNullable(file);
    }

    /** @return the entry concerned, when the problem lies in one */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** @return what is wrong, without the file's name */
    public String reason() {
        return reason;
    }
}
