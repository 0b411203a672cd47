package org.matforge.featurizers.lib;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;

/**
 * matminer's {@code ElementProperty.from_preset("magpie")}: for each of the 22 Magpie properties, in matminer's order,
 * the statistics minimum, maximum, range, mean, avg_dev and mode over the composition's elements weighted by their
 * amounts — 132 features labelled {@code "MagpieData <stat> <property>"}.
 * <p>
 * As matminer's {@code PropertyStats}: minimum, maximum, range, mean and avg_dev (mean absolute deviation from the
 * weighted mean, weighted) are NaN when any element lacks the property; mode is the property of the most abundant
 * element (amounts equal within numpy's {@code isclose}), the smallest value on ties, NaN only when one of those
 * elements lacks it.
 */
public final class MagpieFeaturizer extends LabelledFeaturizer {
    /** matminer's magpie preset properties, in its order. */
    public static final List<String> PROPERTIES = List.of("Number", "MendeleevNumber", "AtomicWeight", "MeltingT",
            "Column", "Row", "CovalentRadius", "Electronegativity", "NsValence", "NpValence", "NdValence", "NfValence",
            "NValence", "NsUnfilled", "NpUnfilled", "NdUnfilled", "NfUnfilled", "NUnfilled", "GSvolume_pa", "GSbandgap",
            "GSmagmom", "SpaceGroupNumber");
    /** matminer's magpie preset statistics, in its order. */
    public static final List<String> STATS = List.of("minimum", "maximum", "range", "mean", "avg_dev", "mode");

    private static final int P = 22;

    /** Element-major property values: {@code values[ordinal * 22 + property]}. */
    private final double[] values;

    /** @param table element data */
    public MagpieFeaturizer(ElementTable table) {
        super(magpieLabels());
        this.values = table.elementMajor(PROPERTIES);
    }

    private static List<String> magpieLabels() {
        List<String> labels = new ArrayList<>(PROPERTIES.size() * STATS.size());
        for (String property : PROPERTIES) {
            for (String stat : STATS) {
                labels.add("MagpieData " + stat + " " + property);
            }
        }
        return labels;
    }

    /**
     * One pass over the elements accumulates minimum, maximum, weighted sum and mode for all 22 properties straight
     * into {@code target} (element-major table, so each element's 22 values are contiguous); a second pass adds the
     * mean absolute deviation. No allocation. NaN propagates through Math.min/max and the sums, which gives
     * matminer's "NaN when any element lacks the property" for the first five statistics.
     */
    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        int n = composition.size();
        double total = composition.totalAtoms();
        double maxAmount = 0;
        for (int i = 0; i < n; i++) {
            maxAmount = Math.max(maxAmount, composition.amount(i));
        }
        // numpy.isclose(weights, weights.max()): |w - max| <= 1e-8 + 1e-5 * max
        double tieTolerance = 1e-8 + 1e-5 * maxAmount;
        for (int t = offset; t < offset + 6 * P; t += 6) {
            target[t] = Double.POSITIVE_INFINITY;
            target[t + 1] = Double.NEGATIVE_INFINITY;
            target[t + 3] = 0;
            target[t + 4] = 0;
            target[t + 5] = Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            double w = composition.amount(i);
            boolean mostAbundant = maxAmount - w <= tieTolerance;
            int base = composition.element(i).ordinal() * P;
            for (int p = 0, t = offset; p < P; p++, t += 6) {
                double v = values[base + p];
                target[t] = Math.min(target[t], v);
                target[t + 1] = Math.max(target[t + 1], v);
                target[t + 3] += w * v;
            }
            if (mostAbundant) {
                for (int p = 0, t = offset + 5; p < P; p++, t += 6) {
                    target[t] = Math.min(target[t], values[base + p]);
                }
            }
        }
        for (int t = offset; t < offset + 6 * P; t += 6) {
            target[t + 2] = target[t + 1] - target[t];
            target[t + 3] /= total;
        }
        for (int i = 0; i < n; i++) {
            double w = composition.amount(i);
            int base = composition.element(i).ordinal() * P;
            for (int p = 0, t = offset; p < P; p++, t += 6) {
                target[t + 4] += w * Math.abs(values[base + p] - target[t + 3]);
            }
        }
        for (int t = offset; t < offset + 6 * P; t += 6) {
            target[t + 4] /= total;
        }
    }
}
