package org.matforge.models.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.matforge.api.chem.Composition;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.ModelFileOption;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.task.TaskContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interpolate --model <id or file.mfm> --from ZnO --to GaN [--steps 8] [--condition band_gap=3.0]}: the
 * compositions a latent-space generator (a VAE) decodes along the straight line between two compositions, one
 * line per point with its position t (0 = from, 1 = to). A model file is read by the {@link ModelLoader} of its
 * trainer; an id names a registered generator (e.g. one from a model bundle).
 */
public final class InterpolateCommand {
    /** Points when {@code --steps} is not given. */
    public static final int DEFAULT_STEPS = 8;
    /** What the command does, in one line. */
    public static final String SUMMARY = "the compositions a VAE decodes on the straight line between two compositions in its latent space";

    private final Function<String, ModelLoader> loaders;
    private final Function<String, LatentSpaceGenerator> registered;
    private final Collection<String> registeredIds;

    /**
     * @param loaders       trainer id → model loader, null when not installed
     * @param registered    id → registered latent-space generator, null when none
     * @param registeredIds registered latent-space generator ids, for messages
     */
    public InterpolateCommand(Function<String, ModelLoader> loaders, Function<String, LatentSpaceGenerator> registered,
            Collection<String> registeredIds) {
        this.loaders = loaders;
        this.registered = registered;
        this.registeredIds = registeredIds;
    }

    /**
     * @return a header line and one line per point: t and the formula
     * @throws IllegalArgumentException      with a one-line message on wrong options, input or model
     * @throws UnsupportedOperationException when the condition does not fit the model
     */
    public String run(String... args) {
        return Cli.run(new Options(), args, this::interpolate);
    }

    /** The command line. */
    @Command(name = "interpolate", description = SUMMARY, footerHeading = "%nExample:%n",
            footer = "  interpolate --model runs/<id>/models/generator.mfm --from ZnO --to GaN --steps 8 --condition band_gap=3.0")
    static final class Options {
        @Option(names = "--model", required = true, paramLabel = "ID|FILE", description = "a VAE's model file (.mfm) or a registered generator's id")
        String model;
        @Option(names = "--from", required = true, paramLabel = "FORMULA", description = "where the walk starts")
        String from;
        @Option(names = "--to", required = true, paramLabel = "FORMULA", description = "where it ends")
        String to;
        @Option(names = "--steps", paramLabel = "N", description = "points on the way, both ends included (≥ 2)")
        String steps = Integer.toString(DEFAULT_STEPS);
        @Option(names = "--condition", paramLabel = "PROPERTY=VALUE", description = "a conditional VAE's condition held along the walk, e.g. band_gap=3.0")
        String condition;
    }

    private String interpolate(Options options) {
        String model = options.model;
        Composition from = formula(options.from, "from");
        Composition to = formula(options.to, "to");
        int steps = steps(options.steps);
        Optional<PropertyCondition> condition = condition(options.condition);
        LatentSpaceGenerator generator = generator(model);
        List<Composition> path;
        try {
            path = generator.interpolate(from, to, steps, condition, TaskContext.unobserved());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new IllegalArgumentException("interpolate: " + e.getMessage(), e);
        }
        StringBuilder out = new StringBuilder("t      formula");
        for (int i = 0; i < path.size(); i++) {
            out.append(String.format(Locale.ROOT, "%n%.3f  %s", (double) i / (path.size() - 1), path.get(i).formula()));
        }
        return out.toString();
    }

    private static Composition formula(String text, String name) {
        try {
            return Composition.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("interpolate: --" + name + " '" + text + "' is not a formula: " + e.getMessage(), e);
        }
    }

    private static int steps(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("interpolate: --steps must be a whole number ≥ 2 (both ends count), got '" + text + "'");
    }

    /** @return the condition {@code property=value} held along the walk */
    static Optional<PropertyCondition> condition(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int eq = text.indexOf('=');
        String name = eq < 0 ? "" : text.substring(0, eq).trim();
        double value = Double.NaN;
        try {
            value = eq < 0 ? Double.NaN : Double.parseDouble(text.substring(eq + 1).trim());
        } catch (NumberFormatException e) {
            // reported below
        }
        if (name.isEmpty() || !Double.isFinite(value)) {
            throw new IllegalArgumentException("interpolate: --condition must be property=value, e.g. band_gap=3.0, got '" + text + "'");
        }
        return Optional.of(new PropertyCondition(name, value, value));
    }

    private LatentSpaceGenerator generator(String idOrFile) {
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            LatentSpaceGenerator g = registered.apply(idOrFile);
            if (g == null) {
                throw new IllegalArgumentException("interpolate: no model file " + file + " and no registered latent-space generator '"
                        + idOrFile + "'; registered: " + (registeredIds.isEmpty() ? "(none)" : String.join(", ", registeredIds)));
            }
            return g;
        }
        SavableModel model = ModelFileOption.load("interpolate", file, loaders);
        if (!(model instanceof LatentSpaceGenerator g)) {
            throw new IllegalArgumentException("interpolate: " + file + " holds a '" + model.metadata().trainer() + "' "
                    + model.metadata().kind() + ", which has no latent space to interpolate in (a VAE has)");
        }
        return g;
    }
}
