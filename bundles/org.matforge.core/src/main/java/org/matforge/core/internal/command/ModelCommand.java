package org.matforge.core.internal.command;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.matforge.commons.cli.Cli;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFileEntry;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelFileInfo;
import org.matforge.spi.model.file.ModelFileLimits;
import org.matforge.spi.model.file.ModelFiles;
import org.matforge.spi.model.file.ModelSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code model inspect <file.mfm>}: a model file's metadata and its entries with sizes and SHA-256 checksums, each
 * checksum verified while the file is read (no entry is held in memory). Failures — a missing file, a file that is no
 * model file, a corrupt, truncated or oversized entry — are {@link IllegalArgumentException}s with a one-line message
 * naming the file (the shell turns them into exit status 1).
 */
public final class ModelCommand {
    /** What the command does, in one line. */
    public static final String SUMMARY = "model inspect <file.mfm>: a model file's metadata and entries with SHA-256 checksums, each verified";

    /** The command line: one subcommand. */
    @Command(name = "model", description = SUMMARY, subcommands = Inspect.class, footerHeading = "%nExample:%n",
            footer = "  model inspect runs/<id>/models/gap-model.mfm")
    static final class Options {
    }

    /** {@code model inspect <file.mfm>}. */
    @Command(name = "inspect", description = "a model file's metadata and entries with sizes and SHA-256 checksums, each verified",
            footerHeading = "%nExample:%n", footer = "  model inspect runs/<id>/models/gap-model.mfm")
    static final class Inspect {
        @Parameters(index = "0", paramLabel = "FILE", description = "the model file (.mfm)")
        String file;
    }

    /** @return the text to print */
    public String run(String... args) {
        return Cli.dispatch(new Options(), args, given -> inspect(((Inspect) given).file));
    }

    private static String inspect(String name) {
        ModelFileInfo info;
        try {
            info = ModelFiles.inspect(name, ModelSource.of(Path.of(name)), ModelFileLimits.defaults());
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("model inspect: not a valid path: " + name);
        } catch (ModelFileException e) {
            throw new IllegalArgumentException("model inspect: " + e.getMessage(), e);
        }
        ModelMetadata m = info.metadata();
        List<String> lines = new ArrayList<>();
        lines.add("model file " + name);
        field(lines, "kind", m.kind());
        field(lines, "trainer", m.trainer());
        field(lines, "id", m.id());
        field(lines, "target", m.target().isEmpty() ? "(none)" : m.target() + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")"));
        List<String> featurizers = m.featurizers().stream()
                .map(f -> f + (m.featurizerVersions().containsKey(f) ? " " + m.featurizerVersions().get(f) : "")).toList();
        field(lines, "featurizers", featurizers.isEmpty() ? "(none)" : String.join(", ", featurizers));
        field(lines, "fingerprint", m.fingerprint().isEmpty() ? "(none)" : m.fingerprint());
        field(lines, "seed", Long.toString(m.seed()));
        field(lines, "format version", Integer.toString(m.formatVersion()));
        List<String> metrics = new ArrayList<>();
        new TreeMap<>(m.metrics()).forEach((k, v) -> metrics.add(k + " = " + v));
        field(lines, "metrics", metrics.isEmpty() ? "(none)" : String.join(", ", metrics));
        List<String> curves = new ArrayList<>();
        for (Map.Entry<String, List<Double>> c : new TreeMap<>(m.curves()).entrySet()) {
            curves.add(c.getKey() + " (" + c.getValue().size() + " values)");
        }
        field(lines, "curves", curves.isEmpty() ? "(none)" : String.join(", ", curves));
        card(lines, m.card());
        lines.add("entries: " + info.entries().size() + ", every size and SHA-256 checksum verified");
        int width = info.entries().stream().mapToInt(e -> e.name().length()).max().orElse(0);
        int sizeWidth = info.entries().stream().mapToInt(e -> bytes(e.size()).length()).max().orElse(0);
        for (ModelFileEntry e : info.entries()) {
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s  %" + sizeWidth + "s bytes  SHA-256 %s  verified", e.name(),
                    bytes(e.size()), e.sha256()));
        }
        return String.join(System.lineSeparator(), lines);
    }

    /** The model card, if the file has one: the well-known keys first, then the others by name. */
    private static void card(List<String> lines, Map<String, String> card) {
        if (card.isEmpty()) {
            return;
        }
        lines.add("model card:");
        List<String> keys = new ArrayList<>(List.of(ModelMetadata.CARD_NAME, ModelMetadata.CARD_DESCRIPTION, ModelMetadata.CARD_DATA,
                ModelMetadata.CARD_LICENCE, ModelMetadata.CARD_AUTHORS, ModelMetadata.CARD_INTENDED_USE, ModelMetadata.CARD_LIMITATIONS));
        keys.retainAll(card.keySet());
        new TreeMap<>(card).keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        for (String key : keys) {
            field(lines, key, card.get(key).strip().replace("\n", System.lineSeparator() + " ".repeat(18)));
        }
    }

    private static void field(List<String> lines, String name, String value) {
        lines.add(String.format(Locale.ROOT, "  %-15s %s", name, value));
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
