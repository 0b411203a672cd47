package org.matforge.orchestrator.internal.engine.artefacts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.orchestrator.internal.workflow.ArtefactType;

/**
 * An explanations artefact: attributions of one predictor's predictions for the top candidates and, when asked,
 * its permutation importance on its held-out rows.
 *
 * @param name       the step that made it
 * @param predictor  the predictor step explained
 * @param target     the predicted property
 * @param unit       its unit, or empty
 * @param top        features per candidate to show
 * @param candidates the explained candidates, in candidate order
 * @param importance permutation importance, when asked
 * @param file       the CSV written for it, relative to the run folder
 */
public record ExplanationSet(String name, String predictor, String target, String unit, int top, List<Explained> candidates,
        Optional<GlobalExplanation> importance, String file) implements Artefact {
    @Override
    public ArtefactType type() {
        return ArtefactType.EXPLANATIONS;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "explained %d candidates%s", candidates.size(),
                importance.map(g -> ", permutation importance of " + g.features().size() + " features").orElse(""));
    }

    /** Copies the list. */
    public ExplanationSet {
        candidates = List.copyOf(candidates);
    }

    /**
     * One explained candidate.
     *
     * @param position    1-based position in the candidate set
     * @param formula     its reduced formula
     * @param features    its feature values, in the explanation's label order
     * @param explanation the attributions
     */
    public record Explained(int position, String formula, double[] features, LocalExplanation explanation) {
        /** Copies the values. */
        public Explained {
            features = features.clone();
        }

        /** @return a copy of the feature values */
        @Override
        public double[] features() {
            return features.clone();
        }
    }
}
