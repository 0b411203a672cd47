package org.matforge.commons.modelfile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Function;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;

/** Loads a model file from disk with the {@link ModelLoader} of the trainer that made it, for one-shot commands. */
public final class ModelFiles {
    private ModelFiles() {
    }

    /**
     * @param command   the command's name, first word of every message
     * @param file      the model file
     * @param loaders   trainer id → its loader, null when none is installed
     * @param loaderIds the installed loaders' ids, listed when the file's is missing
     * @return the model, read from one read of the file
     * @throws IllegalArgumentException naming the file when it cannot be read or its trainer's loader is not installed
     */
    public static SavableModel load(String command, Path file, Function<String, ModelLoader> loaders, Collection<String> loaderIds) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ModelMetadata metadata = ModelArchive.readMetadata(new ByteArrayInputStream(bytes));
            ModelLoader loader = loaders.apply(metadata.trainer());
            if (loader == null) {
                throw new IllegalArgumentException(command + ": " + file + " was made by trainer '" + metadata.trainer()
                        + "', whose loader is not installed; loaders: " + String.join(", ", loaderIds));
            }
            return loader.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalArgumentException(command + ": cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }
}
