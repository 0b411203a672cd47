package org.matforge.featurizers.lib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;

/**
 * An independent, deliberately literal re-implementation of matminer's {@code ElementProperty("magpie")} for the
 * parity test: reads the raw Magpie {@code *.table} files as {@code MagpieData} does ({@code float(line)}, NaN when
 * that fails) and applies {@code PropertyStats} statement by statement on lists, with amounts as weights.
 */
final class MatminerMagpieReference {
    private final List<double[]> tables = new ArrayList<>();

    MatminerMagpieReference(Path magpieFolder) throws IOException {
        for (String property : MagpieFeaturizer.PROPERTIES) {
            List<String> lines = Files.readAllLines(magpieFolder.resolve(property + ".table"));
            double[] values = new double[103];
            for (int z = 0; z < 103; z++) {
                values[z] = pythonFloat(z < lines.size() ? lines.get(z) : "");
            }
            tables.add(values);
        }
    }

    private static double pythonFloat(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    double[] featurize(Composition comp) {
        List<Double> out = new ArrayList<>();
        double[] weights = new double[comp.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = comp.amount(i);
        }
        for (double[] table : tables) {
            double[] data = new double[comp.size()];
            for (int i = 0; i < data.length; i++) {
                data[i] = table[comp.element(i).ordinal()];
            }
            out.add(minimum(data));
            out.add(maximum(data));
            out.add(range(data));
            out.add(mean(data, weights));
            out.add(avgDev(data, weights));
            out.add(mode(data, weights));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean anyNan(double[] data) {
        for (double d : data) {
            if (Double.isNaN(d)) {
                return true;
            }
        }
        return false;
    }

    /** {@code min(data_lst) if not np.any(np.isnan(data_lst)) else float("nan")} */
    private static double minimum(double[] data) {
        if (anyNan(data)) {
            return Double.NaN;
        }
        double m = data[0];
        for (double d : data) {
            m = d < m ? d : m;
        }
        return m;
    }

    private static double maximum(double[] data) {
        if (anyNan(data)) {
            return Double.NaN;
        }
        double m = data[0];
        for (double d : data) {
            m = d > m ? d : m;
        }
        return m;
    }

    private static double range(double[] data) {
        return anyNan(data) ? Double.NaN : maximum(data) - minimum(data);
    }

    /** {@code np.average(data_lst, weights=weights)} = sum(a * w) / sum(w) */
    private static double mean(double[] data, double[] weights) {
        double num = 0;
        double den = 0;
        for (int i = 0; i < data.length; i++) {
            num += data[i] * weights[i];
            den += weights[i];
        }
        return num / den;
    }

    /** {@code np.average(np.abs(np.subtract(data_lst, mean)), weights=weights)} */
    private static double avgDev(double[] data, double[] weights) {
        double m = mean(data, weights);
        double[] dev = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            dev[i] = Math.abs(data[i] - m);
        }
        return mean(dev, weights);
    }

    /** {@code data_lst[np.isclose(weights, weights.max())].min()}; numpy's min propagates NaN */
    private static double mode(double[] data, double[] weights) {
        double wmax = weights[0];
        for (double w : weights) {
            wmax = Math.max(wmax, w);
        }
        double result = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.length; i++) {
            boolean close = Math.abs(weights[i] - wmax) <= 1e-8 + 1e-5 * Math.abs(wmax);
            if (close) {
                if (Double.isNaN(data[i])) {
                    return Double.NaN;
                }
                result = Math.min(result, data[i]);
            }
        }
        return result;
    }
}
