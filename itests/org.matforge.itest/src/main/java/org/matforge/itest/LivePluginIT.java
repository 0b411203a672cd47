package org.matforge.itest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginProblem;
import org.matforge.api.plugin.PluginProperties;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.itest.support.Waiting;
import org.matforge.spi.featurizer.Featurizer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A plug-in jar dropped into the watched folder of a running framework is installed, its services appear in the
 * registry and work; deleting the jar withdraws them. Broken plug-ins are reported and the framework keeps running.
 */
class LivePluginIT {
    private static final Duration LIMIT = Duration.ofSeconds(15);
    private static final String ELEMENT_COUNT = "(&(objectClass=" + Featurizer.class.getName() + ")(" + PluginProperties.ID + "=element-count))";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    PluginRegistry registry;

    private Path dropped;

    @AfterEach
    void removeDroppedJar() throws Exception {
        if (dropped != null) {
            Files.deleteIfExists(dropped);
        }
    }

    @Test
    void droppedPluginAppearsWorksAndGoesAwayWhenDeleted() throws Exception {
        PluginDropFolder folder = new PluginDropFolder(context);
        ServiceTracker<Featurizer, Featurizer> tracker = new ServiceTracker<>(context, context.createFilter(ELEMENT_COUNT), null);
        tracker.open();
        try {
            assertTrue(tracker.isEmpty(), "the test plug-in must not be installed before the test");

            dropped = folder.dropTestPlugin("lab-plugin.jar");
            Duration appeared = Waiting.until(() -> !tracker.isEmpty(), LIMIT, "element-count featurizer registered");
            System.out.println("LivePluginIT: plug-in services appeared " + appeared.toMillis() + " ms after the jar was dropped");

            Featurizer featurizer = tracker.getService();
            double[] row = new double[2];
            featurizer.featurize(Composition.parse("Fe2O3"), row, 0);
            assertArrayEquals(new double[] {2, 5}, row);

            PluginDescriptor descriptor = registry.find(PluginKind.FEATURIZER, "element-count").orElseThrow();
            assertEquals("org.matforge.itest.plugin", descriptor.bundle());
            assertEquals("Element count", descriptor.name());
            // SCR registers the immediate component's service, then activates it: the failure may come a moment later
            Waiting.until(() -> registry.problems().stream().anyMatch(p -> p.component().endsWith("ExplodingFeaturizer")
                    && p.message().contains("element table missing")), LIMIT, "the exploding component's failure reported");
            assertTrue(registry.plugins(PluginKind.FEATURIZER).stream().noneMatch(p -> p.id().equals("exploding")),
                    "a component that failed to activate is not offered as a plug-in");

            Files.delete(dropped);
            Duration withdrawn = Waiting.until(tracker::isEmpty, LIMIT, "element-count featurizer withdrawn");
            System.out.println("LivePluginIT: plug-in services withdrawn " + withdrawn.toMillis() + " ms after the jar was deleted");
            assertTrue(registry.find(PluginKind.FEATURIZER, "element-count").isEmpty());
            // File Install stops the bundle (services go) and then uninstalls it: the second step may lag the first.
            Waiting.until(() -> bundle("org.matforge.itest.plugin") == null, LIMIT, "plug-in bundle uninstalled");
        } finally {
            tracker.close();
        }
    }

    @Test
    void unresolvableBundleIsReportedWithWhatItMissesAndTheFrameworkKeepsRunning() throws Exception {
        PluginDropFolder folder = new PluginDropFolder(context);
        dropped = folder.dropUnresolvableBundle("lab.broken.plugin", "org.example.nowhere");

        Waiting.until(() -> bundle("lab.broken.plugin") != null, LIMIT, "broken bundle installed");
        List<PluginProblem> problems = registry.problems();
        PluginProblem problem = problems.stream().filter(p -> p.bundle().equals("lab.broken.plugin")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for lab.broken.plugin: " + problems));
        assertTrue(problem.message().contains("org.example.nowhere"), problem.message());
        assertEquals(Bundle.INSTALLED, bundle("lab.broken.plugin").getState());
        assertEquals(Bundle.ACTIVE, context.getBundle(0).getState());
        assertEquals(Bundle.ACTIVE, FrameworkUtil.getBundle(PluginRegistry.class).getState());

        Files.delete(dropped);
        Waiting.until(() -> bundle("lab.broken.plugin") == null, LIMIT, "broken bundle uninstalled");
        assertFalse(registry.problems().stream().anyMatch(p -> p.bundle().equals("lab.broken.plugin")));
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }
}
