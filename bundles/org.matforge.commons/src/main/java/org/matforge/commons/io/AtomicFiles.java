package org.matforge.commons.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Whole-content form of {@link AtomicOutput}: replaces a file so that a reader — or the next start after a crash —
 * sees either the old or the new content, never a torn one.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code text} (UTF-8) atomically. */
    public static void write(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Replaces {@code target} with what {@code content} writes, atomically; when it throws, the target is untouched. */
    public static void write(Path target, Content content) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(target)) {
            content.writeTo(out.stream());
            out.commit();
        }
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        /** @param out the stream; closed by the caller */
        void writeTo(OutputStream out) throws IOException;
    }
}
