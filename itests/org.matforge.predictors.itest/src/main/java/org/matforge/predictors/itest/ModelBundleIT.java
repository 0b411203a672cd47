package org.matforge.predictors.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.itest.support.ModelBundles;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.PredictorTrainer;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.predictor.PredictorInfo;
import org.matforge.spi.predictor.PropertyPredictor;
import org.matforge.spi.task.TaskContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogReaderService;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * DL4J in Felix: the mlp-ensemble trainer trains on real expt_gap rows; the saved model, shipped in a model bundle
 * built here (manifest header and file, no code), is registered by the core's extender as a PropertyPredictor that
 * predicts bit-identically; it goes when its bundle stops or its loader leaves, and comes back with them. A corrupt
 * model bundle is reported, and nothing stops.
 */
class ModelBundleIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String VENDOR = "org.matforge.itest.gap.models";

    @InjectBundleContext
    BundleContext context;

    @InjectService(filter = "(" + PluginProperties.ID + "=mlp-ensemble)", timeout = 60_000)
    PredictorTrainer trainer;

    @InjectService(filter = "(" + PluginProperties.ID + "=magpie)", timeout = 30_000)
    Featurizer magpie;

    @InjectService
    LogReaderService logs;

    @InjectService(timeout = 30_000)
    org.matforge.api.plugin.PluginRegistry registry;

    @Test
    void aSavedModelShippedAsAModelBundlePredictsIdenticallyAndGoesWithItsBundle() throws Exception {
        List<String[]> rows = ExptGap.sample(600, 3);
        ExptGap train = ExptGap.featurize(rows.subList(0, 500), magpie);
        ExptGap test = ExptGap.featurize(rows.subList(500, 600), magpie);
        PredictionTask task = new PredictionTask("itest-gap", "band_gap", "eV", false, List.of("magpie"), Map.of("magpie", "1"));
        TrainedPredictor trained = trainer.train(train.features(), train.targets(), task,
                Parameters.of(Map.of("members", 2, "epochs", 8, "patience", 3, "layers", "32")), TaskContext.unobserved());
        Prediction[] expected = trained.predict(test.features(), TaskContext.unobserved());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        trained.save(file);

        ServiceTracker<PropertyPredictor, PropertyPredictor> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + PropertyPredictor.class.getName() + ")(" + PluginProperties.MODEL_BUNDLE + "=" + VENDOR + "))"), null);
        tracker.open();
        Bundle vendor = context.installBundle("itest:" + VENDOR, ModelBundles.jar(VENDOR, "models/gap.mfm",
                Map.of("models/gap.mfm", file.toByteArray())));
        try {
            assertTrue(tracker.isEmpty(), "nothing is registered before the model bundle starts");
            vendor.start();
            Duration appeared = Waiting.until(registry::settled, LIMIT, "registry settled after the model bundle started");
            assertFalse(tracker.isEmpty(), "once the registry has settled, the model is registered");
            System.out.println("ModelBundleIT: model service appeared " + appeared.toMillis() + " ms after the bundle started");

            ServiceReference<PropertyPredictor> ref = tracker.getServiceReference();
            assertEquals("itest-gap", ref.getProperty(PluginProperties.ID));
            assertEquals("band_gap", ref.getProperty(PredictorInfo.TARGET));
            assertEquals("eV", ref.getProperty(PredictorInfo.UNIT));
            assertArrayEquals(new String[] {"magpie"}, (String[]) ref.getProperty(PluginProperties.FEATURIZERS));
            assertEquals(vendor, ref.getBundle(), "registered under the model bundle's own context");
            PropertyPredictor shipped = tracker.getService();
            assertNotSame(trained, shipped);
            assertArrayEquals(expected, shipped.predict(test.features(), TaskContext.unobserved()),
                    "the shipped model predicts bit-identically");

            vendor.stop();
            Waiting.until(tracker::isEmpty, LIMIT, "model withdrawn when its bundle stops");
            vendor.start();
            Waiting.until(() -> !tracker.isEmpty(), LIMIT, "model back when its bundle starts again");

            Bundle predictors = bundle("org.matforge.predictors");
            predictors.stop();
            Waiting.until(tracker::isEmpty, LIMIT, "model withdrawn when its loader leaves");
            predictors.start();
            Waiting.until(() -> !tracker.isEmpty(), LIMIT, "model registered when its loader appears again");
            assertArrayEquals(expected, tracker.getService().predict(test.features(), TaskContext.unobserved()));

            Bundle core = bundle("org.matforge.core");
            core.stop();
            Waiting.until(tracker::isEmpty, LIMIT, "model withdrawn when the extender stops, its bundle still active");
            core.start();
            Waiting.until(() -> !tracker.isEmpty(), LIMIT, "model registered again when the extender starts");

            vendor.uninstall();
            Waiting.until(tracker::isEmpty, LIMIT, "model withdrawn when its bundle is uninstalled");
        } finally {
            tracker.close();
            if (vendor.getState() != Bundle.UNINSTALLED) {
                vendor.uninstall();
            }
        }
    }

    @Test
    void aCorruptModelBundleIsReportedAndNothingStops() throws Exception {
        ExptGap tiny = ExptGap.featurize(ExptGap.sample(60, 4), magpie);
        TrainedPredictor model = trainer.train(tiny.features(), tiny.targets(), new PredictionTask("tiny", "band_gap", "eV",
                false, List.of("magpie"), Map.of()), Parameters.of(Map.of("members", 1, "epochs", 1, "layers", "8")),
                TaskContext.unobserved());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        model.save(file);
        byte[] truncated = Arrays.copyOf(file.toByteArray(), file.size() / 2);
        String name = "org.matforge.itest.broken.models";
        Bundle broken = context.installBundle("itest:" + name, ModelBundles.jar(name,
                "models/truncated.mfm, models/table.mfm, models/absent.mfm",
                Map.of("models/truncated.mfm", truncated, "models/table.mfm", "formula,target\nNaCl,8.5\n".getBytes())));
        try {
            broken.start();
            Waiting.until(registry::settled, LIMIT, "registry settled after the broken model bundle started");
            assertEquals(3, registry.problems().stream().filter(p -> p.toString().contains(name)).count(),
                    () -> "once settled, each file is a problem: " + registry.problems());
            for (String path : List.of("models/truncated.mfm", "models/table.mfm", "models/absent.mfm")) {
                Waiting.until(() -> logged(name + " " + path + ":"), LIMIT, "a log line naming " + name + " and " + path);
            }
            System.out.println("ModelBundleIT: " + String.join("\n  ", logLines(name)));
            assertTrue(logLines(name + " models/truncated.mfm: model file is").stream().anyMatch(l -> l.contains("truncated")),
                    () -> String.join("\n", logLines(name)));
            assertTrue(logged(name + " models/table.mfm: not a MatForge model file"), () -> String.join("\n", logLines(name)));
            assertTrue(logged(name + " models/absent.mfm: no such file in the bundle"), () -> String.join("\n", logLines(name)));
            assertEquals(3, registry.problems().stream().filter(p -> p.toString().contains(name)).count(),
                    () -> "registry problems: " + registry.problems());
            assertEquals(Bundle.ACTIVE, broken.getState(), "the model bundle itself keeps running");
            assertEquals(Bundle.ACTIVE, context.getBundle(0).getState(), "the framework keeps running");
            assertTrue(context.getServiceReferences(PropertyPredictor.class, "(" + PluginProperties.MODEL_BUNDLE + "=" + name + ")").isEmpty());
            assertTrue(context.getServiceReferences(PredictorTrainer.class, "(" + PluginProperties.ID + "=mlp-ensemble)").size() == 1,
                    "the trainer is still there");
        } finally {
            broken.uninstall();
        }
        Waiting.until(() -> registry.problems().stream().noneMatch(p -> p.toString().contains(name)), LIMIT,
                "the problems go with the uninstalled bundle");
    }

    private boolean logged(String text) {
        return logLines("").stream().anyMatch(line -> line.contains(text));
    }

    private List<String> logLines(String containing) {
        return Collections.list(logs.getLog()).stream().map(LogEntry::getMessage).filter(m -> m != null && m.contains(containing))
                .toList();
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }
}
