package org.matforge.orchestrator.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.commons.io.AtomicFiles;
import org.matforge.commons.table.RowWriter;
import org.matforge.commons.table.TableFiles;

/**
 * {@code candidates.csv}: one row per candidate in rank order — position, Pareto rank, formula, origin, each
 * predicted property with its standard deviation, and each screen's verdict, score and reason.
 */
public final class CandidatesCsv {
    private CandidatesCsv() {
    }

    /** Writes the file atomically, in the format its extension names (CSV, TSV, JSON lines, Parquet). */
    public static void write(Path file, List<Candidate> candidates, int[] ranks) throws IOException {
        Set<String> targets = new LinkedHashSet<>();
        Set<String> screens = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            targets.addAll(c.predictions().keySet());
            screens.addAll(c.screens().keySet());
        }
        AtomicFiles.write(file, out -> {
            RowWriter csv = TableFiles.create(file, out);
            List<String> header = new ArrayList<>(List.of("position", "pareto_rank", "formula", "origin"));
            for (String t : targets) {
                header.add(t);
                header.add(t + "_std");
            }
            for (String s : screens) {
                header.add(s);
                header.add(s + "_score");
                header.add(s + "_reason");
            }
            csv.write(header);
            for (int i = 0; i < candidates.size(); i++) {
                Candidate c = candidates.get(i);
                List<String> row = new ArrayList<>(List.of(Integer.toString(i + 1), ranks == null ? "" : Integer.toString(ranks[i]),
                        c.composition().reducedFormula(), c.origin()));
                for (String t : targets) {
                    Prediction p = c.predictions().get(t);
                    row.add(p == null ? "" : number(p.mean()));
                    row.add(p == null ? "" : number(p.std()));
                }
                for (String s : screens) {
                    ScreenResult r = c.screens().get(s);
                    row.add(r == null ? "" : r.verdict().name());
                    row.add(r == null ? "" : number(r.score()));
                    row.add(r == null ? "" : r.reason());
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
