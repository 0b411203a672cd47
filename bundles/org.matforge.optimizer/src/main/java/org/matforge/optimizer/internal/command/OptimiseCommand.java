package org.matforge.optimizer.internal.command;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignStatus;
import org.matforge.api.optimize.Proposal;
import org.matforge.api.optimize.Result;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.cli.CommandOptions;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.optimizer.internal.campaign.CampaignReport;
import org.matforge.optimizer.internal.campaign.CampaignStore;
import org.matforge.optimizer.lib.space.SpaceDocument;

/**
 * {@code optimise init|propose|observe|status|report}: a design-optimisation campaign from the terminal. Every error
 * is an {@link IllegalArgumentException} with a one-line message.
 */
public final class OptimiseCommand {
    private static final String USAGE = "optimise init --name N --space space.json [--optimizer gp-ard|gp-iso|random-forest|random] [--acquisition ei|lcb|ts]"
            + " [--seed 1] [--data measured.csv] | propose --name N [--count 1] [--output batch.csv] | observe --name N (--id p1 --value 0.8 | --results results.csv)"
            + " | status [--name N] | report --name N [--output report.html]";

    private final CampaignStore store;

    /** @param store the campaigns */
    public OptimiseCommand(CampaignStore store) {
        this.store = store;
    }

    /** @return what to print */
    public String run(String... args) throws IOException {
        if (args == null || args.length == 0) {
            throw new IllegalArgumentException("usage: " + USAGE);
        }
        String sub = args[0];
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        String command = "optimise " + sub;
        switch (sub) {
        case "init":
            return init(CommandOptions.parse(command, rest, Set.of("name", "space", "optimizer", "acquisition", "seed", "data")), command);
        case "propose":
            return propose(CommandOptions.parse(command, rest, Set.of("name", "count", "output")), command);
        case "observe":
            return observe(CommandOptions.parse(command, rest, Set.of("name", "id", "value", "results")), command);
        case "status":
            return status(CommandOptions.parse(command, rest, Set.of("name")));
        case "report":
            return report(CommandOptions.parse(command, rest, Set.of("name", "output")), command);
        default:
            throw new IllegalArgumentException("optimise: unknown sub-command '" + sub + "'; usage: " + USAGE);
        }
    }

    private String init(CommandOptions o, String command) throws IOException {
        CommandFiles files = CommandFiles.of(command);
        Path spaceFile = files.input(Path.of(o.required("space")), "space file");
        String json = Files.readString(spaceFile);
        long seed = integer(o.get("seed", "1"), "--seed", command);
        CampaignDefinition d;
        try {
            d = new CampaignDefinition(o.required("name"), json, o.get("optimizer", "gp-ard"), o.get("acquisition", "ei"), seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(command + ": " + e.getMessage());
        }
        SpaceDocument.parse(json, spaceFile.getFileName().toString());
        Campaign c = wrap(command, () -> store.create(d));
        int recorded = 0;
        if (o.asMap().containsKey("data")) {
            recorded = recordData(c, files.input(Path.of(o.get("data", "")), "data file"), command);
        }
        return "campaign " + d.name() + " created in " + store.folder(d.name()) + " (" + d.surrogate() + ", " + d.acquisition() + ", seed " + seed + ")"
                + (recorded > 0 ? "; " + recorded + " measured experiments recorded" : "");
    }

    private int recordData(Campaign c, Path data, String command) throws IOException {
        SpaceDocument doc = SpaceDocument.parse(c.definition().space(), "space");
        int n = 0;
        try (CsvReader csv = CsvReader.open(data)) {
            String[] header = csv.next();
            if (header == null) {
                throw new IllegalArgumentException(command + ": " + data.getFileName() + " is empty");
            }
            int target = Arrays.asList(header).indexOf(doc.measurement());
            if (target < 0) {
                throw new IllegalArgumentException(command + ": " + data.getFileName() + " has no column '" + doc.measurement() + "' (the space's measurement)");
            }
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                String where = data.getFileName() + " line " + csv.recordLine();
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < row.length; i++) {
                    if (i != target) {
                        values.put(header[i], row[i]);
                    }
                }
                double value = number(row.length > target ? row[target] : "", where + " " + doc.measurement(), command);
                String at = where;
                wrap(command, () -> {
                    try {
                        return c.record(values, value);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(at + ": " + e.getMessage());
                    }
                });
                n++;
            }
        }
        return n;
    }

    private String propose(CommandOptions o, String command) throws IOException {
        Campaign c = wrap(command, () -> store.open(o.required("name")));
        int count = (int) integer(o.get("count", "1"), "--count", command);
        Path output = o.asMap().containsKey("output") ? CommandFiles.of(command).output(Path.of(o.get("output", "")), "output file") : null;
        List<Proposal> batch = wrap(command, () -> c.propose(count));
        StringBuilder out = new StringBuilder();
        List<String> names = new ArrayList<>(batch.get(0).values().keySet());
        out.append("id\t").append(String.join("\t", names)).append('\n');
        for (Proposal p : batch) {
            out.append(p.id()).append('\t').append(String.join("\t", p.values().values())).append('\n');
        }
        if (output != null) {
            AtomicFiles.write(output, stream -> {
                Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                CsvWriter csv = new CsvWriter(w);
                List<String> head = new ArrayList<>(List.of("id"));
                head.addAll(names);
                csv.write(head);
                for (Proposal p : batch) {
                    List<String> row = new ArrayList<>(List.of(p.id()));
                    row.addAll(p.values().values());
                    csv.write(row);
                }
                csv.flush();
            });
            out.append("written to ").append(output).append('\n');
        }
        return out.append("measure them, then: optimise observe --name ").append(o.required("name")).append(" --id <id> --value <measured>").toString();
    }

    private String observe(CommandOptions o, String command) throws IOException {
        Campaign c = wrap(command, () -> store.open(o.required("name")));
        List<Result> results = new ArrayList<>();
        if (o.asMap().containsKey("results")) {
            if (o.asMap().containsKey("id") || o.asMap().containsKey("value")) {
                throw new IllegalArgumentException(command + ": give either --results or --id with --value, not both");
            }
            Path file = CommandFiles.of(command).input(Path.of(o.get("results", "")), "results file");
            try (CsvReader csv = CsvReader.open(file)) {
                String[] header = csv.next();
                if (header == null || header.length < 2 || !header[0].trim().equals("id") || !header[1].trim().equals("value")) {
                    throw new IllegalArgumentException(command + ": " + file.getFileName() + " must start with the columns id,value");
                }
                for (String[] row = csv.next(); row != null; row = csv.next()) {
                    String where = file.getFileName() + " line " + csv.recordLine();
                    results.add(new Result(row[0].trim(), number(row.length > 1 ? row[1] : "", where + " value", command)));
                }
            }
        } else {
            results.add(new Result(o.required("id"), number(o.required("value"), "--value", command)));
        }
        wrap(command, () -> {
            c.observe(results);
            return null;
        });
        CampaignStatus s = c.status();
        return results.size() + " result(s) recorded; " + s.observations().size() + " measured, " + s.pending().size() + " pending; best " + s.measurement() + " so far "
                + fmt(s.bestSoFar()[s.bestSoFar().length - 1]);
    }

    private String status(CommandOptions o) throws IOException {
        if (!o.asMap().containsKey("name")) {
            List<String> names = store.names();
            return names.isEmpty() ? "no campaigns in " + store.root() : "campaigns in " + store.root() + ":\n  " + String.join("\n  ", names);
        }
        CampaignStatus s = wrap("optimise status", () -> store.open(o.required("name")).status());
        StringBuilder out = new StringBuilder("campaign ").append(s.name()).append(": ").append(s.maximise() ? "maximise " : "minimise ").append(s.measurement())
                .append("; ").append(s.observations().size()).append(" measured, ").append(s.pending().size()).append(" pending");
        if (s.bestSoFar().length > 0) {
            double best = s.bestSoFar()[s.bestSoFar().length - 1];
            CampaignStatus.Measured m = s.observations().stream().filter(x -> x.value() == best).findFirst().orElseThrow();
            out.append("\nbest ").append(fmt(best)).append(" at ").append(m.id()).append(' ').append(m.values());
        }
        for (Proposal p : s.pending()) {
            out.append("\npending ").append(p.id()).append(" (batch ").append(p.batch()).append(") ").append(p.values());
        }
        if (!s.lengthScales().isEmpty()) {
            out.append("\nlength scales ").append(s.lengthScales());
        }
        return out.toString();
    }

    private String report(CommandOptions o, String command) throws IOException {
        String name = o.required("name");
        CampaignStatus s = wrap(command, () -> store.open(name).status());
        Path output = o.asMap().containsKey("output") ? CommandFiles.of(command).output(Path.of(o.get("output", "")), "output file")
                : store.folder(name).resolve("report.html");
        AtomicFiles.write(output, CampaignReport.html(s));
        return "report written to " + output;
    }

    private interface Call<T> {
        T call() throws IOException;
    }

    private static <T> T wrap(String command, Call<T> call) throws IOException {
        try {
            return call.call();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(command) ? e : new IllegalArgumentException(command + ": " + e.getMessage(), e);
        }
    }

    private static long integer(String text, String what, String command) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(command + ": " + what + " must be a whole number, was '" + text + "'");
        }
    }

    private static double number(String text, String what, String command) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(command + ": " + what + " must be a number, was '" + text + "'");
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
