package org.matforge.commons.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.predictor.PropertyPredictor;

/**
 * A command's {@code --model}: the predictor named by a model file ({@code runs/<id>/models/gap-model.mfm}), by a
 * run's model ({@code <run id>/<model name>}, i.e. {@code <run folder>/models/<model name>.mfm}) or by the id of an
 * installed predictor (e.g. one a model bundle registers), tried in that order.
 */
public final class PredictorOption {
    private final String command;
    private final Function<String, ModelLoader> loaders;
    private final Function<String, PropertyPredictor> installed;
    private final Collection<String> installedIds;
    private final Function<String, Optional<Path>> runFolders;

    /**
     * @param command      the command's name, first word of every message
     * @param loaders      trainer id → its model loader, null when none is installed
     * @param installed    predictor id → the installed predictor, null when none
     * @param installedIds the installed predictors' ids, for messages
     * @param runFolders   run id → the run's folder, empty when there is no such run
     */
    public PredictorOption(String command, Function<String, ModelLoader> loaders, Function<String, PropertyPredictor> installed,
            Collection<String> installedIds, Function<String, Optional<Path>> runFolders) {
        this.command = command;
        this.loaders = loaders;
        this.installed = installed;
        this.installedIds = installedIds;
        this.runFolders = runFolders;
    }

    /** A predictor and what the user called it. */
    public record Named(PropertyPredictor predictor, String name) {
    }

    /**
     * @param value the option's value
     * @return the predictor
     * @throws IllegalArgumentException with a one-line message when nothing of that name is a predictor
     */
    public Named resolve(String value) {
        Path file = Path.of(value);
        if (Files.isRegularFile(file)) {
            return new Named(load(file), file.getFileName().toString());
        }
        int slash = value.indexOf('/');
        if (slash > 0 && slash < value.length() - 1 && value.indexOf('/', slash + 1) < 0) {
            String run = value.substring(0, slash);
            String model = value.substring(slash + 1);
            Optional<Path> folder = runFolders.apply(run);
            if (folder.isPresent()) {
                Path inRun = folder.get().resolve("models").resolve(model.endsWith(".mfm") ? model : model + ".mfm");
                if (!Files.isRegularFile(inRun)) {
                    throw new IllegalArgumentException(command + ": run " + run + " has no model '" + model + "' (no " + inRun + ")");
                }
                return new Named(load(inRun), value);
            }
        }
        PropertyPredictor predictor = installed.apply(value);
        if (predictor == null) {
            throw new IllegalArgumentException(command + ": --model " + value + " is no model file, no <run id>/<model name> of a run"
                    + " and no installed predictor; installed predictors: " + (installedIds.isEmpty() ? "(none)" : String.join(", ", installedIds)));
        }
        return new Named(predictor, value);
    }

    private PropertyPredictor load(Path file) {
        SavableModel model = ModelFileOption.load(command, file, loaders);
        if (!(model instanceof PropertyPredictor predictor)) {
            throw new IllegalArgumentException(command + ": " + file + " holds a " + model.metadata().kind() + ", not a predictor");
        }
        return predictor;
    }
}
