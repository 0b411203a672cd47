package org.matforge.orchestrator.internal.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.Workflow;
import org.matforge.spi.backend.BackendDescription;
import org.matforge.spi.model.ModelMetadata;

/**
 * The run's provenance, {@code run.json}: the workflow and its SHA-256, the orchestrator's configuration, the
 * runtime and compute backends, and per step its seed, timing, every plug-in used (bundle, version, service
 * properties), data fingerprints and model metadata. Rewritten atomically after every step, so a failed or
 * interrupted run keeps the record of what it did.
 */
public final class Provenance {
    /** File name in the run folder. */
    public static final String FILE = "run.json";

    private final JsonObject root = new JsonObject();
    private final JsonArray steps = new JsonArray();
    private final Path file;

    /**
     * @param configuration the orchestrator's settings, as recorded
     */
    Provenance(String runId, Workflow workflow, Map<String, Object> configuration, List<BackendDescription> backends, Path directory) {
        this.file = directory.resolve(FILE);
        root.addProperty("run", runId);
        root.addProperty("workflow", workflow.name());
        root.addProperty("schema", workflow.schema());
        root.addProperty("workflowSha256", sha256(workflow.json()));
        root.addProperty("seed", workflow.seed());
        root.add("document", JsonParser.parseString(workflow.json()));
        JsonObject config = new JsonObject();
        configuration.forEach((k, v) -> config.addProperty(k, String.valueOf(v)));
        root.add("configuration", config);
        JsonObject runtime = new JsonObject();
        runtime.addProperty("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        runtime.addProperty("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        runtime.addProperty("processors", Runtime.getRuntime().availableProcessors());
        runtime.addProperty("maxMemoryBytes", Runtime.getRuntime().maxMemory());
        runtime.addProperty("pid", ProcessHandle.current().pid());
        root.add("runtime", runtime);
        JsonArray b = new JsonArray();
        for (BackendDescription d : backends) {
            JsonObject o = new JsonObject();
            o.addProperty("device", d.device());
            o.addProperty("deviceName", d.deviceName());
            o.addProperty("cores", d.cores());
            o.addProperty("blas", d.blasVendor());
            o.addProperty("memoryBytes", d.memoryBytes());
            o.addProperty("available", d.available());
            o.addProperty("status", d.status());
            b.add(o);
        }
        root.add("backends", b);
        root.add("steps", steps);
    }

    /** @return a new record for a step, part of the provenance from now on */
    JsonObject step(Step step, Instant started) {
        JsonObject o = new JsonObject();
        o.addProperty("name", step.name());
        o.addProperty("type", step.type().id());
        o.addProperty("seed", step.seed());
        o.addProperty("started", started.toString());
        JsonObject inputs = new JsonObject();
        step.inputs().forEach(inputs::addProperty);
        o.add("inputs", inputs);
        o.add("definition", step.json().deepCopy());
        steps.add(o);
        return o;
    }

    /** Records the end of the run. */
    void ended(String status, String message, Instant when) {
        root.addProperty("status", status);
        root.addProperty("message", message);
        root.addProperty("ended", when.toString());
    }

    /** Writes run.json atomically. */
    synchronized void write() throws IOException {
        AtomicFiles.write(file, new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeSpecialFloatingPointValues()
                .create().toJson(root) + "\n");
    }

    /** @return which plug-in served {@code path}: kind ({@code service} for a platform service), id, bundle, service id, {@code matforge.*} properties as text */
    public static JsonObject json(PluginDescriptor p, String path) {
        JsonObject o = new JsonObject();
        o.addProperty("path", path);
        o.addProperty("kind", p.kind() == null ? "service" : p.kind().id());
        o.addProperty("id", p.id());
        o.addProperty("bundle", p.bundle());
        o.addProperty("bundleVersion", p.bundleVersion());
        o.addProperty("serviceId", p.serviceId());
        JsonObject props = new JsonObject();
        new TreeMap<>(p.properties()).forEach((k, v) -> props.addProperty(k, v instanceof Object[] a ? String.join(",", Arrays.stream(a).map(String::valueOf).toList()) : String.valueOf(v)));
        o.add("properties", props);
        return o;
    }

    public static JsonObject json(ModelMetadata m) {
        JsonObject o = new JsonObject();
        o.addProperty("kind", m.kind());
        o.addProperty("trainer", m.trainer());
        o.addProperty("id", m.id());
        o.addProperty("target", m.target());
        o.addProperty("unit", m.unit());
        JsonArray f = new JsonArray();
        m.featurizers().forEach(f::add);
        o.add("featurizers", f);
        JsonObject fv = new JsonObject();
        m.featurizerVersions().forEach(fv::addProperty);
        o.add("featurizerVersions", fv);
        o.addProperty("trainingDataSha256", m.fingerprint());
        o.addProperty("seed", m.seed());
        JsonObject metrics = new JsonObject();
        m.metrics().forEach(metrics::addProperty);
        o.add("metrics", metrics);
        o.addProperty("formatVersion", m.formatVersion());
        return o;
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the SHA-256 of {@code bytes}, in lower-case hex */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
