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

import org.matforge.api.optimize.Campaign;
import org.matforge.api.optimize.CampaignDefinition;
import org.matforge.api.optimize.CampaignStatus;
import org.matforge.api.optimize.Proposal;
import org.matforge.api.optimize.Result;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.cli.CommandFiles;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.optimizer.internal.campaign.CampaignReport;
import org.matforge.optimizer.internal.campaign.CampaignStore;
import org.matforge.optimizer.lib.space.SpaceDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code optimise init|propose|observe|status|report}: a design-optimisation campaign from the terminal. Every error
 * is an {@link IllegalArgumentException} with a one-line message.
 */
public final class OptimiseCommand {
    /** What the command does, in one line. */
    public static final String SUMMARY = "Bayesian-optimisation campaigns: init, propose experiments, observe results, status, report";

    private final CampaignStore store;

    /** @param store the campaigns */
    public OptimiseCommand(CampaignStore store) {
        this.store = store;
    }

    /** The command line: one subcommand. */
    @Command(name = "optimise", description = SUMMARY, subcommands = {Init.class, Propose.class, Observe.class, Status.class, Report.class},
            footerHeading = "%nExample:%n", footer = {"  optimise init --name agnp --space space.json", "  optimise propose --name agnp --count 4 --output batch.csv",
                "  optimise observe --name agnp --id p1 --value 0.8", "  optimise report --name agnp"})
    static final class Options {
    }

    /** {@code optimise init}. */
    @Command(name = "init", description = "create a campaign over a design space", footerHeading = "%nExample:%n",
            footer = "  optimise init --name agnp --space space.json --optimizer gp-ard --acquisition ei --data measured.csv")
    static final class Init {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the campaign's name")
        String name;
        @Option(names = "--space", required = true, paramLabel = "FILE|JSON", description = "the design space: a JSON file, or the JSON document itself "
                + "when the value starts with '{' (docs/optimisation.md)")
        String space;
        @Option(names = "--optimizer", paramLabel = "ID", description = "gp-ard, gp-iso, random-forest or random")
        String optimizer = "gp-ard";
        @Option(names = "--acquisition", paramLabel = "ID", description = "ei, lcb or ts")
        String acquisition = "ei";
        @Option(names = "--seed", paramLabel = "N", description = "random seed")
        String seed = "1";
        @Option(names = "--data", paramLabel = "FILE", description = "CSV file of experiments measured already")
        Path data;
    }

    /** {@code optimise propose}. */
    @Command(name = "propose", description = "propose the next experiments", footerHeading = "%nExample:%n",
            footer = "  optimise propose --name agnp --count 4 --output batch.csv")
    static final class Propose {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the campaign")
        String name;
        @Option(names = "--count", paramLabel = "N", description = "experiments to propose")
        String count = "1";
        @Option(names = "--output", paramLabel = "FILE", description = "also write them to this CSV file")
        Path output;
    }

    /** {@code optimise observe}. */
    @Command(name = "observe", description = "record measured results of proposed experiments", footerHeading = "%nExamples:%n",
            footer = {"  optimise observe --name agnp --id p1 --value 0.8", "  optimise observe --name agnp --results results.csv"})
    static final class Observe {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the campaign")
        String name;
        @Option(names = "--id", paramLabel = "ID", description = "the proposal measured (with --value)")
        String id;
        @Option(names = "--value", paramLabel = "X", description = "its measured value")
        String value;
        @Option(names = "--results", paramLabel = "FILE", description = "CSV file with columns id,value (instead of --id and --value)")
        Path results;
    }

    /** {@code optimise status}. */
    @Command(name = "status", description = "a campaign's measurements, best so far and pending proposals; without --name, the campaigns",
            footerHeading = "%nExample:%n", footer = "  optimise status --name agnp")
    static final class Status {
        @Option(names = "--name", paramLabel = "NAME", description = "the campaign")
        String name;
    }

    /** {@code optimise report}. */
    @Command(name = "report", description = "write a campaign's HTML report", footerHeading = "%nExample:%n", footer = "  optimise report --name agnp")
    static final class Report {
        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the campaign")
        String name;
        @Option(names = "--output", paramLabel = "FILE", description = "where to write it (default: report.html in the campaign's folder)")
        Path output;
    }

    /** @return what to print */
    public String run(String... args) throws IOException {
        return Cli.dispatch(new Options(), args, given -> {
            if (given instanceof Init o) {
                return init(o, "optimise init");
            } else if (given instanceof Propose o) {
                return propose(o, "optimise propose");
            } else if (given instanceof Observe o) {
                return observe(o, "optimise observe");
            } else if (given instanceof Status o) {
                return status(o);
            }
            return report((Report) given, "optimise report");
        });
    }

    private String init(Init o, String command) throws IOException {
        CommandFiles files = CommandFiles.of(command);
        boolean inline = o.space.strip().startsWith("{");
        String json = inline ? o.space : Files.readString(files.input(Path.of(o.space), "space file"));
        String where = inline ? "--space" : Path.of(o.space).getFileName().toString();
        long seed = integer(o.seed, "--seed", command);
        CampaignDefinition d;
        try {
            SpaceDocument.parse(json, where);
            d = new CampaignDefinition(o.name, json, o.optimizer, o.acquisition, seed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(command + ": " + e.getMessage());
        }
        Campaign c = wrap(command, () -> store.create(d));
        int recorded = 0;
        if (o.data != null) {
            recorded = recordData(c, files.input(o.data, "data file"), command);
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

    private String propose(Propose o, String command) throws IOException {
        Campaign c = wrap(command, () -> store.open(o.name));
        int count = (int) integer(o.count, "--count", command);
        Path output = o.output != null ? CommandFiles.of(command).output(o.output, "output file") : null;
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
        return out.append("measure them, then: optimise observe --name ").append(o.name).append(" --id <id> --value <measured>").toString();
    }

    private String observe(Observe o, String command) throws IOException {
        Campaign c = wrap(command, () -> store.open(o.name));
        List<Result> results = new ArrayList<>();
        if (o.results != null) {
            if (o.id != null || o.value != null) {
                throw new IllegalArgumentException(command + ": give either --results or --id with --value, not both");
            }
            Path file = CommandFiles.of(command).input(o.results, "results file");
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
            if (o.id == null || o.value == null) {
                throw new ParameterException(Cli.commandLine(new Observe()), command + ": give --id with --value, or --results (see: " + command + " --help)");
            }
            results.add(new Result(o.id, number(o.value, "--value", command)));
        }
        wrap(command, () -> {
            c.observe(results);
            return null;
        });
        CampaignStatus s = c.status();
        return results.size() + " result(s) recorded; " + s.observations().size() + " measured, " + s.pending().size() + " pending; best " + s.measurement() + " so far "
                + fmt(s.bestSoFar()[s.bestSoFar().length - 1]);
    }

    private String status(Status o) throws IOException {
        if (o.name == null) {
            List<String> names = store.names();
            return names.isEmpty() ? "no campaigns in " + store.root() : "campaigns in " + store.root() + ":\n  " + String.join("\n  ", names);
        }
        CampaignStatus s = wrap("optimise status", () -> store.open(o.name).status());
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

    private String report(Report o, String command) throws IOException {
        String name = o.name;
        CampaignStatus s = wrap(command, () -> store.open(name).status());
        Path output = o.output != null ? CommandFiles.of(command).output(o.output, "output file")
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
