package org.matforge.orchestrator.internal.engine.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.commons.csv.CsvReader;
import org.matforge.optimizer.lib.space.SearchSpace;
import org.matforge.optimizer.lib.space.SpaceDocument;
import org.matforge.optimizer.lib.space.Variable;
import org.matforge.spi.optimizer.Dimension;

/**
 * The measured experiments a simulated campaign chooses from: a design space (an Olympus dataset document) and a
 * CSV of measured points, repeats of a point averaged (the protocol of Liang et al., npj Comput Mater 7, 188 (2021)).
 *
 * @param space       the dimensions, in the document's order
 * @param measurement the measured property
 * @param maximise    whether larger is better
 * @param points      the distinct measured points, in first-seen order
 * @param values      their mean measured values
 * @param rows        data rows read (before averaging)
 */
record MeasuredPool(List<Dimension> space, String measurement, boolean maximise, List<double[]> points, double[] values, int rows) {
    /**
     * @param spaceFile the space document
     * @param poolFile  the CSV: a header naming every parameter of the space and the measurement, then one row per
     *                  experiment (other columns are ignored)
     * @throws IllegalArgumentException naming the file, line and value that is wrong
     */
    static MeasuredPool read(Path spaceFile, Path poolFile) throws IOException {
        return read(SpaceDocument.parse(Files.readString(spaceFile), spaceFile.toString()), spaceFile.toString(), poolFile);
    }

    /**
     * @param doc       the design space
     * @param spaceName where the space comes from, for messages (its file, or the workflow's JSON path when inline)
     * @param poolFile  the CSV, as in {@link #read(Path, Path)}
     * @throws IllegalArgumentException naming the file, line and value that is wrong
     */
    static MeasuredPool read(SpaceDocument doc, String spaceName, Path poolFile) throws IOException {
        SearchSpace space = doc.space();
        List<Dimension> dims = new ArrayList<>();
        for (Variable v : space.variables()) {
            if (v instanceof Variable.Categorical c) {
                throw new IllegalArgumentException(spaceName + ": parameter '" + c.name() + "' is categorical; the optimise step's plug-ins take "
                        + "continuous and integer parameters");
            }
            dims.add(v instanceof Variable.Integer i ? new Dimension(i.name(), i.lower(), i.upper(), true)
                    : new Dimension(v.name(), ((Variable.Continuous) v).lower(), ((Variable.Continuous) v).upper(), false));
        }
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, double[]> first = new LinkedHashMap<>();
        int rows = 0;
        try (CsvReader csv = CsvReader.open(poolFile)) {
            String[] header = csv.next();
            if (header == null) {
                throw new IllegalArgumentException(poolFile + ": empty file; expected a header with " + names(dims) + " and " + doc.measurement());
            }
            List<String> columns = Arrays.stream(header).map(String::trim).toList();
            int[] at = new int[dims.size()];
            for (int k = 0; k < at.length; k++) {
                at[k] = column(columns, dims.get(k).name(), poolFile);
            }
            int measured = column(columns, doc.measurement(), poolFile);
            for (String[] row = csv.next(); row != null; row = csv.next()) {
                String where = poolFile + " line " + csv.recordLine();
                if (row.length != header.length) {
                    throw new IllegalArgumentException(where + ": " + row.length + " fields, the header has " + header.length);
                }
                List<String> texts = new ArrayList<>();
                for (int k : at) {
                    texts.add(row[k]);
                }
                double[] p = snapped(SpaceDocument.point(space, texts, where), dims);
                String outside = space.problem(p).orElse(null);
                if (outside != null) {
                    throw new IllegalArgumentException(where + ": outside the space of " + spaceName + ": " + outside);
                }
                double y = value(row[measured], doc.measurement(), where);
                String key = Arrays.toString(p);
                double[] sum = sums.computeIfAbsent(key, x -> new double[2]);
                sum[0] += y;
                sum[1]++;
                first.putIfAbsent(key, p);
                rows++;
            }
        }
        if (first.size() < 2) {
            throw new IllegalArgumentException(poolFile + ": " + first.size() + " distinct measured points; a campaign needs at least 2");
        }
        double[] values = sums.values().stream().mapToDouble(s -> s[0] / s[1]).toArray();
        return new MeasuredPool(dims, doc.measurement(), doc.maximise(), List.copyOf(first.values()), values, rows);
    }

    /** @return the number of distinct points */
    int size() {
        return values.length;
    }

    /** @return whether {@code a} is better than {@code b} */
    boolean better(double a, double b) {
        return maximise ? a > b : a < b;
    }

    /** @return the point with values within rounding (10⁻⁹ of the range) outside a bound moved onto it (published data sit on their bounds) */
    private static double[] snapped(double[] p, List<Dimension> dims) {
        for (int k = 0; k < p.length; k++) {
            Dimension d = dims.get(k);
            double slack = 1e-9 * Math.max(d.upper() - d.lower(), Math.ulp(d.upper()));
            if (p[k] < d.lower() && p[k] >= d.lower() - slack) {
                p[k] = d.lower();
            } else if (p[k] > d.upper() && p[k] <= d.upper() + slack) {
                p[k] = d.upper();
            }
        }
        return p;
    }

    private static int column(List<String> columns, String name, Path file) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(file + ": no column '" + name + "' in the header (columns: " + String.join(", ", columns) + ")");
        }
        return i;
    }

    private static double value(String text, String measurement, String where) {
        try {
            double y = Double.parseDouble(text.trim());
            if (Double.isFinite(y)) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + ": " + measurement + " = '" + text + "' is not a finite number");
    }

    private static String names(List<Dimension> dims) {
        return String.join(", ", dims.stream().map(Dimension::name).toList());
    }
}
