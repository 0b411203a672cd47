package org.matforge.models.lib.codec;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.matforge.api.chem.Composition;

/**
 * How good a batch of generated compositions is, as fractions of all draws (empty draws included).
 *
 * @param draws  how many samples were drawn
 * @param empty  share that decoded to no composition
 * @param valid  share that passed the validity test (e.g. SMACT), NaN when none was given
 * @param unique share of distinct reduced formulas among all draws
 * @param novel  share of distinct formulas not in the reference (training) set, among all draws
 * @param yield  share of distinct formulas that are novel and valid, among all draws (what a screen would keep), NaN
 *               without a validity test
 */
public record SampleQuality(int draws, double empty, double valid, double unique, double novel, double yield) {

    /**
     * @param samples   decoded samples, {@code null} for an empty draw
     * @param reference the training compositions (reduced)
     * @param validity  a validity test, or null
     * @return the measured shares
     */
    public static SampleQuality measure(List<Composition> samples, Collection<Composition> reference, Predicate<Composition> validity) {
        Set<Composition> known = reference instanceof Set<Composition> s ? s : new HashSet<>(reference);
        Set<Composition> distinct = new HashSet<>();
        int empty = 0;
        int valid = 0;
        for (Composition c : samples) {
            if (c == null) {
                empty++;
                continue;
            }
            Composition r = c.reduced();
            distinct.add(r);
            if (validity != null && validity.test(r)) {
                valid++;
            }
        }
        long novel = distinct.stream().filter(c -> !known.contains(c)).count();
        double n = Math.max(1, samples.size());
        double yield = validity == null ? Double.NaN
                : distinct.stream().filter(c -> !known.contains(c) && validity.test(c)).count() / n;
        return new SampleQuality(samples.size(), empty / n, validity == null ? Double.NaN : valid / n, distinct.size() / n,
                novel / n, yield);
    }

    @Override
    public String toString() {
        return String.format("%d draws: %.1f%% empty, %s valid, %.1f%% unique, %.1f%% novel", draws, 100 * empty,
                Double.isNaN(valid) ? "n/a" : String.format("%.1f%%", 100 * valid), 100 * unique, 100 * novel);
    }
}
