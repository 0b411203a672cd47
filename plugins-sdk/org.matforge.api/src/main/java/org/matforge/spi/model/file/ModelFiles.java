package org.matforge.spi.model.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.function.Function;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;

/**
 * How the platform reads a model file's metadata and loads a model file with the {@link ModelLoader} of the trainer
 * that made it — the model-bundle extender, workflow validation, the run and the commands all come here. Plain Java
 * with the loader lookup passed in, so that each caller keeps its own way of finding loaders (service references,
 * leased plug-ins, a map in a test) and it runs without a framework. Every failure is a {@link ModelFileException}
 * whose message names the file, and the loader where one was involved, in one line.
 */
public final class ModelFiles {
    private ModelFiles() {
    }

    /**
     * Reads only the metadata (the file's first entry).
     *
     * @param file   how to name the file in messages, e.g. its path
     * @param source where to read it
     * @throws ModelFileException "cannot read model file <file>: <reason>"
     */
    public static ModelMetadata readMetadata(String file, ModelSource source) throws ModelFileException {
        try (InputStream in = source.open()) {
            return ModelFile.readMetadata(in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads the whole file, checking every entry's size and SHA-256, without keeping any entry in memory.
     *
     * @param file   how to name the file in messages
     * @param source where to read it
     * @throws ModelFileException "cannot read model file <file>: <reason>", e.g. naming a corrupt entry
     */
    public static ModelFileInfo inspect(String file, ModelSource source, ModelFileLimits limits) throws ModelFileException {
        try (InputStream in = source.open()) {
            return ModelFile.inspect(in, limits);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Reads the file's metadata, finds the loader of its trainer and loads the model, which must be of the kind the
     * metadata says and of {@code type}.
     *
     * @param file    how to name the file in messages
     * @param source  where to read it; opened twice
     * @param type    what the model must be, e.g. {@code TrainedPredictor.class}; {@code SavableModel.class} for any
     * @param loaders trainer id → its loader, or null when none is installed
     * @return the model
     * @throws ModelFileException when the file cannot be read, no loader reads it, the loader fails or returns
     *                            something else than {@code type}
     */
    public static <T extends SavableModel> T load(String file, ModelSource source, Class<T> type,
            Function<String, ModelLoader> loaders) throws ModelFileException {
        ModelMetadata metadata = readMetadata(file, source);
        String trainer = metadata.trainer();
        ModelLoader loader = loaders.apply(trainer);
        if (loader == null) {
            throw new ModelFileException(file + " was made by trainer '" + trainer + "', whose model-loader is not installed", file, null,
                    "no model-loader '" + trainer + "' is installed", null);
        }
        SavableModel model;
        try (InputStream in = source.open()) {
            model = loader.load(in);
        } catch (IOException e) {
            String reason = message(e);
            throw new ModelFileException("model-loader '" + trainer + "' cannot read " + file + ": " + reason, file, entry(e), reason, e);
        } catch (RuntimeException | LinkageError e) {
            String reason = describe(e);
            throw new ModelFileException("model-loader '" + trainer + "' failed on " + file + ": " + reason, file, null,
                    "model-loader '" + trainer + "' failed: " + reason, e);
        }
        Class<?> kind = ModelMetadata.PREDICTOR.equals(metadata.kind()) ? TrainedPredictor.class : TrainedGenerator.class;
        if (!type.isInstance(model) || !kind.isInstance(model)) {
            String wanted = kind.isInstance(model) ? noun(type) : metadata.kind();
            throw new ModelFileException("model-loader '" + trainer + "' read " + file + " as " + what(model) + ", not a " + wanted, file, null,
                    "model-loader '" + trainer + "' read it as " + what(model) + ", not a " + wanted, null);
        }
        return type.cast(model);
    }

    private static ModelFileException unreadable(String file, IOException e) {
        String reason = message(e);
        return new ModelFileException("cannot read model file " + file + ": " + reason, file, entry(e), reason, e);
    }

    private static String entry(IOException e) {
        return e instanceof ModelFileException m ? m.entry().orElse(null) : null;
    }

    /** @return the message of a failed read; file-system errors name only the file, so say what happened */
    private static String message(IOException e) {
        if (e instanceof ModelFileException m) {
            return m.reason();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** @return a plug-in failure in words: the message of a plain argument or state error, else class and message */
    private static String describe(Throwable e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage();
        boolean plain = e instanceof IllegalArgumentException || e instanceof IllegalStateException || e instanceof UnsupportedOperationException;
        return plain && !message.isEmpty() ? message : e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static String noun(Class<?> type) {
        return TrainedPredictor.class.isAssignableFrom(type) ? ModelMetadata.PREDICTOR
                : TrainedGenerator.class.isAssignableFrom(type) ? ModelMetadata.GENERATOR : type.getSimpleName();
    }

    private static String what(SavableModel model) {
        if (model == null) {
            return "nothing";
        }
        return model instanceof TrainedPredictor ? "a predictor" : model instanceof TrainedGenerator ? "a generator"
                : "a " + model.getClass().getName() + " (neither a predictor nor a generator)";
    }
}
