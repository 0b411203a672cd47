package org.matforge.core.internal.osgi;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.generator.GeneratorInfo;
import org.matforge.spi.generator.LatentSpaceGenerator;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFileException;
import org.matforge.spi.model.file.ModelFiles;
import org.matforge.spi.model.file.ModelSource;
import org.matforge.spi.predictor.DifferentiablePredictor;
import org.matforge.spi.predictor.PredictorInfo;
import org.matforge.spi.predictor.PropertyPredictor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The model-bundle extender: a bundle whose manifest names model files in the {@value #HEADER} header (paths in the
 * bundle, comma-separated) gets each file loaded by the {@link ModelLoader} whose {@code matforge.id} equals the
 * file's {@code metadata.trainer}, and the model registered under the model bundle's own context as a
 * {@link PropertyPredictor} or {@link GenerativeModel} (also as a {@link DifferentiablePredictor} or
 * {@link LatentSpaceGenerator} when it is one) while that bundle is active. A model whose loader is not there
 * yet is registered when the loader appears, and withdrawn when its loader goes. A corrupt or incompatible file gives
 * one log line naming bundle and file, and a {@link PluginProblem} in {@link #problems()}; it never stops anything.
 * <p>
 * All state changes run on one worker thread, in event order, so that slow model loading never blocks the thread
 * that starts a bundle, and add/remove/loader events cannot interleave.
 */
@Component(immediate = true, service = ModelBundleExtenderComponent.class)
public final class ModelBundleExtenderComponent {
    /** Manifest header listing the model files of a model bundle. */
    public static final String HEADER = "MatForge-Models";

    private final Logger log;
    private final BundleTracker<Bundle> tracker;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "matforge-model-bundles");
        t.setDaemon(true);
        return t;
    });
    private final BundleContext context;
    private final AtomicInteger queued = new AtomicInteger();
    // touched on the worker thread only
    private final Map<Long, List<ModelFile>> files = new LinkedHashMap<>();
    private final List<ServiceReference<ModelLoader>> loaders = new ArrayList<>();
    private final Map<ServiceReference<ModelLoader>, ModelLoader> loaderServices = new HashMap<>();
    // read from any thread
    private final Map<String, PluginProblem> problems = new ConcurrentHashMap<>();

    /** Starts tracking active bundles. */
    @Activate
    public ModelBundleExtenderComponent(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(HEADER);
                if (header == null) {
                    return null;
                }
                inOrder(() -> bundleStarted(bundle, paths(header)));
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle tracked) {
                // ACTIVE here means the tracker is closing (this extender stops), not the bundle
                boolean bundleStopping = bundle.getState() != Bundle.ACTIVE;
                inOrder(() -> bundleStopped(bundle, bundleStopping));
            }
        });
        tracker.open();
    }

    /** Withdraws every model it registered. */
    @Deactivate
    public void deactivate() {
        tracker.close();
        worker.execute(() -> {
            for (ServiceReference<ModelLoader> ref : loaderServices.keySet()) {
                ungetQuietly(ref);
            }
            loaderServices.clear();
        });
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A model loader arrived: load the models that waited for its id. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeLoader")
    void addLoader(ServiceReference<ModelLoader> ref) {
        inOrder(() -> {
            String id = String.valueOf(ref.getProperty(PluginProperties.ID));
            loaders.add(ref);
            forEachFile(f -> f.loader == null && id.equals(f.trainer), this::load);
        });
    }

    /** A model loader left: withdraw its models, and reload them with another loader of the same id if there is one. */
    void removeLoader(ServiceReference<ModelLoader> ref) {
        inOrder(() -> {
            loaders.remove(ref);
            forEachFile(f -> ref.equals(f.loader), f -> {
                withdraw(f);
                load(f);
            });
            ungetQuietly(ref);
            loaderServices.remove(ref);
        });
    }

    /** @return whether no bundle, model file or loader event waits to be handled or is being handled */
    public boolean idle() {
        return queued.get() == 0;
    }

    /** Runs {@code task} on the worker thread after the tasks queued before it. */
    private void inOrder(Runnable task) {
        queued.incrementAndGet();
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("model-bundle extender: {}", e.toString(), e);
                } finally {
                    queued.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            queued.decrementAndGet();
        }
    }

    /** @return model files that could not be loaded or wait for their loader, one per file */
    public List<PluginProblem> problems() {
        return List.copyOf(problems.values());
    }

    /** @return the paths listed in a {@value #HEADER} header value */
    static List<String> paths(String header) {
        List<String> paths = new ArrayList<>();
        for (String part : header.split(",")) {
            String path = part.trim();
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            if (!path.isEmpty() && !paths.contains(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    private void bundleStarted(Bundle bundle, List<String> paths) {
        List<ModelFile> list = new ArrayList<>();
        for (String path : paths) {
            list.add(new ModelFile(bundle, path));
        }
        files.put(bundle.getBundleId(), list);
        if (list.isEmpty()) {
            problem(new ModelFile(bundle, ""), "its " + HEADER + " header names no model file");
        }
        list.forEach(this::load);
    }

    private void bundleStopped(Bundle bundle, boolean bundleStopping) {
        List<ModelFile> list = files.remove(bundle.getBundleId());
        if (list != null) {
            // A stopping bundle's models are registered under its own context, so the framework unregisters them as
            // part of the stop. Unregistering them here too, on this thread, races the stop: when it lands while the
            // bundle is being uninstalled, Felix fails to deliver the UNREGISTERING event (its revision is gone) and
            // listeners keep a dead service.
            list.forEach(bundleStopping ? ModelBundleExtenderComponent::forget : this::withdraw);
        }
        problems.keySet().removeIf(key -> key.startsWith(bundle.getBundleId() + ":"));
    }

    /**
     * Reads the file's metadata, finds its loader, loads (both through the platform's one {@link ModelFiles}) and
     * registers the model; records a problem otherwise.
     */
    private void load(ModelFile f) {
        problems.remove(f.key());
        URL entry = f.bundle.getEntry(f.path);
        if (entry == null) {
            problem(f, "no such file in the bundle (listed in its " + HEADER + " header)");
            return;
        }
        ModelSource source = entry::openStream;
        try {
            ModelMetadata metadata = ModelFiles.readMetadata(f.path, source);
            f.trainer = metadata.trainer();
            List<ServiceReference<?>> refs = PluginQueries.matching(loaders, PluginQuery.of(PluginKind.MODEL_LOADER, metadata.trainer()));
            if (refs.isEmpty()) {
                problem(f, "waiting for the model loader '" + metadata.trainer() + "' (no such service yet)");
                return;
            }
            @SuppressWarnings("unchecked")
            ServiceReference<ModelLoader> ref = (ServiceReference<ModelLoader>) refs.get(0);
            ModelLoader loader = loaderServices.computeIfAbsent(ref, context::getService);
            if (loader == null) {
                problem(f, "the model loader '" + metadata.trainer() + "' is not available");
                return;
            }
            SavableModel model = ModelFiles.load(f.path, source, SavableModel.class, trainer -> loader);
            register(f, ref, metadata, model);
        } catch (ModelFileException e) {
            problem(f, e.reason());
        } catch (IOException e) {
            problem(f, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            problem(f, "its loader failed: " + e);
        }
    }

    private void register(ModelFile f, ServiceReference<ModelLoader> loader, ModelMetadata metadata, SavableModel model)
            throws IOException {
        BundleContext owner = f.bundle.getBundleContext();
        if (owner == null) {
            return; // stopped meanwhile; its stop event follows
        }
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(PluginProperties.ID, metadata.id());
        Map<String, String> card = metadata.card();
        props.put(PluginProperties.NAME, card.getOrDefault(ModelMetadata.CARD_NAME, metadata.id()));
        props.put(PluginProperties.DESCRIPTION, card.getOrDefault(ModelMetadata.CARD_DESCRIPTION,
                metadata.trainer() + " model from " + f.bundle.getSymbolicName() + "/" + f.path));
        if (card.containsKey(ModelMetadata.CARD_LICENCE)) {
            props.put(PluginProperties.MODEL_LICENCE, card.get(ModelMetadata.CARD_LICENCE));
        }
        if (card.containsKey(ModelMetadata.CARD_DATA)) {
            props.put(PluginProperties.MODEL_DATA, card.get(ModelMetadata.CARD_DATA));
        }
        props.put(PluginProperties.TRAINER, metadata.trainer());
        props.put(PluginProperties.MODEL_BUNDLE, f.bundle.getSymbolicName());
        props.put(PluginProperties.MODEL_FILE, f.path);
        List<String> classes = new ArrayList<>();
        if (ModelMetadata.PREDICTOR.equals(metadata.kind()) && model instanceof TrainedPredictor p) {
            classes.add(PropertyPredictor.class.getName());
            if (p instanceof DifferentiablePredictor) {
                classes.add(DifferentiablePredictor.class.getName());
            }
            props.put(PredictorInfo.TARGET, metadata.target());
            props.put(PredictorInfo.UNIT, metadata.unit());
            props.put(PluginProperties.FEATURIZERS, metadata.featurizers().toArray(String[]::new));
        } else if (ModelMetadata.GENERATOR.equals(metadata.kind()) && model instanceof TrainedGenerator g) {
            classes.add(GenerativeModel.class.getName());
            if (g instanceof LatentSpaceGenerator) {
                classes.add(LatentSpaceGenerator.class.getName());
            }
            props.put(GeneratorInfo.CONDITIONAL, g.conditional());
            if (!metadata.target().isEmpty()) {
                props.put(GeneratorInfo.TARGETS, new String[] {metadata.target()});
            }
        } else {
            throw new IOException("model file says it is a " + metadata.kind() + " but its loader '" + metadata.trainer()
                    + "' returned a " + model.getClass().getSimpleName());
        }
        try {
            f.registration = owner.registerService(classes.toArray(String[]::new), model, props);
            f.loader = loader;
            log.info("model bundle {} {}: registered {} '{}' ({})", f.bundle.getSymbolicName(), f.path, metadata.kind(),
                    metadata.id(), metadata.trainer());
        } catch (IllegalStateException stoppedMeanwhile) {
            // its stop event follows
        }
    }

    private static void forget(ModelFile f) {
        f.registration = null;
        f.loader = null;
    }

    private void withdraw(ModelFile f) {
        if (f.registration != null) {
            try {
                f.registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework withdraws a stopped bundle's services itself
            }
        }
        forget(f);
    }

    private void problem(ModelFile f, String message) {
        String where = f.path.isEmpty() ? HEADER : f.path;
        PluginProblem p = new PluginProblem(String.valueOf(f.bundle.getSymbolicName()), f.bundle.getVersion().toString(),
                where, "model file " + where + ": " + message);
        problems.put(f.key(), p);
        if (message.startsWith("waiting")) {
            log.info("model bundle {} {}: {}", p.bundle(), where, message);
        } else {
            log.error("model bundle {} {}: {}", p.bundle(), where, message);
        }
    }

    private void forEachFile(java.util.function.Predicate<ModelFile> filter, java.util.function.Consumer<ModelFile> action) {
        Collection<List<ModelFile>> all = new ArrayList<>(files.values());
        for (List<ModelFile> list : all) {
            for (ModelFile f : list) {
                if (filter.test(f)) {
                    action.accept(f);
                }
            }
        }
    }

    private void ungetQuietly(ServiceReference<ModelLoader> ref) {
        try {
            context.ungetService(ref);
        } catch (RuntimeException e) {
            // our context or the service is already gone (Felix may throw a NullPointerException while it stops)
        }
    }

    /** One listed file of one model bundle, and what became of it. */
    private static final class ModelFile {
        final Bundle bundle;
        final String path;
        String trainer;
        ServiceReference<ModelLoader> loader;
        ServiceRegistration<?> registration;

        ModelFile(Bundle bundle, String path) {
            this.bundle = bundle;
            this.path = path;
        }

        String key() {
            return bundle.getBundleId() + ":" + path;
        }
    }
}
