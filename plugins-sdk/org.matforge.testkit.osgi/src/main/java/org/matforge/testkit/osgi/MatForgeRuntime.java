package org.matforge.testkit.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginKind;
import org.matforge.testkit.osgi.probe.DescribeActivator;

/**
 * JUnit 5 extension that runs a plug-in bundle in the real MatForge runtime: the exported runtime jar (Felix, the
 * platform's bundles, FileInstall), started as {@code ./matforge} starts it — one JVM per command, in a MatForge home
 * of its own whose {@code plugins/} holds the bundle under test. Register it in an integration test that runs after
 * {@code package}:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final MatForgeRuntime RUNTIME = MatForgeRuntime.fromSystemProperties();
 *
 * &#64;Test
 * void registers() { RUNTIME.assertRegistered(PluginKind.FEATURIZER, "element-count"); }
 *
 * &#64;Test
 * void aWorkflowUsesIt() { RUNTIME.assertWorkflowSucceeds(MatForgeRuntime.featurizerWorkflow("element-count")); }
 * </pre>
 *
 * {@link #fromSystemProperties()} reads {@value #RUNTIME_JAR} (the runtime, {@code runtime/target/matforge.jar} or the
 * {@code org.matforge:runtime:<version>:jar:matforge} artifact) and {@value #PLUGIN_JAR} (the bundle under test).
 * Nothing keeps running between commands, and the home is deleted after the test class.
 */
public final class MatForgeRuntime implements BeforeAllCallback, AfterAllCallback {
    /** System property: path of the exported runtime jar. */
    public static final String RUNTIME_JAR = "matforge.runtime.jar";
    /** System property: path of the plug-in bundle under test. */
    public static final String PLUGIN_JAR = "matforge.plugin.jar";
    /** System property: extra JVM options for the runtime (space-separated), e.g. {@code -Xmx4g}. */
    public static final String JAVA_OPTS = "matforge.runtime.javaOpts";
    private static final long COMMAND_MINUTES = 5;

    private final Path runtimeJar;
    private final Path pluginJar;
    private Path home;
    private String pluginBundle;

    private MatForgeRuntime(Path runtimeJar, Path pluginJar) {
        this.runtimeJar = runtimeJar.toAbsolutePath();
        this.pluginJar = pluginJar.toAbsolutePath();
    }

    /** @return a harness for the runtime jar and plug-in bundle given */
    public static MatForgeRuntime of(Path runtimeJar, Path pluginJar) {
        return new MatForgeRuntime(runtimeJar, pluginJar);
    }

    /** @return a harness for the jars named by the system properties {@value #RUNTIME_JAR} and {@value #PLUGIN_JAR} */
    public static MatForgeRuntime fromSystemProperties() {
        return of(Path.of(required(RUNTIME_JAR)), Path.of(required(PLUGIN_JAR)));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set: configure it for the tests that use "
                    + MatForgeRuntime.class.getSimpleName() + " (see docs/plugin-guide.md)");
        }
        return value;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isRegularFile(runtimeJar)) {
            throw new IllegalStateException("no MatForge runtime at " + runtimeJar + " (" + RUNTIME_JAR + ")");
        }
        if (!Files.isRegularFile(pluginJar)) {
            throw new IllegalStateException("no plug-in bundle at " + pluginJar + " (" + PLUGIN_JAR
                    + "): run the harness after package, e.g. as an *IT test in the integration-test phase");
        }
        pluginBundle = symbolicName(pluginJar);
        home = Files.createTempDirectory("matforge-harness");
        Files.createDirectories(home.resolve("plugins"));
        Files.createDirectories(home.resolve("conf"));
        Files.copy(pluginJar, home.resolve("plugins").resolve(pluginJar.getFileName()));
        Files.write(home.resolve("plugins/matforge-harness-probe.jar"), ProbeBundle.bytes());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (home != null) {
            try (Stream<Path> files = Files.walk(home)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** @return the MatForge home of this test class: {@code plugins/}, {@code conf/}, {@code runs/} */
    public Path home() {
        return home;
    }

    /** @return the symbolic name of the bundle under test */
    public String pluginBundle() {
        return pluginBundle;
    }

    /**
     * Writes a Config Admin configuration into {@code conf/<pid>.cfg}, as an operator would; the next command sees it.
     */
    public Path configure(String pid, Map<String, ?> properties) throws IOException {
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
        return Files.writeString(home.resolve("conf").resolve(pid + ".cfg"), text.toString(), StandardCharsets.UTF_8);
    }

    /** @return what the runtime's {@code PluginRegistry} lists: plug-ins with their properties, and problems */
    public RegistryView registry() throws IOException, InterruptedException {
        Path out = home.resolve("registry.txt");
        Files.deleteIfExists(out);
        CommandResult r = command(DescribeActivator.SCOPE + ":" + DescribeActivator.FUNCTION, out.toString());
        assertEquals(0, r.status(), "the registry probe failed: " + r);
        return RegistryView.read(out);
    }

    /**
     * Checks that the bundle under test registers the plug-in {@code kind}/{@code id} and that the registry reports no
     * problem for the bundle; the descriptor must be well-formed (see {@link RegistryView#wellFormed}).
     *
     * @return the plug-in's descriptor
     */
    public PluginDescriptor assertRegistered(PluginKind kind, String id) throws IOException, InterruptedException {
        RegistryView registry = registry();
        List<String> problems = registry.problemsOf(pluginBundle);
        assertTrue(problems.isEmpty(), "the registry reports problems for " + pluginBundle + ": " + problems);
        List<PluginDescriptor> mine = registry.plugins().stream()
                .filter(p -> p.kind() == kind && p.id().equals(id) && p.bundle().equals(pluginBundle)).toList();
        if (mine.size() != 1) {
            fail("expected one " + kind.id() + " '" + id + "' from " + pluginBundle + ", found " + mine.size()
                    + "; the bundle registers " + registry.plugins().stream().filter(p -> p.bundle().equals(pluginBundle))
                            .map(PluginDescriptor::describe).toList());
        }
        List<String> malformed = RegistryView.wellFormed(mine.get(0));
        assertTrue(malformed.isEmpty(), mine.get(0).describe() + ": " + malformed);
        return mine.get(0);
    }

    /** Runs one command as {@code ./matforge <args>} does, in a fresh runtime process, and waits for it. */
    public CommandResult command(String... args) throws IOException, InterruptedException {
        Path cache = Files.createTempDirectory(home, "felix-cache");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String opts = System.getProperty(JAVA_OPTS, "");
        if (!opts.isBlank()) {
            command.addAll(List.of(opts.trim().split("\\s+")));
        }
        // the properties ./matforge sets for a one-shot command
        command.addAll(List.of("-Dorg.osgi.framework.storage=" + cache, "-Dfelix.fileinstall.dir=" + home.resolve("plugins") + ","
                + home.resolve("conf"), "-Dmatforge.home=" + home, "-Dgosh.args=--nointeractive", "-Dmatforge.log.level=warn",
                "-Djava.util.logging.SimpleFormatter.format=%4$s %3$s: %5$s%n", "-jar", runtimeJar.toString()));
        command.addAll(List.of(args));
        Path stdout = home.resolve("stdout.txt");
        Path stderr = home.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        pb.environment().putIfAbsent("OMP_NUM_THREADS", "1");
        Process p = pb.start();
        try {
            if (!p.waitFor(COMMAND_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                fail("matforge " + String.join(" ", args) + " did not end within " + COMMAND_MINUTES + " minutes");
            }
        } finally {
            p.destroyForcibly();
        }
        return new CommandResult(String.join(" ", args), p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /**
     * Runs a workflow ({@code ./matforge run}) and checks that it succeeds and that its provenance names the bundle
     * under test among the plug-ins it used.
     *
     * @return the run's folder ({@code runs/<run id>}: {@code run.json}, {@code run.log}, artefacts)
     */
    public Path assertWorkflowSucceeds(String workflowJson) throws IOException, InterruptedException {
        Path workflow = Files.createTempFile(home, "workflow", ".json");
        Files.writeString(workflow, workflowJson, StandardCharsets.UTF_8);
        List<Path> before = runs();
        CommandResult r = command("run", workflow.toString());
        assertEquals(0, r.status(), "the workflow failed: " + r);
        List<Path> created = new ArrayList<>(runs());
        created.removeAll(before);
        assertEquals(1, created.size(), "one new run folder in " + home.resolve("runs") + ": " + created);
        Path run = created.get(0);
        String provenance = Files.readString(run.resolve("run.json"), StandardCharsets.UTF_8);
        assertTrue(provenance.contains("\"" + pluginBundle + "\""),
                "run.json does not name " + pluginBundle + " among the plug-ins the workflow used");
        return run;
    }

    private List<Path> runs() throws IOException {
        Path runs = home.resolve("runs");
        if (!Files.isDirectory(runs)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(runs)) {
            return list.toList();
        }
    }

    /**
     * @return a small workflow that uses a featurizer: the expt-gap data bundle's 4,604 experimental band gaps, cleaned, featurized
     *         with {@code featurizerId} alone, and a tiny {@code mlp-ensemble} trained on the features (seconds on one core)
     */
    public static String featurizerWorkflow(String featurizerId) {
        return """
                {"schema": 1, "name": "harness-featurizer", "seed": 7, "steps": [
                  {"name": "data", "type": "load", "source": "builtin", "parameters": {"dataset": "expt-gap"}},
                  {"name": "clean", "type": "clean", "input": "data", "targets": ["band_gap"]},
                  {"name": "features", "type": "featurize", "input": "clean", "featurizers": ["%s"]},
                  {"name": "gap", "type": "train-predictor", "input": "features", "trainer": "mlp-ensemble",
                   "target": "band_gap", "unit": "eV", "parameters": {"members": 2, "epochs": 3, "layers": "8"}}
                ]}
                """.formatted(featurizerId);
    }

    private static String symbolicName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String bsn = file.getManifest() == null ? null : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null) {
                throw new IllegalStateException(jar + " is not a bundle: its manifest has no Bundle-SymbolicName");
            }
            return bsn.split(";")[0].trim();
        }
    }

    /** What one command printed and its exit status (0 ok, 1 failed, 2 unknown command). */
    public record CommandResult(String command, int status, String out, String err) {
        @Override
        public String toString() {
            return "matforge " + command + " → " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
