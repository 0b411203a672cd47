package org.matforge.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.matforge.api.data.Parameters;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.StabilityCriterion;
import org.matforge.stability.lib.StabilityScreening;

/**
 * What {@code screen} does to each formula, in the order a discovery workflow does it: SMACT validity
 * ({@code smact-validity}, unless {@code validitySet} is null), at least {@code minElements} distinct elements
 * ({@code element-count}, when above 0), novelty against the known formulas ({@code novelty}, when there are some),
 * a prediction per model, the energy above the hull of the known phases ({@code stability}, when {@code stability} is
 * not null), then each property window ({@code property-window}). Plain data, sent to the executors with the job; the
 * model files, known formulas and known phases travel as broadcasts beside it.
 *
 * @param validitySet      the oxidation-state set of the validity screen (e.g. {@code icsd24}), or null for none
 * @param minElements      fewest distinct elements (0: no element-count screen)
 * @param noveltyTolerance novel when the L1 distance of element fractions to the nearest known one is above this
 * @param stability        the stability screen's criterion, or null for none
 * @param windows          property windows, applied after the predictions in order
 * @param keepUnknown      whether a screen's UNKNOWN verdict keeps the candidate (as the workflow's {@code keepUnknown})
 * @param batch            rows per batch inside a partition
 */
public record ScreenSettings(String validitySet, int minElements, double noveltyTolerance, Stability stability, List<Window> windows,
        boolean keepUnknown, int batch) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Screen ids, as the plug-ins are named in workflows and the columns of {@code candidates.csv}. */
    public static final String VALIDITY = "smact-validity";
    /** The element-count screen's id. */
    public static final String ELEMENT_COUNT = "element-count";
    /** The novelty screen's id. */
    public static final String NOVELTY = "novelty";
    /** The stability screen's id. */
    public static final String STABILITY = "stability";
    /** The property-window screen's id. */
    public static final String WINDOW = "property-window";

    /** Copies the list; checks the numbers. */
    public ScreenSettings {
        windows = List.copyOf(windows);
        if (minElements < 0) {
            throw new IllegalArgumentException("--min-elements must be ≥ 0, got " + minElements);
        }
        if (!(noveltyTolerance >= 0 && noveltyTolerance <= 2)) {
            throw new IllegalArgumentException("--novelty-tolerance must be in [0, 2], got " + noveltyTolerance);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("--batch must be ≥ 1, got " + batch);
        }
    }

    /**
     * The stability screen's criterion, the parameters of screen {@code stability} but its phases.
     *
     * @param threshold passes when e_above_hull − k·σ is at most this, eV/atom
     * @param k         σ multiple
     * @param target    the formation-energy prediction, or null for {@code e_form}, else {@code formation_energy}
     */
    public record Stability(double threshold, double k, String target) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Checks the numbers as the screen does. */
        public Stability {
            if (!(threshold >= -10 && threshold <= 10)) {
                throw new IllegalArgumentException("--stability-threshold must be in [-10, 10] eV/atom, got " + threshold);
            }
            if (!(k >= 0 && k <= 10)) {
                throw new IllegalArgumentException("--stability-k must be in [0, 10] (a σ multiple), got " + k);
            }
        }

        /** @return the per-candidate judgement against the hull */
        public StabilityScreening screening(ConvexHull hull) {
            return new StabilityScreening(hull, new StabilityCriterion(threshold, k),
                    target == null ? StabilityScreening.DEFAULT_TARGETS : List.of(target));
        }
    }

    /**
     * A property window, the parameters of screen {@code property-window}.
     *
     * @param target predicted property
     * @param min    lower end or −∞
     * @param max    upper end or +∞
     * @param mode   mean, pessimistic or optimistic; null for the screen's default
     * @param k      σ multiple, NaN for the screen's default
     */
    public record Window(String target, double min, double max, String mode, double k) implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * Parses {@code target:min:max[:mode[:k]]}, an empty bound meaning none, e.g. {@code band_gap:3:} or
         * {@code band_gap:2:4:pessimistic:1}.
         *
         * @throws IllegalArgumentException naming the text and what is wrong
         */
        public static Window parse(String text) {
            String[] p = text.split(":", -1);
            if (p.length < 3 || p.length > 5 || p[0].isBlank()) {
                throw new IllegalArgumentException("--window '" + text + "': expected target:min:max[:mode[:k]], e.g. band_gap:3:");
            }
            try {
                double min = p[1].isBlank() ? Double.NEGATIVE_INFINITY : Double.parseDouble(p[1]);
                double max = p[2].isBlank() ? Double.POSITIVE_INFINITY : Double.parseDouble(p[2]);
                String mode = p.length > 3 && !p[3].isBlank() ? p[3] : null;
                double k = p.length > 4 && !p[4].isBlank() ? Double.parseDouble(p[4]) : Double.NaN;
                return new Window(p[0].trim(), min, max, mode, k);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--window '" + text + "': a bound or k is not a number: " + e.getMessage(), e);
            }
        }

        /** @return the parameters of the {@code property-window} screen */
        public Parameters parameters() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("target", target);
            if (min != Double.NEGATIVE_INFINITY) {
                m.put("min", min);
            }
            if (max != Double.POSITIVE_INFINITY) {
                m.put("max", max);
            }
            if (mode != null) {
                m.put("mode", mode);
            }
            if (!Double.isNaN(k)) {
                m.put("k", k);
            }
            return Parameters.of(m);
        }
    }

    /** @return the screen ids in the order they run, as far as {@code hasKnown} and the windows make them run */
    public List<String> screenIds(boolean hasKnown) {
        List<String> ids = new ArrayList<>();
        if (validitySet != null) {
            ids.add(VALIDITY);
        }
        if (minElements > 0) {
            ids.add(ELEMENT_COUNT);
        }
        if (hasKnown) {
            ids.add(NOVELTY);
        }
        if (stability != null) {
            ids.add(STABILITY);
        }
        if (!windows.isEmpty()) {
            ids.add(WINDOW);
        }
        return ids;
    }
}
