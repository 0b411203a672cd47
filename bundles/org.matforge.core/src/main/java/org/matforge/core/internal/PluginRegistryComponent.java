package org.matforge.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.spi.backend.ComputeBackend;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.screen.Screen;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * Whiteboard tracker of every MatForge plug-in service. It holds service references only — listing plug-ins never
 * loads or activates them — and picks up or drops plug-ins as bundles come and go.
 */
@Component(service = PluginRegistry.class)
public class PluginRegistryComponent implements PluginRegistry {
    private final PluginDiagnostics diagnostics;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<DataSource>> dataSources;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Featurizer>> featurizers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<GenerativeModel>> generators;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<PropertyPredictor>> predictors;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Screen>> screens;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<Optimizer>> optimizers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ComputeBackend>> backends;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<PredictorTrainer>> predictorTrainers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<GeneratorTrainer>> generatorTrainers;
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<ModelLoader>> modelLoaders;
    /** Model files of model bundles that could not be loaded are problems too. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ModelBundleExtender modelBundles;

    /** Creates the registry. */
    @Activate
    public PluginRegistryComponent(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.diagnostics = new PluginDiagnostics(context, scr);
    }

    @Override
    public List<PluginDescriptor> plugins() {
        Set<String> failed = diagnostics.failedComponents();
        List<PluginDescriptor> all = new ArrayList<>();
        for (PluginKind kind : PluginKind.values()) {
            all.addAll(working(kind, failed));
        }
        return all;
    }

    @Override
    public List<PluginDescriptor> plugins(PluginKind kind) {
        return working(kind, diagnostics.failedComponents());
    }

    /** Plug-ins of a kind, leaving out services whose component failed to activate (they are listed as problems). */
    private List<PluginDescriptor> working(PluginKind kind, Set<String> failedComponents) {
        List<PluginDescriptor> out = new ArrayList<>();
        for (ServiceReference<?> ref : references(kind)) {
            Bundle bundle = ref.getBundle();
            Object component = ref.getProperty(ComponentConstants.COMPONENT_NAME);
            if (bundle != null && component != null && failedComponents.contains(bundle.getBundleId() + "/" + component)) {
                continue;
            }
            PluginDescriptors.describe(kind, ref).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(PluginDescriptor::id).thenComparing(PluginDescriptor::serviceId));
        return out;
    }

    @Override
    public Optional<PluginDescriptor> find(PluginKind kind, String id) {
        return references(kind).stream()
                .filter(ref -> id.equals(ref.getProperty(org.matforge.api.plugin.PluginProperties.ID)))
                .sorted(Comparator.reverseOrder())
                .findFirst()
                .flatMap(ref -> PluginDescriptors.describe(kind, ref));
    }

    @Override
    public boolean settled() {
        ModelBundleExtender extender = modelBundles;
        return extender == null || extender.idle();
    }

    @Override
    public List<PluginProblem> problems() {
        ModelBundleExtender extender = modelBundles;
        if (extender == null) {
            return diagnostics.problems();
        }
        List<PluginProblem> all = new ArrayList<>(diagnostics.problems());
        all.addAll(extender.problems());
        return all;
    }

    private List<? extends ServiceReference<?>> references(PluginKind kind) {
        List<? extends ServiceReference<?>> refs = switch (kind) {
            case DATA_SOURCE -> dataSources;
            case FEATURIZER -> featurizers;
            case GENERATOR -> generators;
            case PREDICTOR -> predictors;
            case SCREEN -> screens;
            case OPTIMIZER -> optimizers;
            case COMPUTE_BACKEND -> backends;
            case PREDICTOR_TRAINER -> predictorTrainers;
            case GENERATOR_TRAINER -> generatorTrainers;
            case MODEL_LOADER -> modelLoaders;
        };
        return refs == null ? List.of() : refs;
    }
}
