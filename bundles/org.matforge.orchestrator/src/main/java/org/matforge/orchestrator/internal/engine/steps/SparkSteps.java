package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.matforge.screens.lib.KnownCompounds;
import org.matforge.screens.lib.ReferenceSet;
import org.matforge.screens.lib.UniquenessScreen;
import org.matforge.stability.lib.phases.PhasesSpec;
import org.matforge.stability.lib.StabilityScreening;

/**
 * The steps of a workflow's {@code spark} section. The sample step runs the whole chain as one Spark
 * {@code generate} job ({@link SparkProcess}) writing Parquet into the run's {@value #FOLDER} folder, and becomes
 * every drawn composition; each screen and predict step of the chain then reads its own columns back from that
 * output — the verdicts, scores and reasons of its screens, the means and σ of its predictions — for the candidates
 * of the step before, so the run store holds the candidate sets, rejections and funnel of an in-process run; a
 * {@code uniqueness} screen, which compares candidates with each other, is applied here, as the chain reaches it. The
 * output is read once, by the sample step, and kept for the chain's later steps (a few runs' outputs at most). The
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
        SparkOutput read = SparkOutput.cached(output);
        CandidateSet set = env.input("input", CandidateSet.class);
        CandidateSet next = env.step().type() == StepType.PREDICT ? predict(env, set, read) : screen(env, workflow, set, read);
        if (env.step().name().equals(section.steps().get(section.steps().size() - 1))) {
            SparkOutput.forget(output);
        }
        return next;
    }

    private static CandidateSet sample(StepEnv env, SparkSection section, SparkChain chain, Path output) throws StepException, InterruptedException {
        Step step = env.step();
        long count = step.integer("count", 1);
        List<String> args = new ArrayList<>(List.of("generate", "--generator", modelFile(env, chain.generator()).toString(),
                "--count", Long.toString(count), "--seed", Long.toString(step.seed()), "--output", output.toString(), "--overwrite"));
        if (step.json().has("condition")) {
            args.addAll(List.of("--condition", SparkChain.condition(step.object("condition"))));
        }
        args.addAll(List.of("--validity", chain.validity().orElse("none"), "--min-elements", Integer.toString(chain.minElements())));
        if (chain.novelty().isPresent()) {
            Path known = known(env, chain.novelty().get());
            args.addAll(List.of("--known", known.toString(), "--known-column", "formula", "--known-origin-column", "origin"));
            JsonObject n = chain.novelty().get();
            if (n.has("tolerance")) {
                args.addAll(List.of("--novelty-tolerance", n.get("tolerance").getAsBigDecimal().toPlainString()));
            }
        }
        for (Step p : chain.predictors()) {
            args.addAll(List.of("--model", modelFile(env, p).toString()));
        }
        if (chain.stability().isPresent()) {
            args.addAll(stability(env, chain.stability().get()));
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
        SparkOutput read = SparkOutput.read(output);
        List<Candidate> candidates = new ArrayList<>();
        int formula = read.column("formula");
        int input = read.header().indexOf("input");
        for (String[] row : read.rows()) {
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

    private static CandidateSet screen(StepEnv env, Workflow workflow, CandidateSet set, SparkOutput read) throws StepException {
        Step step = env.step();
        List<PluginRef> refs = step.plugins("screens");
        JsonArray record = new JsonArray();
        for (int i = 0; i < refs.size(); i++) {
            String id = refs.get(i).id();
            String key = ScreenKeys.of(workflow, step, i);
            JsonElement entry = step.array("screens").get(i);
            boolean keepUnknown = entry.isJsonObject() && entry.getAsJsonObject().has("keepUnknown") && entry.getAsJsonObject().get("keepUnknown").getAsBoolean();
            List<ScreenResult> results = id.equals(SparkChain.UNIQUENESS) ? new UniquenessScreen().screen(set.candidates(), Parameters.empty(), env)
                    : read.screen(id, set.candidates());
            List<Candidate> kept = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            for (int k = 0; k < results.size(); k++) {
                ScreenResult r = results.get(k);
                Candidate screened = set.candidates().get(k).withScreen(key, r);
                if (r.verdict() == Verdict.PASS || r.verdict() == Verdict.UNKNOWN && keepUnknown) {
                    kept.add(screened);
                } else {
                    rejected.add(new Rejection(screened, step.name(), i + 1, key, id, r));
                }
            }
            String line = String.format(Locale.ROOT, "%s kept %,d of %,d %s", key, kept.size(), set.candidates().size(),
                    id.equals(SparkChain.UNIQUENESS) ? "of the Spark output" : "on Spark");
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

    private static CandidateSet predict(StepEnv env, CandidateSet set, SparkOutput read) throws StepException {
        List<Candidate> candidates = new ArrayList<>(set.candidates());
        int count = env.step().array("predictors").size();
        for (int i = 0; i < count; i++) {
            String target = env.input("predictors[" + i + "]", PredictorModel.class).target();
            List<Prediction> predictions = read.predictions(target, candidates);
            for (int k = 0; k < candidates.size(); k++) {
                candidates.set(k, candidates.get(k).withPrediction(target, predictions.get(k)));
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
     * Writes the known formulas of the novelty screen, with where each is from — gathered as the screen gathers them
     * ({@link ReferenceSet#forNovelty}: {@code reference}, {@code referenceFile}, then every installed dataset's unless
     * {@code known} is false) — into {@code spark/known.csv} for the job, so its reasons name the same origins.
     */
    private static Path known(StepEnv env, JsonObject json) throws StepException, InterruptedException {
        Parameters p = env.parameters(json, "novelty.parameters", false);
        ReferenceSet references;
        try {
            references = ReferenceSet.forNovelty(p, knownCompounds(env), env);
        } catch (IllegalArgumentException e) {
            throw new StepException("novelty on Spark: " + e.getMessage(), e);
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < references.compositions().size(); i++) {
            rows.add(new String[] {references.compositions().get(i).formula(), references.origins().get(i)});
        }
        return write(env, "known.csv", new String[] {"formula", "origin"}, rows);
    }

    /** @return the known compounds of every installed dataset, through data source {@code builtin} */
    private static KnownCompounds knownCompounds(StepEnv env) throws StepException, InterruptedException {
        DataSource builtin = env.plugin(PluginRef.of(PluginKind.DATA_SOURCE, "builtin", env.step().path() + ".novelty.known"), DataSource.class);
        return context -> {
            try {
                return builtin.load(Parameters.of(Map.of("dataset", KnownCompounds.DATASET)), context);
            } catch (DataSourceException e) {
                throw new IllegalArgumentException("the known compounds cannot be read: " + e.getMessage(), e);
            }
        };
    }

    /**
     * Writes the known phases of the stability screen — the table its {@code phases…} parameters name, read through
     * that data source as the screen reads it ({@link PhasesSpec}) — into {@code spark/phases.csv}, and
     * @return the job's stability options
     */
    private static List<String> stability(StepEnv env, JsonObject json) throws StepException, InterruptedException {
        Parameters p = env.parameters(json, "stability.parameters", false);
        PhasesSpec spec = PhasesSpec.of(p);
        DataSource source = env.plugin(PluginRef.of(PluginKind.DATA_SOURCE, spec.source(), env.step().path() + ".stability." + "phasesSource"),
                DataSource.class);
        List<String[]> rows = new ArrayList<>();
        try {
            Table table = source.load(spec.sourceParameters(), env);
            String[] formulas = spec.formulas(table);
            double[] energies = table.doubles(spec.energyColumn(table));
            for (int r = 0; r < formulas.length; r++) {
                rows.add(new String[] {formulas[r], Double.isNaN(energies[r]) ? "" : Double.toString(energies[r])});
            }
        } catch (DataSourceException | IllegalArgumentException e) {
            throw new StepException("stability on Spark, known phases (" + spec.describe() + "): " + e.getMessage(), e);
        }
        Path phases = write(env, "phases.csv", new String[] {"formula", "e_form"}, rows);
        List<String> args = new ArrayList<>(List.of("--hull", phases.toString(), "--hull-energy-column", "e_form",
                "--stability-threshold", Double.toString(p.number("threshold", StabilityScreening.DEFAULT_THRESHOLD)),
                "--stability-k", Double.toString(p.number("k", 0))));
        p.string("target").ifPresent(t -> args.addAll(List.of("--stability-target", t)));
        return args;
    }

    /** @return {@code spark/<name>}, written with a header row */
    private static Path write(StepEnv env, String name, String[] header, List<String[]> rows) throws StepException {
        Path file = env.directory().resolve(FOLDER).resolve(name);
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, (OutputStream out) -> {
                try (RowWriter w = TableFiles.create(file, out)) {
                    w.write(header);
                    for (String[] row : rows) {
                        w.write(row);
                    }
                }
            });
        } catch (IOException e) {
            throw new StepException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
