package org.matforge.orchestrator.internal.engine.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.api.plugin.PluginKind;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Artefact;
import org.matforge.orchestrator.internal.engine.artefacts.CandidateSet;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.GeneratorModel;
import org.matforge.orchestrator.internal.engine.artefacts.PredictorModel;
import org.matforge.orchestrator.internal.engine.artefacts.Rejection;
import org.matforge.orchestrator.internal.engine.artefacts.ScreenKeys;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.predictor.DomainAwarePredictor;
import org.matforge.spi.screen.Screen;

/** The sample, screen, predict and rank steps. */
final class CandidateSteps {
    private CandidateSteps() {
    }

    static CandidateSet sample(StepEnv env) throws StepException {
        Step step = env.step();
        GeneratorModel g = env.input("generator", GeneratorModel.class);
        int count = (int) step.integer("count", 1);
        Optional<PropertyCondition> condition = Optional.empty();
        JsonObject c = step.object("condition");
        if (c.has("target")) {
            condition = Optional.of(new PropertyCondition(c.get("target").getAsString(),
                    c.has("min") ? c.get("min").getAsDouble() : Double.NEGATIVE_INFINITY,
                    c.has("max") ? c.get("max").getAsDouble() : Double.POSITIVE_INFINITY));
            if (!g.conditional()) {
                throw new StepException("generator '" + g.name() + "' is not conditional; it cannot sample for " + condition.get().target());
            }
        }
        List<Composition> sampled;
        try {
            sampled = g.generator().sample(count, step.seed(), condition, env);
        } catch (UnsupportedOperationException e) {
            throw new StepException("generator '" + g.name() + "' refused the condition: " + e.getMessage(), e);
        }
        List<Candidate> candidates = sampled.stream().map(x -> Candidate.of(x, g.name())).toList();
        String line = String.format(Locale.ROOT, "sampled %,d of %,d asked from '%s'%s", candidates.size(), count, g.name(),
                condition.map(x -> " for " + x.target() + " in [" + x.min() + ", " + x.max() + "]").orElse(""));
        env.log(line);
        env.record().addProperty("sampled", candidates.size());
        return new CandidateSet(candidates, null, List.of(), List.of(line));
    }

    static CandidateSet screen(StepEnv env, Workflow workflow) throws StepException, InterruptedException {
        Step step = env.step();
        CandidateSet set = env.input("input", CandidateSet.class);
        List<PluginRef> refs = step.plugins("screens");
        JsonArray record = new JsonArray();
        for (int i = 0; i < refs.size(); i++) {
            PluginRef ref = refs.get(i);
            String key = ScreenKeys.of(workflow, step, i);
            JsonElement entry = step.array("screens").get(i);
            JsonObject options = entry.isJsonObject() ? entry.getAsJsonObject() : new JsonObject();
            Parameters parameters = env.parameters(options.has("parameters") ? options.getAsJsonObject("parameters") : new JsonObject(),
                    "screens[" + i + "].parameters", false);
            boolean keepUnknown = options.has("keepUnknown") && options.get("keepUnknown").getAsBoolean();
            Screen screen = env.plugin(ref, Screen.class);
            env.share((double) i / refs.size(), (double) (i + 1) / refs.size());
            List<ScreenResult> results = set.candidates().isEmpty() ? List.of() : screen.screen(set.candidates(), parameters, env);
            if (results == null || results.size() != set.candidates().size()) {
                throw new StepException("screen '" + ref.id() + "' returned " + (results == null ? "nothing" : results.size() + " results")
                        + " for " + set.candidates().size() + " candidates");
            }
            List<Candidate> kept = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            Map<String, Integer> failures = new LinkedHashMap<>();
            for (int k = 0; k < results.size(); k++) {
                ScreenResult r = results.get(k);
                if (r == null) {
                    throw new StepException("screen '" + ref.id() + "' returned no result for candidate " + (k + 1));
                }
                Candidate c = set.candidates().get(k).withScreen(key, r);
                if (r.verdict() == Verdict.PASS || r.verdict() == Verdict.UNKNOWN && keepUnknown) {
                    kept.add(c);
                } else {
                    rejected.add(new Rejection(c, step.name(), i + 1, key, ref.id(), r));
                    failures.merge(r.verdict() == Verdict.UNKNOWN ? "undecided" : "failed", 1, Integer::sum);
                }
            }
            String line = String.format(Locale.ROOT, "%s kept %,d of %,d%s", key, kept.size(), set.candidates().size(),
                    failures.isEmpty() ? "" : " (" + failures.entrySet().stream().map(e -> String.format(Locale.ROOT, "%,d %s", e.getValue(), e.getKey()))
                            .collect(Collectors.joining(", ")) + ")");
            env.log(line);
            JsonObject counts = new JsonObject();
            counts.addProperty("position", i + 1);
            counts.addProperty("screen", ref.id());
            counts.addProperty("key", key);
            counts.addProperty("kept", kept.size());
            counts.addProperty("rejected", rejected.size());
            record.add(counts);
            set = set.next(kept, rejected, line);
        }
        env.share(0, 1);
        env.record().addProperty("kept", set.candidates().size());
        env.record().add("screens", record);
        return set;
    }

    static CandidateSet predict(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        CandidateSet set = candidatesOf(env, env.input("input", Artefact.class));
        List<Candidate> candidates = new ArrayList<>(set.candidates());
        List<Composition> compositions = candidates.stream().map(Candidate::composition).toList();
        int count = step.array("predictors").size();
        List<String> domainNotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PredictorModel model = (PredictorModel) env.input("predictors[" + i + "]", PredictorModel.class);
            env.share((double) i / count, (i + 0.5) / count);
            List<Featurizer> featurizers = featurizers(env, model, step.path() + ".predictors[" + i + "]");
            if (candidates.isEmpty()) {
                continue;
            }
            FeatureMatrix features = featuresFor(env, model, featurizers, compositions);
            env.share((i + 0.5) / count, (i + 1.0) / count);
            Prediction[] p = model.predictor().predict(features, env);
            if (p == null || p.length != candidates.size()) {
                throw new StepException("predictor '" + model.name() + "' returned " + (p == null ? "nothing" : p.length + " predictions")
                        + " for " + candidates.size() + " candidates");
            }
            for (int k = 0; k < p.length; k++) {
                candidates.set(k, candidates.get(k).withPrediction(model.target(), p[k]));
            }
            if (model.predictor() instanceof DomainAwarePredictor aware) {
                domainNotes.add(ApplicabilityDomainFlag.flag(aware, model.name(), features, candidates, env));
            }
        }
        env.share(0, 1);
        domainNotes.removeIf(String::isEmpty);
        return set.next(candidates, String.format(Locale.ROOT, "predicted %s for %,d", step.array("predictors"), candidates.size())
                + (domainNotes.isEmpty() ? "" : "; " + String.join("; ", domainNotes)));
    }

    /** @return the candidates, or a table's rows as candidates (origin: the table's step), in row order */
    private static CandidateSet candidatesOf(StepEnv env, Artefact input) throws StepException {
        if (input instanceof CandidateSet set) {
            return set;
        }
        String name = env.step().input("input");
        List<Candidate> rows = ((Dataset) input).requireCompositions().stream().map(c -> Candidate.of(c, name)).toList();
        String line = String.format(Locale.ROOT, "%,d rows of table '%s'", rows.size(), name);
        return new CandidateSet(rows, null, List.of(), List.of(line));
    }

    /** @return the featurizers a predictor names, leased for the step; a version differing from training is logged */
    static List<Featurizer> featurizers(StepEnv env, PredictorModel model, String path) throws StepException, InterruptedException {
        List<Featurizer> featurizers = new ArrayList<>();
        for (String id : model.predictor().featurizers()) {
            PluginRef ref = PluginRef.of(PluginKind.FEATURIZER, id, path);
            featurizers.add(env.plugin(ref, Featurizer.class));
            String trainedWith = model.metadata().map(m -> m.featurizerVersions().get(ref.id())).orElse(null);
            String now = env.provenance(ref).bundleVersion();
            if (trainedWith != null && !trainedWith.equals(now)) {
                env.log("predictor '" + model.name() + "' was trained with featurizer '" + ref.id() + "' " + trainedWith + "; now " + now);
            }
        }
        return featurizers;
    }

    /** @return the predictor's input features for compositions, checked against the labels it was trained on */
    static FeatureMatrix featuresFor(StepEnv env, PredictorModel model, List<Featurizer> featurizers, List<Composition> compositions)
            throws StepException {
        List<String> ids = model.predictor().featurizers();
        FeatureMatrix features = DataSteps.featurizeAll(env, featurizers, ids, compositions);
        if (!features.labels().equals(model.predictor().featureLabels())) {
            throw new StepException("predictor '" + model.name() + "' expects " + model.predictor().featureLabels().size()
                    + " features from " + ids + " but they give " + features.columnCount() + " with other labels");
        }
        return features;
    }

    static CandidateSet rank(StepEnv env) throws StepException {
        Step step = env.step();
        CandidateSet set = env.input("input", CandidateSet.class);
        List<String> objectives = new ArrayList<>();
        step.array("objectives").forEach(o -> objectives.add(o.getAsString()));
        CandidateSet ranked = new ParetoRanking(objectives).rank(set, step.name(), objectives, (int) Math.min(Integer.MAX_VALUE, step.integer("limit", Integer.MAX_VALUE)));
        env.log(ranked.funnel().get(ranked.funnel().size() - 1));
        return ranked;
    }
}
