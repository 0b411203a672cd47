package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.table.RowReader;
import org.matforge.commons.table.TableFiles;
import org.matforge.orchestrator.internal.engine.StepException;

/**
 * The Parquet output of a Spark {@code generate} job, read once: its header, its rows in draw order and, for each
 * reduced formula, the first row of it (screens and predictions depend on the composition only). The sample step
 * reads it and the chain's later steps take it from a small cache, so a chain reads its output once.
 *
 * @param header    the column names
 * @param rows      the rows, by {@code position}
 * @param byFormula the first row of each reduced formula
 */
record SparkOutput(List<String> header, List<String[]> rows, Map<String, String[]> byFormula) {
    private static final int CACHED = 4;
    private static final Map<Path, SparkOutput> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Path, SparkOutput> eldest) {
            return size() > CACHED;
        }
    });

    /** @return the output read from its file or folder of Parquet parts, and kept for {@link #cached} */
    static SparkOutput read(Path output) throws StepException {
        List<Path> parts;
        try (Stream<Path> s = Files.isDirectory(output) ? Files.list(output) : Stream.of(output)) {
            parts = s.filter(f -> !Files.isDirectory(output) || f.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new StepException("cannot read the Spark output " + output + ": " + e.getMessage(), e);
        }
        List<String> header = List.of();
        List<String[]> rows = new ArrayList<>();
        for (Path part : parts) {
            try (RowReader r = TableFiles.open(part)) {
                String[] h = r.next();
                if (h == null) {
                    continue;
                }
                header = List.of(h);
                for (String[] row = r.next(); row != null; row = r.next()) {
                    rows.add(row);
                }
            } catch (IOException e) {
                throw new StepException("cannot read " + part + ": " + e.getMessage(), e);
            }
        }
        int position = column(header, "position");
        int formula = column(header, "formula");
        rows.sort((a, b) -> Long.compare(Long.parseLong(a[position]), Long.parseLong(b[position])));
        Map<String, String[]> byFormula = new HashMap<>();
        for (String[] row : rows) {
            if (row[formula] != null && !row[formula].isEmpty()) {
                byFormula.putIfAbsent(row[formula], row);
            }
        }
        SparkOutput read = new SparkOutput(header, rows, byFormula);
        CACHE.put(output, read);
        return read;
    }

    /** @return the output as the sample step read it, or read again (e.g. when another run's outputs pushed it out) */
    static SparkOutput cached(Path output) throws StepException {
        SparkOutput read = CACHE.get(output);
        return read != null ? read : read(output);
    }

    /** Drops the output from the cache, once the chain's last step has read it. */
    static void forget(Path output) {
        CACHE.remove(output);
    }

    /** @return the index of a column @throws StepException naming it and the columns there are */
    int column(String name) throws StepException {
        return column(header, name);
    }

    /** @return the verdict, reason and score of screen {@code id} for each candidate, in order */
    List<ScreenResult> screen(String id, List<Candidate> candidates) throws StepException {
        int verdict = column(id);
        int score = column(id + "_score");
        int reason = column(id + "_reason");
        List<ScreenResult> results = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String[] row = row(c);
            if (row[verdict] == null || row[verdict].isEmpty()) {
                throw new StepException("the Spark output has no " + id + " verdict for " + c.composition().reducedFormula());
            }
            results.add(new ScreenResult(Verdict.valueOf(row[verdict]), row[reason] == null ? "" : row[reason], number(row[score])));
        }
        return results;
    }

    /** @return the prediction of {@code target} (mean and σ) for each candidate, in order */
    List<Prediction> predictions(String target, List<Candidate> candidates) throws StepException {
        int mean = column(target);
        int std = column(target + "_std");
        List<Prediction> predictions = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String[] row = row(c);
            predictions.add(new Prediction(number(row[mean]), number(row[std])));
        }
        return predictions;
    }

    private String[] row(Candidate c) throws StepException {
        String[] row = byFormula.get(c.composition().reducedFormula());
        if (row == null) {
            throw new StepException("the Spark output has no row for " + c.composition().reducedFormula());
        }
        return row;
    }

    private static int column(List<String> header, String name) throws StepException {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new StepException("the Spark output has no column '" + name + "' (it has " + header + ")");
        }
        return i;
    }

    private static double number(String text) {
        return text == null || text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }
}
