package org.matforge.commons.cli;

import java.nio.file.Path;
import java.util.function.Function;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelFiles;
import org.matforge.spi.model.file.ModelSource;

/**
 * A command's {@code --model <file.mfm>}: the file checked like every input ({@link CommandFiles}: inside the allowed
 * folders), then the model in it loaded by the platform's one {@link ModelFiles#load}.
 */
public final class ModelFileOption {
    private ModelFileOption() {
    }

    /**
     * @param command the command's name, first word of every message
     * @param file    the model file
     * @param loaders trainer id → its loader, null when none is installed
     * @return the model
     * @throws IllegalArgumentException with a one-line message naming the file when it cannot be read or loaded
     */
    public static SavableModel load(String command, Path file, Function<String, ModelLoader> loaders) {
        try {
            Path allowed = CommandFiles.of(command).input(file, "model file");
            return ModelFiles.load(file.toString(), ModelSource.of(allowed), SavableModel.class, loaders);
        } catch (ModelFileException e) {
            throw new IllegalArgumentException(command + ": " + e.getMessage(), e);
        }
    }
}
