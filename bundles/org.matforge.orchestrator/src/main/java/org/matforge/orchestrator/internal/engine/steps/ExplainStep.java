package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.explain.Explainer;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.Importance;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Artefact;
import org.matforge.orchestrator.internal.engine.artefacts.CandidateSet;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.ExplanationSet;
import org.matforge.orchestrator.internal.engine.artefacts.Features;
import org.matforge.orchestrator.internal.engine.artefacts.PredictorModel;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.predictor.TrainingFeatureMeans;

/**
 * The explain step: attributions of a predictor's predictions for the first candidates of a set, relative to a
 * baseline formed by the column means of the background rows (the predictor's training rows unless the step names a
 * table or feature step; for a loaded predictor, the training feature means its model file keeps), and optionally permutation importance on the predictor's held-out rows — computed by the
 * registered {@link Explainer} service and written to {@code explanations.csv}.
 */
final class ExplainStep {
    /** The explanations of the run's first explain step; later ones add their step name. */
    static final String CSV = "explanations.csv";
    private static final int RECORDED_GROUPS = 20;

    private ExplainStep() {
    }

    static ExplanationSet explain(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        CandidateSet set = env.input("input", CandidateSet.class);
        PredictorModel model = env.input("predictor", PredictorModel.class);
        int top = (int) Math.min(Integer.MAX_VALUE, step.integer("top"));
        int count = (int) Math.min(set.candidates().size(), step.integer("candidates"));
        boolean importance = step.flag("importance");
        Explainer explainer = env.service(Explainer.class, "explainer");
        env.share(0, 0.1);
        List<Featurizer> featurizers = CandidateSteps.featurizers(env, model, step.path() + ".predictor");
        List<Candidate> chosen = set.candidates().subList(0, count);
        List<Composition> compositions = chosen.stream().map(Candidate::composition).toList();
        FeatureMatrix rows = count == 0 ? null : CandidateSteps.featuresFor(env, model, featurizers, compositions);
        FeatureMatrix background = background(env, model, featurizers);
        env.share(0.1, importance ? 0.5 : 1);
        List<LocalExplanation> local = List.of();
        if (count > 0) {
            try {
                local = explainer.attributions(model.predictor(), rows, background, Parameters.of(Map.of("seed", step.seed())), env);
            } catch (IllegalArgumentException e) {
                throw new StepException("the explainer refused predictor '" + model.name() + "': " + e.getMessage(), e);
            }
            if (local == null || local.size() != count) {
                throw new StepException("the explainer returned " + (local == null ? "nothing" : local.size() + " explanations") + " for " + count + " candidates");
            }
        }
        List<ExplanationSet.Explained> explained = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            explained.add(new ExplanationSet.Explained(i + 1, compositions.get(i).reducedFormula(), rows.row(i), local.get(i)));
        }
        Optional<GlobalExplanation> global = Optional.empty();
        if (importance) {
            env.share(0.5, 1);
            global = Optional.of(importance(env, explainer, model));
        }
        env.share(0, 1);
        String file = env.all(ExplanationSet.class).isEmpty() ? CSV : "explanations-" + step.name() + ".csv";
        ExplanationSet result = new ExplanationSet(step.name(), model.name(), model.target(), model.unit(), top, explained, global, file);
        try {
            write(env.directory().resolve(file), result);
        } catch (IOException e) {
            throw new StepException("could not write " + file + ": " + e.getMessage(), e);
        }
        record(env, result, background.rowCount());
        env.log(String.format(Locale.ROOT, "explained %d candidates (%s) against a baseline of %d rows%s; wrote %s", count,
                local.isEmpty() ? "none" : local.get(0).method(), background.rowCount(),
                global.map(g -> ", permutation importance on " + model.testRows().size() + " held-out rows").orElse(""), file));
        return result;
    }

    private static FeatureMatrix background(StepEnv env, PredictorModel model, List<Featurizer> featurizers) throws StepException {
        Step step = env.step();
        if (step.input("background") == null) {
            Optional<Features> training = model.training();
            if (training.isPresent()) {
                return ModelSteps.rows(training.get().matrix(), model.trainRows());
            }
            if (model.predictor() instanceof TrainingFeatureMeans stored) {
                return FeatureMatrix.of(model.predictor().featureLabels(), 1, stored.trainingFeatureMeans());
            }
            throw new StepException("predictor '" + model.name() + "' was not trained in this run and its model keeps no training feature "
                    + "means; name a table or featurize step as \"background\"");
        }
        Artefact data = env.input("background", Artefact.class);
        if (data instanceof Features f) {
            if (!f.matrix().labels().equals(model.predictor().featureLabels())) {
                throw new StepException("background '" + step.input("background") + "' has " + f.matrix().columnCount() + " features from "
                        + f.featurizers() + "; predictor '" + model.name() + "' expects " + model.predictor().featureLabels().size()
                        + " from " + model.predictor().featurizers());
            }
            return f.matrix();
        }
        Dataset table = (Dataset) data;
        return CandidateSteps.featuresFor(env, model, featurizers, table.requireCompositions());
    }

    private static GlobalExplanation importance(StepEnv env, Explainer explainer, PredictorModel model) throws StepException {
        Features training = model.training().orElseThrow(() -> new StepException("predictor '" + model.name() + "' has no held-out rows"));
        if (model.testRows().size() < 2) {
            throw new StepException("predictor '" + model.name() + "' has " + model.testRows().size() + " held-out rows; permutation importance needs at least 2");
        }
        double[] targets = ModelSteps.values(training.data().numbers(model.target()), model.testRows());
        Parameters options = Parameters.of(Map.of("repeats", env.step().integer("repeats"), "seed", env.step().seed()));
        try {
            return explainer.importance(model.predictor(), ModelSteps.rows(training.matrix(), model.testRows()), targets, options, env);
        } catch (IllegalArgumentException e) {
            throw new StepException("the explainer refused the permutation importance of '" + model.name() + "': " + e.getMessage(), e);
        }
    }

    /**
     * One row per shown attribution ({@code kind} = attribution) and per feature and group importance
     * ({@code feature-importance}, {@code group-importance}).
     */
    static void write(Path file, ExplanationSet set) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(w);
            csv.write(List.of("kind", "target", "position", "formula", "method", "prediction", "baseline_prediction", "rank", "feature",
                    "feature_value", "contribution", "ci95", "members"));
            for (ExplanationSet.Explained e : set.candidates()) {
                LocalExplanation x = e.explanation();
                int[] order = x.top(set.top());
                double[] a = x.attributions();
                for (int k = 0; k < order.length; k++) {
                    csv.write(List.of("attribution", set.target(), Integer.toString(e.position()), e.formula(), x.method(), number(x.prediction()),
                            number(x.baselinePrediction()), Integer.toString(k + 1), x.labels().get(order[k]), number(e.features()[order[k]]),
                            number(a[order[k]]), "", "1"));
                }
            }
            if (set.importance().isPresent()) {
                GlobalExplanation g = set.importance().get();
                importanceRows(csv, "feature-importance", set.target(), g, g.features());
                importanceRows(csv, "group-importance", set.target(), g, g.groups());
            }
            csv.flush();
        });
    }

    private static void importanceRows(CsvWriter csv, String kind, String target, GlobalExplanation g, List<Importance> list) throws IOException {
        for (int k = 0; k < list.size(); k++) {
            Importance i = list.get(k);
            csv.write(List.of(kind, target, "", "", "permutation (" + g.metric() + "; " + g.repeats() + " repeats)", "", number(g.baseline()),
                    Integer.toString(k + 1), i.name(), "", number(i.importance()), number(i.confidence95(g.repeats())), Integer.toString(i.members())));
        }
    }

    private static void record(StepEnv env, ExplanationSet set, int backgroundRows) {
        JsonObject o = new JsonObject();
        o.addProperty("predictor", set.predictor());
        o.addProperty("target", set.target());
        o.addProperty("backgroundRows", backgroundRows);
        o.addProperty("file", set.file());
        JsonArray candidates = new JsonArray();
        for (ExplanationSet.Explained e : set.candidates()) {
            LocalExplanation x = e.explanation();
            JsonObject c = new JsonObject();
            c.addProperty("position", e.position());
            c.addProperty("formula", e.formula());
            c.addProperty("method", x.method());
            c.addProperty("prediction", x.prediction());
            c.addProperty("baselinePrediction", x.baselinePrediction());
            c.addProperty("completenessGap", x.completenessGap());
            JsonObject top = new JsonObject();
            double[] a = x.attributions();
            for (int k : x.top(set.top())) {
                top.addProperty(x.labels().get(k), a[k]);
            }
            c.add("top", top);
            candidates.add(c);
        }
        o.add("candidates", candidates);
        set.importance().ifPresent(g -> {
            JsonObject i = new JsonObject();
            i.addProperty("metric", g.metric());
            i.addProperty("baseline", g.baseline());
            i.addProperty("repeats", g.repeats());
            JsonArray groups = new JsonArray();
            g.groups().stream().limit(RECORDED_GROUPS).forEach(x -> {
                JsonObject j = new JsonObject();
                j.addProperty("group", x.name());
                j.addProperty("importance", x.importance());
                j.addProperty("ci95", x.confidence95(g.repeats()));
                j.addProperty("members", x.members());
                groups.add(j);
            });
            i.add("groups", groups);
            o.add("importance", i);
        });
        env.record().add("explanations", o);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
