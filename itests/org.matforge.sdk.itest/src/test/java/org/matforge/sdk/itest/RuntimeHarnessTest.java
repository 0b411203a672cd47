package org.matforge.sdk.itest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.testkit.osgi.MatForgeRuntime;
import org.matforge.testkit.osgi.RegistryView;
import org.opentest4j.AssertionFailedError;

/**
 * The runtime harness on a bundle with one good and one broken featurizer (the itests' test plug-in: its
 * {@code exploding} component throws on activation): the registry lists the good one with a well-formed descriptor,
 * and {@code assertRegistered} fails because the bundle has a problem — the harness does not pass a broken plug-in.
 */
class RuntimeHarnessTest {
    private static final Path PLUGIN = Checkout.ROOT.resolve("itests/org.matforge.itest.plugin/target/org.matforge.itest.plugin-0.1.0-SNAPSHOT.jar");

    @Test
    void aBundleWithAFailingComponentIsReported() throws Exception {
        assertTrue(Files.isRegularFile(PLUGIN), "built before this module: " + PLUGIN);
        MatForgeRuntime runtime = MatForgeRuntime.of(Checkout.RUNTIME_JAR, PLUGIN);
        runtime.beforeAll(null);
        try {
            RegistryView registry = runtime.registry();
            List<PluginDescriptor> counts = registry.plugins().stream()
                    .filter(p -> p.kind() == PluginKind.FEATURIZER && p.id().equals("element-count")).toList();
            assertEquals(1, counts.size(), "element-count is registered: " + registry.plugins());
            assertEquals(List.of(), RegistryView.wellFormed(counts.get(0)), counts.get(0).describe());
            assertEquals("org.matforge.itest.plugin", counts.get(0).bundle());
            assertTrue(registry.plugins().stream().anyMatch(p -> p.id().equals("magpie") && RegistryView.wellFormed(p).isEmpty()),
                    "the platform's own featurizers are listed and well-formed");

            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    () -> runtime.assertRegistered(PluginKind.FEATURIZER, "element-count"));
            assertTrue(e.getMessage().contains("problems for org.matforge.itest.plugin") && e.getMessage().contains("Exploding"),
                    e.getMessage());
        } finally {
            runtime.afterAll(null);
        }
    }

    /**
     * {@code configure} reaches Config Admin as the guide says: a {@code conf/<pid>.cfg} pointing the platform's
     * {@code matbench} source at a lab folder (downloads off) makes the next workflow read the set from there.
     */
    @Test
    void aConfigurationInConfReachesTheComponent() throws Exception {
        MatForgeRuntime runtime = MatForgeRuntime.of(Checkout.RUNTIME_JAR, PLUGIN);
        runtime.beforeAll(null);
        try {
            Path folder = Files.createDirectories(runtime.home().resolve("lab-data"));
            List<String> rows = Files.readAllLines(Path.of(System.getProperty("matforge.shared.data"), "matbench", "expt_gap.csv"));
            Files.write(folder.resolve("expt_gap.csv"), rows.subList(0, 41), StandardCharsets.UTF_8);
            runtime.configure("org.matforge.datasources.matbench", Map.of("folder", folder, "download", false));
            Path run = runtime.assertWorkflowSucceeds("""
                    {"schema": 1, "name": "configured-source", "steps": [
                      {"name": "data", "type": "load", "source": "matbench", "parameters": {"dataset": "expt_gap"}},
                      {"name": "features", "type": "featurize", "input": "data", "featurizers": ["element-count"]}
                    ]}
                    """);
            String log = Files.readString(run.resolve("run.log"));
            assertTrue(log.contains("reading " + folder.resolve("expt_gap.csv")), "the configured folder was read:\n" + log);
        } finally {
            runtime.afterAll(null);
        }
    }
}
