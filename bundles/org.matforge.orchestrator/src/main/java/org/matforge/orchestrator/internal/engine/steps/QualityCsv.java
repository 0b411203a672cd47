package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.matforge.api.text.Excerpt;
import org.matforge.commons.csv.CsvWriter;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.orchestrator.internal.engine.artefacts.QualityFindings;

/** {@code data-quality.csv} and the provenance record of a clean step's data-quality findings. */
final class QualityCsv {
    /** The findings of the run's first clean step; later ones add their step name. */
    static final String FILE = "data-quality.csv";

    private QualityCsv() {
    }

    /** Writes every entry: kind, row (1-based), formula, column, value, reason, handling. */
    static void write(Path file, QualityFindings findings) throws IOException {
        Files.createDirectories(file.getParent());
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvWriter csv = new CsvWriter(w);
            csv.write(List.of("kind", "row", "formula", "column", "value", "reason", "handling"));
            for (QualityFindings.Entry e : findings.entries()) {
                csv.write(List.of(e.kind(), Integer.toString(e.row()), e.formula() == null ? "" : e.formula(), e.column(), e.value(), e.reason(),
                        e.handling()));
            }
            csv.flush();
        });
    }

    /**
     * @return the settings, counts and every entry, for run.json; cells taken from the data file are shown as
     *         {@link Excerpt#name short escaped excerpts} there (data-quality.csv, the user's report, has them whole)
     */
    static JsonObject json(QualityFindings findings) {
        JsonObject o = new JsonObject();
        o.addProperty("rows", findings.rows());
        o.addProperty("conflictTolerance", findings.conflictTolerance());
        o.addProperty("outlierZ", findings.outlierZ());
        o.addProperty("outliers", findings.outliers());
        o.addProperty("duplicates", findings.duplicates());
        o.addProperty("file", findings.file());
        JsonObject counts = new JsonObject();
        Cleaning.counts(findings).forEach(counts::addProperty);
        o.add("counts", counts);
        JsonArray entries = new JsonArray();
        for (QualityFindings.Entry e : findings.entries()) {
            JsonObject j = new JsonObject();
            j.addProperty("kind", e.kind());
            j.addProperty("row", e.row());
            j.addProperty("formula", e.formula() == null ? null : Excerpt.name(e.formula()));
            j.addProperty("column", e.column());
            j.addProperty("value", e.value() == null ? null : Excerpt.name(e.value()));
            j.addProperty("reason", e.reason());
            j.addProperty("handling", e.handling());
            entries.add(j);
        }
        o.add("entries", entries);
        return o;
    }
}
