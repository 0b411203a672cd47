package org.matforge.orchestrator.internal.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.plugin.PluginDescriptor;
import org.matforge.api.plugin.PluginLease;
import org.matforge.orchestrator.internal.engine.artefacts.Artefact;
import org.matforge.orchestrator.internal.engine.artefacts.Artefacts;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.orchestrator.internal.workflow.WorkflowParser;
import org.matforge.spi.task.TaskContext;

/** What a step sees while it runs: its definition, earlier artefacts, plug-ins, progress, log and cancellation. */
public final class StepEnv implements TaskContext {
    private final RunExecution run;
    private final Step step;
    private final Artefacts artefacts;
    private final JsonObject record;
    private volatile double from;
    private volatile double to = 1;

    StepEnv(RunExecution run, Step step, Artefacts artefacts, JsonObject record) {
        this.run = run;
        this.step = step;
        this.artefacts = artefacts;
        this.record = record;
    }

    public Step step() {
        return step;
    }

    /** @return the provenance record of this step, to add facts to */
    public JsonObject record() {
        return record;
    }

    public Path directory() {
        return run.directory();
    }

    /** @return the artefact of the earlier step the step's {@code field} names (validation checked its type) */
    public <T extends Artefact> T input(String field, Class<T> type) throws StepException {
        return artefacts.get(step.input(field), type);
    }

    /** @return every artefact of a type so far, in step order */
    public <T extends Artefact> List<T> all(Class<T> type) {
        return artefacts.all(type);
    }

    /** @return the plug-in service, held until the run ends; its provenance goes into this step's record */
    public <T> T plugin(PluginRef ref, Class<T> type) throws StepException, InterruptedException {
        PluginLease<T> lease = run.lease(ref, type);
        JsonArray plugins = record.has("plugins") ? record.getAsJsonArray("plugins") : new JsonArray();
        plugins.add(Provenance.json(lease.descriptor(), ref.path()));
        record.add("plugins", plugins);
        return lease.service();
    }

    /** @return a platform service (not a plug-in kind), held until the run ends; its provenance goes into this step's record */
    public <T> T service(Class<T> type, String field) throws StepException, InterruptedException {
        String path = step.path() + "." + field;
        PluginLease<T> lease = run.leaseService(type, path);
        JsonArray plugins = record.has("plugins") ? record.getAsJsonArray("plugins") : new JsonArray();
        plugins.add(Provenance.json(lease.descriptor(), path));
        record.add("plugins", plugins);
        return lease.service();
    }

    /** @return the plug-ins leased so far, one line each */
    public List<String> pluginsUsed() {
        return run.pluginsUsed();
    }

    /** @return the descriptor of the plug-in leased for {@code ref} */
    public PluginDescriptor provenance(PluginRef ref) {
        return run.provenance(ref);
    }

    /**
     * @return the plug-in options of a JSON object (numbers, texts, booleans, lists, maps), with {@code $formulas}
     *         references replaced by the formulas of that table, and the step's seed as {@code seed} when asked
     */
    public Parameters parameters(JsonObject json, String rel, boolean addSeed) throws StepException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : json.entrySet()) {
            Object v = value(e.getValue(), rel + "." + e.getKey());
            if (v != null) {
                values.put(e.getKey(), v);
            }
        }
        if (addSeed && !values.containsKey("seed")) {
            values.put("seed", step.seed());
        }
        return Parameters.of(values);
    }

    private Object value(JsonElement e, String rel) throws StepException {
        if (e == null || e.isJsonNull()) {
            return null;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isNumber()) {
                BigDecimal d = p.getAsBigDecimal();
                return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                        ? (Object) d.longValueExact() : (Object) d.doubleValue();
            }
            return p.getAsString();
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                list.add(value(a.get(i), rel + "[" + i + "]"));
            }
            return list;
        }
        JsonObject o = e.getAsJsonObject();
        if (o.has(WorkflowParser.FORMULAS)) {
            String table = step.inputs().get(rel.startsWith(".") ? rel.substring(1) : rel);
            if (table == null) {
                throw new StepException("no table for the formulas reference at " + step.path() + rel);
            }
            Dataset d = artefacts.get(table, Dataset.class);
            return d.requireCompositions().stream().map(Composition::reducedFormula).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> m : o.entrySet()) {
            map.put(m.getKey(), value(m.getValue(), rel + "." + m.getKey()));
        }
        return map;
    }

    /** Limits the following plug-in progress reports to [from, to] of this step. */
    public void share(double shareFrom, double shareTo) {
        this.from = shareFrom;
        this.to = shareTo;
    }

    @Override
    public void progress(double fraction, String message) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        run.stepProgress(from + (to - from) * f, message);
    }

    @Override
    public void log(String message) {
        run.log("[" + step.name() + "] " + message);
    }

    @Override
    public boolean isCancelled() {
        return run.control().shouldStop();
    }
}
