package org.matforge.explain.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.felix.service.command.Descriptor;
import org.matforge.api.explain.Explainer;
import org.matforge.commons.cli.ModelFileOption;
import org.matforge.commons.cli.ServicesById;
import org.matforge.explain.internal.command.ExplainCommand;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.predictor.PropertyPredictor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Gogo command {@code mf:explain}: explains a registered predictor (by id) or a model file (read by the
 * {@link ModelLoader} of its trainer) on a CSV of formulas.
 */
@Component(service = Object.class, property = {"osgi.command.scope=mf", "osgi.command.function=explain"})
public final class ExplainCommandComponent {
    private final Explainer explainer;
    private final ServicesById<PropertyPredictor> predictors = new ServicesById<>();
    private final ServicesById<Featurizer> featurizers = new ServicesById<>();
    private final ServicesById<ModelLoader> loaders = new ServicesById<>();

    /** @param explainer the explanation service */
    @Activate
    public ExplainCommandComponent(@Reference Explainer explainer) {
        this.explainer = explainer;
    }

    @Reference(service = PropertyPredictor.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPredictor(PropertyPredictor predictor, Map<String, Object> properties) {
        predictors.add(predictor, properties);
    }

    void removePredictor(PropertyPredictor predictor, Map<String, Object> properties) {
        predictors.remove(predictor, properties);
    }

    @Reference(service = Featurizer.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addFeaturizer(Featurizer featurizer, Map<String, Object> properties) {
        featurizers.add(featurizer, properties);
    }

    void removeFeaturizer(Featurizer featurizer, Map<String, Object> properties) {
        featurizers.remove(featurizer, properties);
    }

    @Reference(service = ModelLoader.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addLoader(ModelLoader loader, Map<String, Object> properties) {
        loaders.add(loader, properties);
    }

    void removeLoader(ModelLoader loader, Map<String, Object> properties) {
        loaders.remove(loader, properties);
    }

    /** Runs the command; a failure is an exception with a one-line message. */
    @Descriptor("explain --model <id or file.mfm> --input X.csv --formula-column C --output Y.csv [--top 10] "
            + "[--background B.csv] [--method auto|integrated-gradients|shapley-sampling] | --mode importance --target-column T")
    public void explain(@Descriptor("options") String... args) throws Exception {
        System.out.println(new ExplainCommand(this::model, featurizers::get, featurizers.ids(), explainer, System.err).run(args));
    }

    private PropertyPredictor model(String idOrFile) {
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            PropertyPredictor predictor = predictors.get(idOrFile);
            if (predictor == null) {
                throw new IllegalArgumentException("explain: no predictor '" + idOrFile + "' and no such model file; predictors: "
                        + (predictors.ids().isEmpty() ? "(none)" : String.join(", ", predictors.ids())));
            }
            return predictor;
        }
        SavableModel model = ModelFileOption.load("explain", file, loaders::get);
        if (!(model instanceof PropertyPredictor predictor)) {
            throw new IllegalArgumentException("explain: " + file + " holds a " + model.metadata().kind() + ", not a predictor");
        }
        return predictor;
    }
}
