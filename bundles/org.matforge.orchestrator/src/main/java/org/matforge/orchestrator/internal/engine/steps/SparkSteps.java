package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.api.plugin.PluginKind;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.commons.io.FileAccessException;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.RowWriter;
import org.matforge.commons.table.TableFiles;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.CandidateSet;
import org.matforge.orchestrator.internal.engine.artefacts.PredictorModel;
import org.matforge.orchestrator.internal.engine.artefacts.Rejection;
import org.matforge.orchestrator.internal.engine.artefacts.ScreenKeys;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.SparkChain;
import org.matforge.orchestrator.internal.workflow.SparkSection;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.StepType;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;

/**
 * The steps of a workflow's {@code spark} section. The sample step runs the whole chain as one Spark
 * {@code generate} job ({@link SparkProcess}) writing Parquet into the run's {@value #FOLDER} folder, and becomes
 * every drawn composition; each screen and predict step of the chain then reads its own columns back from that
 * output — the verdicts, scores and reasons of its screens, the means and σ of its predictions — for the candidates
 * of the step before, so the run store holds the candidate sets, rejections and funnel of an in-process run. The
 * draws differ from an in-process sample (the job seeds each chunk of draws on its own, so they do not depend on the
 * partitioning); screening and predictions are the same code.
 */
final class SparkSteps {
    /** The run's folder for the job's input and output. */
    static final String FOLDER = "spark";
    private static final Pattern COUNTERS = Pattern.compile("rows in ([\\d,]+), kept ([\\d,]+), failed ([\\d,]+)");

    private SparkSteps() {
    }

    static CandidateSet execute(StepEnv env, Workflow workflow) throws StepException, InterruptedException {
        SparkSection section = workflow.spark().orElseThrow();
        Map<String, Step> byName = new LinkedHashMap<>();
        workflow.steps().forEach(s -> byName.put(s.name(), s));
        List<String> problems = new ArrayList<>();
        SparkChain chain = SparkChain.of(section, byName, (path, message) -> problems.add(path + ": " + message))
                .orElseThrow(() -> new StepException("spark section: " + String.join("; ", problems)));
        Path output = env.directory().resolve(FOLDER).resolve(chain.sample().name() + ".parquet");
        if (env.step().type() == StepType.SAMPLE) {
            return sample(env, section, chain, output);
        }
        Map<String, String[]> rows = new HashMap<>();
        List<String> header = read(output, (h, row) -> rows.putIfAbsent(row[h.indexOf("formula")], row));
        CandidateSet set = env.input("input", CandidateSet.class);
        return env.step().type() == StepType.PREDICT ? predict(env, set, header, rows) : screen(env, workflow, set, header, rows);
    }

    private static CandidateSet sample(StepEnv env, SparkSection section, SparkChain chain, Path output) throws StepException, InterruptedException {
        Step step = env.step();
        long count = step.integer("count", 1);
        List<String> args = new ArrayList<>(List.of("generate", "--generator", modelFile(env, chain.generator()).toString(),
                "--count", Long.toString(count), "--seed", Long.toString(step.seed()), "--output", output.toString(), "--overwrite"));
        args.addAll(List.of("--validity", chain.validity().orElse("none"), "--min-elements", Integer.toString(chain.minElements())));
        if (chain.novelty().isPresent()) {
            Path known = known(env, chain.novelty().get());
            args.addAll(List.of("--known", known.toString(), "--known-column", "formula"));
            JsonObject n = chain.novelty().get();
            if (n.has("tolerance")) {
                args.addAll(List.of("--novelty-tolerance", n.get("tolerance").getAsBigDecimal().toPlainString()));
            }
        }
        for (Step p : chain.predictors()) {
            args.addAll(List.of("--model", modelFile(env, p).toString()));
        }
        for (JsonObject w : chain.windows()) {
            args.addAll(List.of("--window", SparkChain.window(w)));
        }
        if (chain.keepUnknown()) {
            args.add("--keep-unknown");
        }
        section.partitions().ifPresent(n -> args.addAll(List.of("--partitions", Integer.toString(n))));
        List<String> command = SparkProcess.command(section, args);
        JsonObject record = new JsonObject();
        record.addProperty("master", section.master());
        record.addProperty("jar", section.jar().toString());
        record.addProperty("steps", String.join(", ", section.steps()));
        record.addProperty("launcher", SparkProcess.submit().map(Path::toString).orElse("java"));
        record.addProperty("output", env.directory().relativize(output).toString());
        env.log("handing " + section.steps() + " to Spark (" + section.master() + "): " + String.join(" ", args));
        long t0 = System.nanoTime();
        List<String> lines = SparkProcess.run(env, command, env.directory());
        record.addProperty("seconds", (System.nanoTime() - t0) / 1e9);
        lines.stream().map(COUNTERS::matcher).filter(Matcher::find).reduce((a, b) -> b).ifPresent(m -> {
            record.addProperty("rowsIn", Long.parseLong(m.group(1).replace(",", "")));
            record.addProperty("rowsKept", Long.parseLong(m.group(2).replace(",", "")));
            record.addProperty("rowsFailed", Long.parseLong(m.group(3).replace(",", "")));
        });
        env.record().add("spark", record);
        List<Candidate> candidates = new ArrayList<>();
        List<String[]> drawn = new ArrayList<>();
        List<String> header = read(output, (h, row) -> drawn.add(row));
        int position = header.indexOf("position");
        int formula = header.indexOf("formula");
        int input = header.indexOf("input");
        drawn.sort((a, b) -> Long.compare(Long.parseLong(a[position]), Long.parseLong(b[position])));
        for (String[] row : drawn) {
            if (row[formula] != null && !row[formula].isEmpty()) { // a draw that is no composition has none, as in-process drops it
                candidates.add(Candidate.of(Composition.parse(input >= 0 && row[input] != null ? row[input] : row[formula]), chain.generator().name()));
            }
        }
        String line = String.format(Locale.ROOT, "sampled %,d of %,d asked from '%s' on Spark (%s)", candidates.size(), count,
                chain.generator().name(), section.master());
        env.log(line);
        env.record().addProperty("sampled", candidates.size());
        return new CandidateSet(candidates, null, List.of(), List.of(line));
    }

    private static CandidateSet screen(StepEnv env, Workflow workflow, CandidateSet set, List<String> header, Map<String, String[]> rows)
            throws StepException {
        Step step = env.step();
        List<PluginRef> refs = step.plugins("screens");
        JsonArray record = new JsonArray();
        for (int i = 0; i < refs.size(); i++) {
            String id = refs.get(i).id();
            String key = ScreenKeys.of(workflow, step, i);
            JsonElement entry = step.array("screens").get(i);
            boolean keepUnknown = entry.isJsonObject() && entry.getAsJsonObject().has("keepUnknown") && entry.getAsJsonObject().get("keepUnknown").getAsBoolean();
            int verdict = column(header, id);
            int score = column(header, id + "_score");
            int reason = column(header, id + "_reason");
            List<Candidate> kept = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            for (Candidate c : set.candidates()) {
                String[] row = row(rows, c);
                if (row[verdict] == null || row[verdict].isEmpty()) {
                    throw new StepException("the Spark output has no " + id + " verdict for " + c.composition().reducedFormula());
                }
                ScreenResult r = new ScreenResult(Verdict.valueOf(row[verdict]), row[reason] == null ? "" : row[reason], number(row[score]));
                Candidate screened = c.withScreen(key, r);
                if (r.verdict() == Verdict.PASS || r.verdict() == Verdict.UNKNOWN && keepUnknown) {
                    kept.add(screened);
                } else {
                    rejected.add(new Rejection(screened, step.name(), i + 1, key, id, r));
                }
            }
            String line = String.format(Locale.ROOT, "%s kept %,d of %,d on Spark", key, kept.size(), set.candidates().size());
            env.log(line);
            JsonObject counts = new JsonObject();
            counts.addProperty("position", i + 1);
            counts.addProperty("screen", id);
            counts.addProperty("key", key);
            counts.addProperty("kept", kept.size());
            counts.addProperty("rejected", rejected.size());
            record.add(counts);
            set = set.next(kept, rejected, line);
        }
        env.record().addProperty("kept", set.candidates().size());
        env.record().add("screens", record);
        return set;
    }

    private static CandidateSet predict(StepEnv env, CandidateSet set, List<String> header, Map<String, String[]> rows) throws StepException {
        List<Candidate> candidates = new ArrayList<>(set.candidates());
        int count = env.step().array("predictors").size();
        for (int i = 0; i < count; i++) {
            String target = env.input("predictors[" + i + "]", PredictorModel.class).target();
            int mean = column(header, target);
            int std = column(header, target + "_std");
            for (int k = 0; k < candidates.size(); k++) {
                String[] row = row(rows, candidates.get(k));
                candidates.set(k, candidates.get(k).withPrediction(target, new Prediction(number(row[mean]), number(row[std]))));
            }
        }
        return set.next(candidates, String.format(Locale.ROOT, "predicted %s for %,d on Spark", env.step().array("predictors"), candidates.size()));
    }

    /** @return the model file of a train step (saved in the run) or of a load step */
    private static Path modelFile(StepEnv env, Step source) throws StepException {
        if (source.type() == StepType.TRAIN_GENERATOR || source.type() == StepType.TRAIN_PREDICTOR) {
            return env.directory().resolve(ModelSteps.MODELS).resolve(source.name() + ".mfm");
        }
        return source.file("file").orElseThrow(() -> new StepException("'" + source.name() + "' has no model file for Spark")).path();
    }

    /**
     * Writes the known formulas of the novelty screen — those of every installed dataset ({@code known}, the
     * default), {@code reference} and {@code referenceFile} — into {@code spark/known.csv} for the job.
     */
    private static Path known(StepEnv env, JsonObject json) throws StepException, InterruptedException {
        Parameters p = env.parameters(json, "novelty.parameters", false);
        Set<String> formulas = new LinkedHashSet<>();
        if (p.flag("known", true)) {
            DataSource builtin = env.plugin(PluginRef.of(PluginKind.DATA_SOURCE, "builtin", env.step().path() + ".novelty.known"), DataSource.class);
            try {
                Table table = builtin.load(Parameters.of(Map.of("dataset", "known-compounds")), env);
                formulas.addAll(List.of(table.strings("formula")));
            } catch (DataSourceException | RuntimeException e) {
                throw new StepException("the known compounds of the novelty screen cannot be read: " + e.getMessage(), e);
            }
        }
        if (p.has("reference")) {
            p.strings("reference").forEach(r -> Stream.of(r.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(formulas::add));
        }
        if (p.has("referenceFile")) {
            Path file;
            try {
                file = FileRoots.current().readable(Path.of(p.requireString("referenceFile")), "novelty referenceFile");
            } catch (FileAccessException e) {
                throw new StepException(e.getMessage(), e);
            }
            String column = p.string("referenceColumn").orElse("formula");
            read(file, (h, row) -> {
                int c = h.indexOf(column);
                if (c >= 0 && row[c] != null && !row[c].isBlank()) {
                    formulas.add(row[c].trim());
                }
            });
        }
        Path known = env.directory().resolve(FOLDER).resolve("known.csv");
        try {
            Files.createDirectories(known.getParent());
            AtomicFiles.write(known, (OutputStream out) -> {
                try (RowWriter w = TableFiles.create(known, out)) {
                    w.write(new String[] {"formula"});
                    for (String f : formulas) {
                        w.write(new String[] {f});
                    }
                }
            });
        } catch (IOException e) {
            throw new StepException("cannot write " + known + ": " + e.getMessage(), e);
        }
        return known;
    }

    /** A row of a table, with the table's header. */
    private interface RowSink {
        void accept(List<String> header, String[] row);
    }

    /** Reads a table file, or every Parquet part of a folder Spark wrote; @return the header */
    private static List<String> read(Path table, RowSink sink) throws StepException {
        List<Path> parts;
        try (Stream<Path> s = Files.isDirectory(table) ? Files.list(table) : Stream.of(table)) {
            parts = s.filter(f -> !Files.isDirectory(table) || f.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new StepException("cannot read the Spark output " + table + ": " + e.getMessage(), e);
        }
        List<String> header = List.of();
        for (Path part : parts) {
            try (RowReader r = TableFiles.open(part)) {
                String[] h = r.next();
                if (h == null) {
                    continue;
                }
                header = List.of(h);
                for (String[] row = r.next(); row != null; row = r.next()) {
                    sink.accept(header, row);
                }
            } catch (IOException e) {
                throw new StepException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }
        return header;
    }

    private static int column(List<String> header, String name) throws StepException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new StepException("the Spark output has no column '" + name + "' (it has " + header + ")");
        }
        return i;
    }

    private static String[] row(Map<String, String[]> rows, Candidate c) throws StepException {
        String[] row = rows.get(c.composition().reducedFormula());
        if (row == null) {
            throw new StepException("the Spark output has no row for " + c.composition().reducedFormula());
        }
        return row;
    }

    private static double number(String text) {
        return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }
}
