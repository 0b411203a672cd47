package org.matforge.models.lib.codec;

import java.util.List;
import java.util.Objects;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * How well samples cover the training distribution (mode coverage): distances between the distributions of
 * samples and reference compositions; 0 = identical. Empty draws ({@code null}) are ignored.
 */
public final class Coverage {
    /** Formula units with more atoms fall into the last bin. */
    private static final int HISTOGRAM_ATOMS = 1000;

    private Coverage() {
    }

    /**
     * @return the total-variation distance (0..1) between the element-occurrence distributions: how often each
     *         element appears in a composition, normalised over elements
     */
    public static double elementFrequencyDistance(List<Composition> samples, List<Composition> reference) {
        double[] p = elementFrequencies(samples);
        double[] q = elementFrequencies(reference);
        double d = 0;
        for (int i = 0; i < p.length; i++) {
            d += Math.abs(p[i] - q[i]);
        }
        return d / 2;
    }

    /** @return the Wasserstein-1 distance between the distributions of atoms per (reduced) formula unit */
    public static double atomsPerFormulaDistance(List<Composition> samples, List<Composition> reference) {
        double[] a = atomsHistogram(samples);
        double[] b = atomsHistogram(reference);
        double cumulative = 0;
        double w1 = 0;
        for (int i = 0; i < a.length; i++) {
            cumulative += a[i] - b[i];
            w1 += Math.abs(cumulative);
        }
        return w1;
    }

    private static double[] elementFrequencies(List<Composition> compositions) {
        double[] f = new double[Element.values().length];
        double total = 0;
        for (Composition c : compositions) {
            if (c == null) {
                continue;
            }
            for (int i = 0; i < c.size(); i++) {
                f[c.element(i).ordinal()]++;
                total++;
            }
        }
        for (int i = 0; i < f.length; i++) {
            f[i] /= Math.max(1, total);
        }
        return f;
    }

    private static double[] atomsHistogram(List<Composition> compositions) {
        double[] h = new double[HISTOGRAM_ATOMS + 1];
        long n = compositions.stream().filter(Objects::nonNull).count();
        for (Composition c : compositions) {
            if (c != null) {
                h[(int) Math.min(h.length - 1, Math.round(c.reduced().totalAtoms()))] += 1.0 / n;
            }
        }
        return h;
    }
}
