package org.matforge.explain.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.predictor.PropertyPredictor;

/** The featurizers a predictor names, concatenated in its order, checked against the labels it was trained on. */
final class FeatureAssembly {
    private final List<Featurizer> featurizers;
    private final List<String> labels;

    private FeatureAssembly(List<Featurizer> featurizers, List<String> labels) {
        this.featurizers = featurizers;
        this.labels = labels;
    }

    /**
     * @throws IllegalArgumentException when a featurizer is not installed or its labels differ from the predictor's
     */
    static FeatureAssembly forPredictor(PropertyPredictor predictor, Function<String, Featurizer> lookup,
            java.util.Collection<String> known) {
        List<Featurizer> featurizers = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String id : predictor.featurizers()) {
            Featurizer featurizer = lookup.apply(id);
            if (featurizer == null) {
                throw new IllegalArgumentException("the model needs featurizer '" + id + "', which is not installed; installed: "
                        + String.join(", ", new java.util.TreeSet<>(known)));
            }
            featurizers.add(featurizer);
            labels.addAll(featurizer.labels());
        }
        if (!labels.equals(predictor.featureLabels())) {
            throw new IllegalArgumentException("the installed featurizers " + predictor.featurizers() + " give " + labels.size()
                    + " features that differ from the " + predictor.featureLabels().size()
                    + " the model was trained on (a different featurizer version?)");
        }
        return new FeatureAssembly(List.copyOf(featurizers), List.copyOf(labels));
    }

    List<String> labels() {
        return labels;
    }

    void featurize(Composition composition, double[] target, int offset) {
        int at = offset;
        for (Featurizer featurizer : featurizers) {
            featurizer.featurize(composition, target, at);
            at += featurizer.labels().size();
        }
    }
}
