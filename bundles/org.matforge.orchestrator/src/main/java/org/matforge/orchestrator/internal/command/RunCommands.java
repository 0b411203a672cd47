package org.matforge.orchestrator.internal.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.matforge.api.workflow.ProgressEvent;
import org.matforge.api.workflow.RunStatus;
import org.matforge.api.workflow.RunSummary;
import org.matforge.api.workflow.WorkflowException;
import org.matforge.api.workflow.WorkflowProblem;
import org.matforge.commons.cli.Cli;
import org.matforge.commons.io.FileRoots;
import org.matforge.orchestrator.internal.engine.LocalWorkflowService;
import org.matforge.orchestrator.internal.store.RunState;
import org.matforge.orchestrator.internal.store.RunStore;
import org.matforge.orchestrator.internal.store.StepState;
import org.matforge.orchestrator.internal.workflow.JsonLimits;
import org.matforge.orchestrator.internal.workflow.Utf8Text;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run <file>}, {@code runs}, {@code show <id>}, {@code cancel <id>}; a run id may be shortened to a unique
 * prefix. Failures are {@link IllegalArgumentException}s with a one-line message (the shell turns them into exit
 * status 1), wrong usage picocli's {@link picocli.CommandLine.ParameterException} (exit status 2).
 */
public final class RunCommands {
    /** What {@code run} does, in one line. */
    public static final String RUN = "run a workflow file with progress; ends saying where its results are (--detach: in the background)";
    /** What {@code runs} does, in one line. */
    public static final String RUNS = "list the workflow runs, newest first, and where they are stored";
    /** What {@code show} does, in one line. */
    public static final String SHOW = "show a run's status, steps, result files and the end of its log";
    /** What {@code cancel} does, in one line. */
    public static final String CANCEL = "cancel a queued or running run (also one running in another MatForge process)";

    /** {@code run}'s command line. */
    @Command(name = "run", description = RUN, footerHeading = "%nExamples:%n",
            footer = {"  run examples/workflows/wide-gap-gan.json", "  run --detach examples/workflows/wide-gap-cvae.json",
                "Runs are stored in MATFORGE_HOME/runs, or the folder given with the launcher's --runs DIR (or MATFORGE_RUNS)."})
    static final class RunOptions {
        @Parameters(index = "0", paramLabel = "WORKFLOW", description = "the workflow JSON file (docs/workflows.md)")
        Path file;
        @Option(names = "--detach", description = "return once the run has started, and let it go on in the background")
        boolean detach;
    }

    /** {@code runs}'s command line. */
    @Command(name = "runs", description = RUNS, footerHeading = "%nExample:%n", footer = "  runs")
    static final class RunsOptions {
    }

    /** {@code show}'s command line. */
    @Command(name = "show", description = SHOW, footerHeading = "%nExample:%n", footer = "  show 20261207-1745")
    static final class ShowOptions {
        @Parameters(index = "0", paramLabel = "RUN", description = "the run id, or a unique prefix of it")
        String id;
    }

    /** {@code cancel}'s command line. */
    @Command(name = "cancel", description = CANCEL, footerHeading = "%nExample:%n", footer = "  cancel 20261207-1745")
    static final class CancelOptions {
        @Parameters(index = "0", paramLabel = "RUN", description = "the run id, or a unique prefix of it")
        String id;
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration QUIET = Duration.ofSeconds(5);

    private final LocalWorkflowService service;
    private final Function<String, AutoCloseable> follow;
    private final AtomicReference<ProgressEvent> latest = new AtomicReference<>();

    /**
     * @param service the workflow service
     * @param follow  registers a progress listener for a run id that stores events via {@link #onProgress}; returns its unregistration
     */
    public RunCommands(LocalWorkflowService service, Function<String, AutoCloseable> follow) {
        this.service = service;
        this.follow = follow;
    }

    /** Called by the listener registered through {@code follow}, from a worker thread. */
    public void onProgress(ProgressEvent event) {
        latest.set(event);
    }

    /**
     * Validates and runs a workflow file, printing a progress line at most once a second to {@code terminal},
     * and waits for the end. Relative model-file paths in it are resolved against the file's folder, which becomes
     * one of the folders workflows may read files in ({@link FileRoots#allow}).
     *
     * @return where the results are
     * @throws IllegalArgumentException when the workflow is invalid or the run does not succeed
     */
    public String run(PrintStream terminal, String... args) throws Exception {
        return Cli.run(new RunOptions(), args, o -> run(o.file, o.detach, terminal));
    }

    private String run(Path file, boolean detach, PrintStream terminal) throws Exception {
        Path folder = file.toAbsolutePath().normalize().getParent();
        String id;
        try {
            String json = Utf8Text.readWorkflow(file, JsonLimits.current());
            FileRoots.allow(folder);
            id = service.submit(json, folder);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("run: no such workflow file " + file.toAbsolutePath());
        } catch (WorkflowException e) {
            for (WorkflowProblem p : e.problems()) {
                terminal.println(file.getFileName() + ": " + p);
            }
            throw new IllegalArgumentException("run: " + file + " is not a valid workflow (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? "" : "s") + ", listed above); nothing was run");
        }
        String directory = service.run(id).map(RunSummary::directory).map(Path::toString).orElse("");
        terminal.println("run " + id + " started: " + directory);
        if (detach) {
            return "run " + id + " goes on in the background of this shell until it ends or the shell exits: " + directory;
        }
        RunSummary end;
        try (AutoCloseable registration = follow.apply(id)) {
            end = awaitPrinting(id, terminal);
        } catch (InterruptedException e) {
            service.cancel(id);
            Thread.currentThread().interrupt();
            throw new IllegalArgumentException("run: interrupted; run " + id + " is being cancelled");
        }
        return ended(end);
    }

    /** Prints a line when the step changes, else at most every {@link #QUIET} while the message changes. */
    private RunSummary awaitPrinting(String id, PrintStream terminal) throws InterruptedException {
        String lastLine = "";
        String lastStep = "";
        long lastPrint = 0;
        while (true) {
            RunSummary s = service.await(id, TICK);
            if (s.status().isFinal()) {
                return s;
            }
            ProgressEvent e = latest.get();
            String step = e != null && e.runId().equals(id) ? e.step() : s.step();
            String line = e != null && e.runId().equals(id) ? line(e) : line(s);
            long now = System.nanoTime();
            if (!step.equals(lastStep) || !line.equals(lastLine) && now - lastPrint >= QUIET.toNanos()) {
                terminal.println(line);
                lastLine = line;
                lastStep = step;
                lastPrint = now;
            }
        }
    }

    private String ended(RunSummary s) throws IOException {
        String took = s.started().isPresent() && s.ended().isPresent() ? " in " + duration(Duration.between(s.started().get(), s.ended().get())) : "";
        if (s.status() != RunStatus.SUCCEEDED) {
            throw new IllegalArgumentException("run " + s.id() + " " + s.status().name().toLowerCase(Locale.ROOT) + took + ": " + s.message()
                    + " (log: " + s.directory().resolve("run.log") + ")");
        }
        StringBuilder out = new StringBuilder("run " + s.id() + " succeeded" + took + "\n");
        for (String[] f : new String[][] {{"candidates", "candidates.csv"}, {"provenance", "run.json"}, {"log", "run.log"}}) {
            Path p = s.directory().resolve(f[1]);
            if (Files.exists(p)) {
                out.append(String.format(Locale.ROOT, "  %-12s %s%n", f[0] + ":", p));
            }
        }
        out.append(s.message().startsWith("report: ") ? s.message() : "report: " + s.directory().resolve("report.html")); // a campaign's page, when no report step
        return out.toString();
    }

    /** @return a table of all runs, newest first, under the folder they are stored in */
    public String runs(String... args) {
        return Cli.run(new RunsOptions(), args, o -> runs());
    }

    private String runs() {
        List<RunSummary> runs = service.runs();
        if (runs.isEmpty()) {
            return "no runs yet in " + service.runStore() + " — start one with: run examples/workflows/wide-gap-gan.json";
        }
        StringBuilder out = new StringBuilder("runs in " + service.runStore() + "\n");
        out.append(String.format(Locale.ROOT, "%-48s %-11s %5s  %-19s  %s%n", "RUN", "STATUS", "DONE", "SUBMITTED (UTC)", "STEP / MESSAGE"));
        for (RunSummary r : runs) {
            String message = r.status().isFinal() ? r.message() : r.step() + ": " + r.message();
            out.append(String.format(Locale.ROOT, "%-48s %-11s %4.0f%%  %-19s  %s%n", r.id(), r.status(), 100 * r.fraction(),
                    r.submitted() == null ? "" : TIME.format(r.submitted()), shorten(message, 90)));
        }
        return out.toString().stripTrailing();
    }

    /** @return one run's status, steps, files and the end of its log */
    public String show(String... args) throws IOException {
        return Cli.run(new ShowOptions(), args, o -> show(find(o.id, "show")));
    }

    /**
     * @return the run with this id, or the only one whose id starts with it
     * @throws IllegalArgumentException when none does, or several do (listing them)
     */
    private RunSummary find(String given, String command) {
        Optional<RunSummary> exact = service.run(given);
        if (exact.isPresent()) {
            return exact.get();
        }
        List<String> matches = RunIds.matching(given, service.runs().stream().map(RunSummary::id).toList());
        if (matches.size() == 1) {
            return service.run(matches.get(0)).orElseThrow();
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(command + ": no run '" + given + "' in " + service.runStore() + "; see: runs");
        }
        throw new IllegalArgumentException(command + ": run id '" + given + "' is ambiguous: it starts " + matches.size() + " runs ("
                + String.join(", ", matches.subList(0, Math.min(5, matches.size()))) + (matches.size() > 5 ? ", …" : "")
                + "); give more of it");
    }

    private String show(RunSummary r) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("run       ").append(r.id()).append('\n');
        out.append("workflow  ").append(r.workflow()).append('\n');
        out.append("status    ").append(r.status()).append(String.format(Locale.ROOT, " (%.0f%%)", 100 * r.fraction())).append('\n');
        out.append("message   ").append(r.message()).append('\n');
        out.append("submitted ").append(r.submitted() == null ? "" : TIME.format(r.submitted()));
        r.started().ifPresent(t -> out.append(", started ").append(TIME.format(t)));
        r.ended().ifPresent(t -> out.append(", ended ").append(TIME.format(t)));
        out.append(" (UTC)\nfolder    ").append(r.directory()).append('\n');
        out.append("steps\n");
        for (StepState st : RunStore.readStatus(r.directory()).map(RunState::steps).orElse(List.of())) {
            String took = st.started() != null && st.ended() != null ? duration(Duration.between(st.started(), st.ended())) : "";
            out.append(String.format(Locale.ROOT, "  %-20s %-16s %-11s %8s  %s%n", st.name(), st.type(), st.status(), took, shorten(st.message(), 100)));
        }
        Path log = r.directory().resolve("run.log");
        if (Files.exists(log)) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("\t") && !l.isBlank()).toList();
            out.append("log (last lines of ").append(log).append(")\n");
            lines.subList(Math.max(0, lines.size() - 8), lines.size()).forEach(l -> out.append("  ").append(shorten(l, 160)).append('\n'));
        }
        return out.toString().stripTrailing();
    }

    /** @return a confirmation @throws IllegalArgumentException when the run is unknown or over */
    public String cancel(String... args) {
        return Cli.run(new CancelOptions(), args, o -> cancel(find(o.id, "cancel")));
    }

    private String cancel(RunSummary r) {
        String id = r.id();
        if (!service.cancel(id)) {
            throw new IllegalArgumentException("cancel: run " + id + " is " + r.status().name().toLowerCase(Locale.ROOT) + ", not queued or running");
        }
        return "cancelling run " + id;
    }

    static String line(ProgressEvent e) {
        return String.format(Locale.ROOT, "[%3.0f%%] %s: %s%s", 100 * e.fraction(), e.step(), shorten(e.message(), 100),
                e.eta().map(d -> " — ETA " + duration(d)).orElse(""));
    }

    private static String line(RunSummary s) {
        return String.format(Locale.ROOT, "[%3.0f%%] %s: %s", 100 * s.fraction(), s.step().isEmpty() ? s.status().name().toLowerCase(Locale.ROOT) : s.step(),
                shorten(s.message(), 100));
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }

    private static String shorten(String text, int max) {
        String t = text == null ? "" : text.replace('\n', ' ');
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
