package org.matforge.explain.internal.osgi;

import java.util.List;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.api.explain.Explainer;
import org.matforge.api.explain.GlobalExplanation;
import org.matforge.api.explain.LocalExplanation;
import org.matforge.explain.internal.compute.Explanations;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/** The {@link Explainer} service: a thin adapter over {@link Explanations}. */
@Component
public final class ExplainerComponent implements Explainer {
    private final Explanations explanations = new Explanations();

    @Override
    public GlobalExplanation importance(PropertyPredictor predictor, FeatureMatrix features, double[] targets,
            Parameters options, TaskContext context) {
        return explanations.importance(predictor, features, targets, options, context);
    }

    @Override
    public List<LocalExplanation> attributions(PropertyPredictor predictor, FeatureMatrix rows, FeatureMatrix background,
            Parameters options, TaskContext context) {
        return explanations.attributions(predictor, rows, background, options, context);
    }

    @Override
    public String groupOf(String label) {
        return explanations.groupOf(label);
    }
}
