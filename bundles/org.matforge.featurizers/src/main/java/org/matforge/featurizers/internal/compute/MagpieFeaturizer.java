package org.matforge.featurizers.internal.compute;

import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.internal.elements.ElementTable;

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
public final class MagpieFeaturizer extends BatchFeaturizer {
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
        int[] base = new int[n];
        for (int i = 0; i < n; i++) {
            base[i] = composition.element(i).ordinal() * P;
        }
        int out = offset;
        for (int p = 0; p < P; p++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double weighted = 0;
            double mode = Double.POSITIVE_INFINITY;
            boolean missing = false;
            boolean modeMissing = false;
            for (int i = 0; i < n; i++) {
                double v = values[base[i] + p];
                double w = composition.amount(i);
                if (v != v) {
                    missing = true;
                    if (maxAmount - w <= tieTolerance) {
                        modeMissing = true;
                    }
                    continue;
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
                weighted += w * v;
                if (maxAmount - w <= tieTolerance && v < mode) {
                    mode = v;
                }
            }
            if (missing) {
                target[out] = Double.NaN;
                target[out + 1] = Double.NaN;
                target[out + 2] = Double.NaN;
                target[out + 3] = Double.NaN;
                target[out + 4] = Double.NaN;
            } else {
                double mean = weighted / total;
                double deviation = 0;
                for (int i = 0; i < n; i++) {
                    deviation += composition.amount(i) * Math.abs(values[base[i] + p] - mean);
                }
                target[out] = min;
                target[out + 1] = max;
                target[out + 2] = max - min;
                target[out + 3] = mean;
                target[out + 4] = deviation / total;
            }
            target[out + 5] = modeMissing ? Double.NaN : mode;
            out += 6;
        }
    }
}
