package org.matforge.orchestrator.internal.engine.steps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.gson.JsonElement;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Table;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.orchestrator.internal.engine.StepException;
import org.matforge.orchestrator.internal.engine.artefacts.Dataset;
import org.matforge.orchestrator.internal.engine.artefacts.Features;
import org.matforge.orchestrator.internal.engine.artefacts.QualityFindings;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.orchestrator.internal.workflow.PluginRef;
import org.matforge.orchestrator.internal.workflow.Step;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.featurizer.Featurizer;

/** The load, clean and featurize steps. */
final class DataSteps {
    private DataSteps() {
    }

    static Dataset load(StepEnv env) throws StepException, InterruptedException {
        Step step = env.step();
        DataSource source = env.plugin(step.plugin("source"), DataSource.class);
        Table table;
        try {
            table = source.load(env.parameters(step.object("parameters"), "parameters", false), env);
        } catch (DataSourceException e) {
            throw new StepException(e.getMessage(), e);
        }
        if (table == null) {
            throw new StepException("data source '" + step.plugin("source").id() + "' returned no table");
        }
        Dataset d = new Dataset(table, "formula", null, Fingerprints.of(table));
        env.record().add("data", dataRecord(d));
        env.log(String.format(Locale.ROOT, "loaded %,d rows, columns %s, SHA-256 %s", table.rowCount(), table.columnNames(), d.fingerprint()));
        return d;
    }

    static Dataset clean(StepEnv env) throws StepException {
        Step step = env.step();
        Dataset in = env.input("input", Dataset.class);
        List<String> targets = new ArrayList<>();
        for (JsonElement t : step.array("targets")) {
            targets.add(t.getAsString());
        }
        Cleaning cleaning = new Cleaning(step.text("formulaColumn", in.formulaColumn()), targets, step.text("duplicates"),
                step.number("conflictTolerance"), step.number("outlierZ"), step.text("outliers"));
        Dataset out = cleaning.clean(in.table(), step.name(), env::log);
        QualityFindings findings = out.quality().orElseThrow();
        String file = env.all(Dataset.class).stream().anyMatch(d -> d.quality().isPresent()) ? "data-quality-" + step.name() + ".csv" : QualityCsv.FILE;
        try {
            QualityCsv.write(env.directory().resolve(file), findings);
        } catch (java.io.IOException e) {
            throw new StepException("could not write " + file + ": " + e.getMessage(), e);
        }
        findings = findings.writtenTo(file);
        out = out.withQuality(findings);
        env.record().add("dataQuality", QualityCsv.json(findings));
        env.log("data quality: " + Cleaning.counts(findings) + " listed rows, written to " + file);
        env.log(String.format(Locale.ROOT, "%,d rows in, %,d distinct compositions out", in.table().rowCount(), out.table().rowCount()));
        env.progress(1, out.table().rowCount() + " compositions");
        if (out.table().rowCount() == 0) {
            throw new StepException("no rows left after cleaning " + in.table().rowCount() + " rows (see the run log)");
        }
        env.record().add("data", dataRecord(out));
        return out;
    }

    static Features featurize(StepEnv env) throws StepException, InterruptedException {
        Dataset in = env.input("input", Dataset.class);
        List<PluginRef> refs = env.step().plugins("featurizers");
        Map<String, String> versions = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<Featurizer> featurizers = new ArrayList<>();
        for (PluginRef ref : refs) {
            featurizers.add(env.plugin(ref, Featurizer.class));
            ids.add(ref.id());
            versions.put(ref.id(), env.provenance(ref).bundleVersion());
        }
        FeatureMatrix matrix = featurizeAll(env, featurizers, ids, in.requireCompositions());
        env.log(String.format(Locale.ROOT, "%,d rows × %,d features from %s", matrix.rowCount(), matrix.columnCount(), ids));
        return new Features(in, matrix, ids, versions);
    }

    /** Featurizes with each featurizer and concatenates the columns in order, as {@link CompositeFeaturizer} does. */
    static FeatureMatrix featurizeAll(StepEnv env, List<Featurizer> featurizers, List<String> ids, List<Composition> compositions) {
        Map<String, Featurizer> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byId.put(ids.get(i), featurizers.get(i));
        }
        return CompositeFeaturizer.of(ids, byId::get, byId.keySet()).featurizeAll(compositions, env);
    }

    private static com.google.gson.JsonObject dataRecord(Dataset d) {
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty("sha256", d.fingerprint());
        o.addProperty("rows", d.table().rowCount());
        com.google.gson.JsonArray columns = new com.google.gson.JsonArray();
        d.table().columnNames().forEach(columns::add);
        o.add("columns", columns);
        return o;
    }
}
