package org.matforge.commons.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file written so that its reader — or the next start after a crash — sees either the old content or the whole
 * new one, never a torn or partial one: the content goes into a temporary sibling {@code <name>.tmp} (created new: a
 * crash's leftover is replaced, a link planted there is removed rather than followed),
 * which {@link #commit()} forces to disk and renames over the target atomically. Closing without a commit — the
 * command failed, was cancelled, threw mid-stream — deletes the temporary file and leaves the target untouched.
 * <pre>
 * try (AtomicOutput out = AtomicOutput.open(target)) {
 *     write(out.writer());
 *     out.commit();
 * }
 * </pre>
 * Not thread-safe.
 */
public final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private Writer writer;
    private boolean done;

    private AtomicOutput(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = Channels.newOutputStream(channel);
    }

    /**
     * @param target the file to replace (its folder must exist)
     * @return the output, writing into a new temporary file {@code <target>.tmp}
     */
    public static AtomicOutput open(Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        return new AtomicOutput(target, temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /** @return the bytes of the new content; closed by {@link #commit()} or {@link #close()} */
    public OutputStream stream() {
        return stream;
    }

    /** @return a buffered UTF-8 writer over {@link #stream()}, the same one on every call */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /** @return the temporary file being written, until commit or close */
    public Path temporaryFile() {
        return temp;
    }

    /** Flushes, forces to disk and renames the temporary file over the target. */
    public void commit() throws IOException {
        if (done) {
            throw new IllegalStateException(target + ": already committed or closed");
        }
        done = true;
        try {
            if (writer != null) {
                writer.flush();
            }
            stream.flush();
            channel.force(true);
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            discard();
            throw e;
        }
    }

    /** Without a {@link #commit()}: deletes the temporary file; the target keeps its old content (or stays absent). */
    @Override
    public void close() throws IOException {
        if (!done) {
            done = true;
            discard();
        }
    }

    private void discard() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
