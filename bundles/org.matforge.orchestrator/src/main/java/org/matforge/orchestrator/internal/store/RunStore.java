package org.matforge.orchestrator.internal.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.matforge.api.workflow.RunStatus;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.workflow.WorkflowParser;

/**
 * Runs on disk, one folder per run under the store's root: {@code workflow.json} (as submitted), {@code status.json}
 * (replaced atomically on every change, naming the owning process), {@code run.log}, and the run's artefacts
 * ({@code run.json}, {@code candidates.csv}, {@code report.html}, {@code models/}). Several processes may share a
 * store; each only writes the runs it owns. Nothing here is held only in memory, so a crash loses no run.
 */
public final class RunStore {
    /** The status file of a run. */
    public static final String STATUS = "status.json";
    /** The workflow document of a run. */
    public static final String WORKFLOW = "workflow.json";
    /** The log of a run. */
    public static final String LOG = "run.log";
    /** Created by another process to ask the owner to cancel the run. */
    public static final String CANCEL_REQUEST = "cancel.request";

    private final Path root;
    private final ProcessIdentity self;

    /**
     * @param root the folder holding one folder per run; created when missing
     * @param self this process, recorded as the owner of the runs it creates
     */
    public RunStore(Path root, ProcessIdentity self) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.self = self;
        Files.createDirectories(this.root);
    }

    /** @return the store's folder */
    public Path root() {
        return root;
    }

    /** @return the owning process of runs created here */
    public ProcessIdentity self() {
        return self;
    }

    /** @return the folder of a run (it may not exist) */
    public Path directory(String id) {
        if (!WorkflowParser.NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("not a run id: '" + id + "'");
        }
        return root.resolve(id);
    }

    /**
     * Creates a run's folder with its workflow and a QUEUED status.
     *
     * @return the first state
     * @throws IOException when the folder exists already or cannot be written
     */
    public RunState create(String id, String workflowName, String workflowJson, List<StepState> steps, Instant now) throws IOException {
        Path dir = directory(id);
        Files.createDirectory(dir);
        AtomicFiles.write(dir.resolve(WORKFLOW), workflowJson);
        RunState state = new RunState(id, workflowName, RunStatus.QUEUED, "", 0, "queued", now, null, null, self, steps);
        write(state);
        return state;
    }

    /** Replaces a run's status file atomically. */
    public void write(RunState state) throws IOException {
        AtomicFiles.write(directory(state.id()).resolve(STATUS), RunStateJson.write(state));
    }

    /** Appends a line to the run's log. */
    public void log(String id, Instant when, String line) throws IOException {
        Files.writeString(directory(id).resolve(LOG), when + " " + line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** @return the run's state as on disk; a folder without a readable status reads as INTERRUPTED */
    public Optional<RunState> read(String id) {
        Path dir;
        try {
            dir = directory(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunStateJson.read(Files.readString(dir.resolve(STATUS), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new RunState(id, "", RunStatus.INTERRUPTED, "", 0,
                    "no readable " + STATUS + " (" + e.getClass().getSimpleName() + "): the process stopped while creating the run",
                    modified(dir), null, null, new ProcessIdentity(-1, null), List.of()));
        }
    }

    /** @return the status in a run folder, if readable */
    public static Optional<RunState> readStatus(Path directory) {
        try {
            return Optional.of(RunStateJson.read(Files.readString(directory.resolve(STATUS), StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return every run on disk, newest first */
    public List<RunState> list() throws IOException {
        List<RunState> runs = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path dir : dirs) {
                read(dir.getFileName().toString()).ifPresent(runs::add);
            }
        }
        runs.sort(Comparator.comparing(RunState::submitted, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(RunState::id,
                Comparator.reverseOrder()));
        return runs;
    }

    /**
     * Marks as INTERRUPTED every queued or running run whose owning process is gone, writing that to disk.
     *
     * @return the runs marked
     */
    public List<RunState> recover(Instant now) throws IOException {
        List<RunState> marked = new ArrayList<>();
        for (RunState run : list()) {
            if (run.status().isFinal() || run.owner().equals(self) || run.owner().isAlive()) {
                continue;
            }
            RunState interrupted = interrupt(run, now);
            write(interrupted);
            log(run.id(), now, "INTERRUPTED: " + interrupted.message());
            marked.add(interrupted);
        }
        return marked;
    }

    private static RunState interrupt(RunState run, Instant now) {
        String where = run.step().isEmpty() ? "before its first step" : "in step '" + run.step() + "'";
        String message = "the process (pid " + run.owner().pid() + ") stopped while the run was " + run.status().name().toLowerCase()
                + " " + where;
        return ended(run, RunStatus.INTERRUPTED, message, now);
    }

    private static RunState ended(RunState run, RunStatus status, String message, Instant now) {
        RunState out = run.endedAt(now, status, message);
        for (int i = 0; i < out.steps().size(); i++) {
            StepState s = out.steps().get(i);
            if (s.status() == RunStatus.RUNNING) {
                out = out.withStep(i, s.ended(status, now, status == RunStatus.CANCELLED ? "cancelled" : "interrupted"));
            }
        }
        return out;
    }

    /**
     * Ends a run of this process that cannot end itself — its thread is stuck, e.g. in a plug-in that called
     * {@code System.exit} — as {@code status}, writing that to disk.
     */
    public RunState abandon(RunState run, RunStatus status, String message, Instant now) throws IOException {
        RunState out = ended(run, status, message, now);
        write(out);
        log(run.id(), now, status.name() + ": " + message);
        return out;
    }

    /** Asks the process owning a run to cancel it. */
    public void requestCancel(String id) throws IOException {
        AtomicFiles.write(directory(id).resolve(CANCEL_REQUEST), Instant.now() + "\n");
    }

    /** @return whether another process asked to cancel the run */
    public boolean cancelRequested(String id) {
        return Files.exists(directory(id).resolve(CANCEL_REQUEST));
    }

    private static Instant modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
