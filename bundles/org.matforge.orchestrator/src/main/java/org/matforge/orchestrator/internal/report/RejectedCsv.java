package org.matforge.orchestrator.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.matforge.api.discovery.Prediction;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.commons.table.RowWriter;
import org.matforge.commons.table.TableFiles;
import org.matforge.orchestrator.internal.engine.artefacts.Rejection;

/**
 * {@code rejected.csv}: one row per candidate left out, in the order they were left out — formula, origin, the step,
 * the screen's position in it, its result key and id, verdict, score and reason, and each property predicted by then
 * with its standard deviation.
 */
public final class RejectedCsv {
    /** The header's first columns. */
    static final List<String> COLUMNS = List.of("formula", "origin", "step", "screen_position", "screen", "screen_type", "verdict", "score", "reason");

    private RejectedCsv() {
    }

    /** Writes the file atomically, in the format its extension names (CSV, TSV, JSON lines, Parquet). */
    public static void write(Path file, List<Rejection> rejected) throws IOException {
        Set<String> targets = new LinkedHashSet<>();
        rejected.forEach(r -> targets.addAll(r.candidate().predictions().keySet()));
        AtomicFiles.write(file, out -> {
            RowWriter csv = TableFiles.create(file, out);
            List<String> header = new ArrayList<>(COLUMNS);
            for (String t : targets) {
                header.add(t);
                header.add(t + "_std");
            }
            csv.write(header);
            for (Rejection r : rejected) {
                List<String> row = new ArrayList<>(List.of(r.candidate().composition().reducedFormula(), r.candidate().origin(), r.step(),
                        Integer.toString(r.position()), r.screen(), r.type(), r.result().verdict().name(), number(r.result().score()),
                        r.result().reason()));
                for (String t : targets) {
                    Prediction p = r.candidate().predictions().get(t);
                    row.add(p == null ? "" : number(p.mean()));
                    row.add(p == null ? "" : number(p.std()));
                }
                csv.write(row);
            }
            csv.close();
        });
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
