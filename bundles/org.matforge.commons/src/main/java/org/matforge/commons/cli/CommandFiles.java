package org.matforge.commons.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;

/**
 * The files a one-shot command names, checked before anything is opened: each must lie inside the allowed folders
 * ({@link FileRoots#current()}), an input must exist, an output's folder must exist and the output must not be one
 * of the inputs (the same real file, through a link, {@code ./x} or a hard link). Write the output with
 * {@link org.matforge.commons.io.AtomicOutput}. Every error is an {@link IllegalArgumentException} with a one-line
 * message starting with the command's name.
 */
public final class CommandFiles {
    private final String command;
    private final FileRoots roots;

    private CommandFiles(String command, FileRoots roots) {
        this.command = command;
        this.roots = roots;
    }

    /** @return the checks for {@code command}, against the process-wide roots as they are now */
    public static CommandFiles of(String command) {
        return new CommandFiles(command, FileRoots.current());
    }

    /**
     * @param given the path as the user gave it
     * @param what  the file's role in the message, e.g. "input file"
     * @return its real path
     */
    public Path input(Path given, String what) {
        try {
            if (!Files.exists(given)) {
                roots.folder(given, what); // outside the roots: say so, rather than whether it exists
                throw new IllegalArgumentException(command + ": no such " + what + " " + given);
            }
            return roots.readable(given, what);
        } catch (FileAccessException e) {
            throw new IllegalArgumentException(command + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param given  the path as the user gave it
     * @param what   the file's role in the message, e.g. "output file"
     * @param inputs the real paths of the command's inputs (nulls ignored)
     * @return its real path (an existing link followed)
     */
    public Path output(Path given, String what, Path... inputs) {
        Path real;
        try {
            real = roots.writable(given, what);
        } catch (FileAccessException e) {
            throw new IllegalArgumentException(command + ": " + e.getMessage(), e);
        }
        for (Path input : inputs) {
            if (input != null && sameFile(real, input)) {
                throw new IllegalArgumentException(command + ": the " + what + " " + given + " is the input file " + input
                        + "; writing it would destroy the input — name another file");
            }
        }
        return real;
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
