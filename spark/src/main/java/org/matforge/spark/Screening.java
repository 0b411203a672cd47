package org.matforge.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.screens.lib.ElementCountScreen;
import org.matforge.screens.lib.NoveltyScreen;
import org.matforge.screens.lib.PropertyWindowScreen;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.lib.StabilityScreening;

/**
 * The screen, predict and window steps of a discovery workflow on a list of formulas, with the plug-ins' own plain
 * algorithms ({@link ValidityScreening}, {@link ElementCountScreen}, {@link NoveltyScreen}, the predictors,
 * {@link StabilityScreening}, {@link PropertyWindowScreen}) called the way the workflow's {@code screen} and {@code predict} steps call them:
 * each screen on the candidates still kept, a candidate dropped at its first failing verdict, features from the
 * featurizers each predictor was trained with. Unlike the workflow it keeps the dropped rows, with the reason.
 * The Spark job runs one per executor on batches; the in-process path runs it on the whole list. Thread-safe.
 */
public final class Screening {
    private final ScreenSettings settings;
    private final List<TrainedPredictor> predictors;
    private final Parameters novelty;
    private final NoveltyScreen noveltyScreen;
    private final StabilityScreening stability;
    private final Map<String, Featurizer> featurizers;
    private final ValidityScreening validity;
    private final List<CompositeFeaturizer> featuresFor = new ArrayList<>();

    /**
     * @param settings   what to screen
     * @param predictors the loaded models, in order
     * @param known      known formulas for novelty (empty: no novelty screen)
     * @param origins    where each is from, as novelty reasons name it (parallel to {@code known})
     * @param stability  the stability screen's judgement against the hull of the known phases, or null for none
     * @throws IllegalArgumentException when a predictor names a featurizer there is none of, or its features differ
     */
    public Screening(ScreenSettings settings, List<TrainedPredictor> predictors, List<String> known, List<String> origins,
            StabilityScreening stability) {
        this.settings = settings;
        this.stability = stability;
        this.predictors = List.copyOf(predictors);
        ElementTable table = ElementTable.load();
        this.validity = new ValidityScreening(table);
        this.featurizers = StandardFeaturizers.create(table);
        this.novelty = known.isEmpty() ? null : Parameters.of(Map.of("tolerance", settings.noveltyTolerance()));
        Table knownTable = Table.builder(known.size()).text("formula", known).text("dataset", origins).build();
        this.noveltyScreen = new NoveltyScreen(context -> knownTable);
        for (TrainedPredictor p : predictors) {
            CompositeFeaturizer f = CompositeFeaturizer.of(p.featurizers(), featurizers::get, featurizers.keySet());
            if (!f.labels().equals(p.featureLabels())) {
                throw new IllegalArgumentException("predictor '" + p.metadata().id() + "' expects " + p.featureLabels().size()
                        + " features from " + p.featurizers() + " but they give " + f.labels().size() + " with other labels");
            }
            featuresFor.add(f);
        }
    }

    /** @return the predicted targets, in column order */
    public List<String> targets() {
        return predictors.stream().map(TrainedPredictor::target).distinct().toList();
    }

    /** @return the screen ids, in column order */
    public List<String> screenIds() {
        return settings.screenIds(novelty != null);
    }

    /** @return one result per row, in order; a row that is not a formula is a failed row with the parse error */
    public List<ScreenedRow> screen(List<InputRow> rows) {
        ScreenedRow[] out = new ScreenedRow[rows.size()];
        List<Integer> live = new ArrayList<>(rows.size());
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            InputRow row = rows.get(i);
            try {
                candidates.add(Candidate.of(Composition.parse(row.text() == null ? "" : row.text().trim()), row.origin()));
                live.add(i);
            } catch (IllegalArgumentException e) {
                out[i] = ScreenedRow.failed(row, "not a formula: " + e.getMessage());
            }
        }
        if (settings.validitySet() != null) {
            screen(ScreenSettings.VALIDITY, validity, Parameters.of(Map.of(ValidityScreening.OXIDATION_STATES, settings.validitySet())),
                    rows, live, candidates, out);
        }
        if (settings.minElements() > 0) {
            screen(ScreenSettings.ELEMENT_COUNT, new ElementCountScreen(), Parameters.of(Map.of("min", settings.minElements())),
                    rows, live, candidates, out);
        }
        if (novelty != null) {
            screen(ScreenSettings.NOVELTY, noveltyScreen, novelty, rows, live, candidates, out);
        }
        predict(candidates);
        if (stability != null) {
            screen(ScreenSettings.STABILITY, (c, p, x) -> c.stream().map(stability::judge).toList(), Parameters.empty(), rows, live, candidates, out);
        }
        for (ScreenSettings.Window w : settings.windows()) {
            screen(ScreenSettings.WINDOW, new PropertyWindowScreen(), w.parameters(), rows, live, candidates, out);
        }
        for (int k = 0; k < live.size(); k++) {
            out[live.get(k)] = new ScreenedRow(rows.get(live.get(k)), candidates.get(k), true, null, false);
        }
        return Arrays.asList(out);
    }

    /** One screen on the live candidates, as the workflow's screen step: PASS (or UNKNOWN when kept) stays. */
    private void screen(String id, Screen screen, Parameters parameters, List<InputRow> rows, List<Integer> live,
            List<Candidate> candidates, ScreenedRow[] out) {
        if (candidates.isEmpty()) {
            return;
        }
        List<ScreenResult> results = screen.screen(candidates, parameters, TaskContext.unobserved());
        List<Integer> keptRows = new ArrayList<>(live.size());
        List<Candidate> kept = new ArrayList<>(live.size());
        for (int k = 0; k < results.size(); k++) {
            ScreenResult r = results.get(k);
            Candidate c = candidates.get(k).withScreen(id, r);
            if (r.verdict() == Verdict.PASS || r.verdict() == Verdict.UNKNOWN && settings.keepUnknown()) {
                keptRows.add(live.get(k));
                kept.add(c);
            } else {
                String verdict = r.verdict() == Verdict.UNKNOWN ? "undecided" : "failed";
                out[live.get(k)] = new ScreenedRow(rows.get(live.get(k)), c, false, id + " " + verdict + ": " + r.reason(), false);
            }
        }
        live.clear();
        live.addAll(keptRows);
        candidates.clear();
        candidates.addAll(kept);
    }

    /** Each predictor on the live candidates, as the workflow's predict step. */
    private void predict(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        List<Composition> compositions = candidates.stream().map(Candidate::composition).toList();
        for (int i = 0; i < predictors.size(); i++) {
            TrainedPredictor p = predictors.get(i);
            FeatureMatrix features = featuresFor.get(i).featurizeAll(compositions, TaskContext.unobserved());
            Prediction[] predictions = p.predict(features, TaskContext.unobserved());
            for (int k = 0; k < predictions.length; k++) {
                candidates.set(k, candidates.get(k).withPrediction(p.target(), predictions[k]));
            }
        }
    }
}
