package org.matforge.commons.preprocess;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.text.Excerpt;
import org.matforge.commons.csv.CsvReader;

/**
 * Published cross-validation folds (e.g. matbench's, as distributed in {@code matbench/folds/<task>/test<k>.csv}:
 * one CSV per fold, formula in the first column, target in the second) mapped onto the rows of the task's table.
 * Fold k tests the rows listed in {@code test<k>.csv} and trains on every other row of the table, so rows that no
 * fold lists (see {@link #neverTested()}) are training rows in every fold.
 *
 * @param folds       one fold per file, in file order
 * @param neverTested table rows that appear in no test file, ascending
 * @param problems    test-file rows that matched no table row or whose target differs from the table's; fold files'
 *                    rows are numbered per file (the reason names the file)
 */
public record PublishedFolds(List<Fold> folds, int[] neverTested, List<RowProblem> problems) {
    /** Copies. */
    public PublishedFolds {
        folds = List.copyOf(folds);
        neverTested = neverTested.clone();
        problems = List.copyOf(problems);
    }

    @Override
    public int[] neverTested() {
        return neverTested.clone();
    }

    /**
     * Matches each test row to the first not yet matched table row with the same formula text.
     *
     * @param folder   the folder holding {@code test0.csv}, {@code test1.csv}, ...
     * @param formulas the task table's formula column
     * @param targets  the task table's targets (compared with the files' targets to 1e-9 relative), or null
     * @return the folds
     * @throws IOException              when a file cannot be read
     * @throws java.nio.file.NoSuchFileException when the folder has no {@code test0.csv}
     */
    public static PublishedFolds read(Path folder, List<String> formulas, double[] targets) throws IOException {
        Map<String, Deque<Integer>> rowsByFormula = new HashMap<>();
        for (int r = 0; r < formulas.size(); r++) {
            rowsByFormula.computeIfAbsent(formulas.get(r), f -> new ArrayDeque<>()).add(r);
        }
        List<Fold> folds = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        boolean[] tested = new boolean[formulas.size()];
        for (int k = 0; Files.exists(folder.resolve("test" + k + ".csv")); k++) {
            Path file = folder.resolve("test" + k + ".csv");
            List<Integer> test = new ArrayList<>();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvReader csv = new CsvReader(reader)) {
                csv.next();
                int line = 0;
                for (String[] row = csv.next(); row != null; row = csv.next(), line++) {
                    Deque<Integer> candidates = rowsByFormula.get(row[0]);
                    if (candidates == null || candidates.isEmpty()) {
                        problems.add(new RowProblem(line, row[0], file.getFileName() + ": formula not in the table"
                                + (candidates == null ? "" : " (all its rows already matched)")));
                        continue;
                    }
                    int r = candidates.poll();
                    tested[r] = true;
                    test.add(r);
                    if (targets != null && row.length > 1) {
                        checkTarget(file, line, row, targets[r], problems);
                    }
                }
            }
            int[] testRows = test.stream().mapToInt(Integer::intValue).sorted().toArray();
            folds.add(new Fold(Splits.complement(formulas.size(), testRows), testRows));
        }
        if (folds.isEmpty()) {
            throw new NoSuchFileException(folder.resolve("test0.csv").toString(), null, "no published folds (test0.csv, test1.csv, ...)");
        }
        int[] never = new int[formulas.size()];
        int n = 0;
        for (int r = 0; r < tested.length; r++) {
            if (!tested[r]) {
                never[n++] = r;
            }
        }
        return new PublishedFolds(folds, Arrays.copyOf(never, n), problems);
    }

    private static void checkTarget(Path file, int line, String[] row, double expected, List<RowProblem> problems) {
        double value;
        try {
            value = Double.parseDouble(row[1].strip());
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(line, row[0], file.getFileName() + ": target '" + Excerpt.name(row[1]) + "' is not a number"));
            return;
        }
        if (Math.abs(value - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
            problems.add(new RowProblem(line, row[0], file.getFileName() + ": target " + value + " but the table has " + expected));
        }
    }
}
