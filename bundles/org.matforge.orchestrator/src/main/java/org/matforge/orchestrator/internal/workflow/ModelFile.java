package org.matforge.orchestrator.internal.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelFiles;
import org.matforge.spi.model.file.ModelSource;

/**
 * A load step's model file as validation found it: where it is and what its metadata says. Only the metadata (the
 * file's first entry) is read here; the whole file is read, checked and loaded when the step runs.
 *
 * @param path     the absolute, normalised path
 * @param metadata what the model says about itself
 */
public record ModelFile(Path path, ModelMetadata metadata) {
    /** Why a model file cannot be used, in words fit for a validation problem. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /**
     * @param text  the path as written in the document
     * @param base  the folder a relative path is resolved against
     * @param where how to name {@code base} in messages, e.g. "the workflow file's folder"
     * @param holds the kind of model the step needs
     * @throws Unusable when the file is missing, unreadable, not a MatForge model file or holds another kind of model
     */
    static ModelFile check(String text, Path base, String where, ArtefactType holds) throws Unusable {
        Path path;
        try {
            path = base.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new Unusable("not a valid path: " + e.getMessage());
        }
        if (!Files.exists(path)) {
            boolean relative = !Path.of(text).isAbsolute();
            throw new Unusable("no model file " + path + (relative ? " (a relative path is resolved against " + where + ", " + base + ")" : ""));
        }
        if (Files.isDirectory(path)) {
            throw new Unusable(path + " is a folder, not a model file (.mfm)");
        }
        ModelMetadata metadata;
        try {
            metadata = ModelFiles.readMetadata(path.toString(), ModelSource.of(path));
        } catch (ModelFileException e) {
            throw new Unusable("cannot use " + path + ": " + e.reason());
        }
        String kind = holds == ArtefactType.PREDICTOR ? ModelMetadata.PREDICTOR : ModelMetadata.GENERATOR;
        Optional<String> wrong = wrongKind(path, metadata, kind);
        if (wrong.isPresent()) {
            throw new Unusable(wrong.get());
        }
        return new ModelFile(path, metadata);
    }

    /**
     * @param kind {@link ModelMetadata#PREDICTOR} or {@link ModelMetadata#GENERATOR}
     * @return why the file at {@code path} cannot serve where a {@code kind} is needed; empty when it can
     */
    public static Optional<String> wrongKind(Path path, ModelMetadata metadata, String kind) {
        if (metadata.kind().equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(path + " holds a " + metadata.kind() + " (trainer '" + metadata.trainer() + "', model '" + metadata.id()
                + "'), not a " + kind + "; load it with a load-" + metadata.kind() + " step");
    }

    /** @return the message of a failed read; file-system errors name only the file, so say what happened */
    public static String message(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage();
    }
}
