package org.matforge.chemistry.lib.oxidation;

import java.util.Arrays;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.elements.OxidationStateSet;

/**
 * pymatgen's {@code Composition.oxi_state_guesses()} (defaults: no {@code max_sites}, target charge 0), first guess
 * only, without enumerating combinations:
 * <ol>
 * <li>amounts must be integers (pymatgen raises otherwise; here: no guess);</li>
 * <li>each element's sites take states from the {@value #STATE_SET} set (pymatgen's
 *     {@code Element.icsd_oxidation_states}, else {@code oxidation_states}); for each possible sum of its sites' states
 *     the element scores the best total of ICSD occurrence counts ({@link IcsdOccurrence}) over the multisets of
 *     states giving that sum — pymatgen's {@code combinations_with_replacement}, here a knapsack over (sites, sum);</li>
 * <li>the guess is the choice of one sum per element that totals 0 and maximises the sum of the elements' scores —
 *     here a second knapsack over the running total. Equal scores: a fixed order decides (the first reached, elements
 *     in atomic-number order, sums ascending), where pymatgen keeps the order of its enumeration, which follows the
 *     order the elements are written in.</li>
 * </ol>
 * Work is bounded ({@link #MAX_CELLS} table cells and {@link #MAX_STEPS} updates per pass); a larger problem has no
 * guess. Thread-safe, immutable.
 */
public final class OxidationGuesser {
    /** The element table's oxidation-state set holding the states pymatgen tries. */
    public static final String STATE_SET = "pmg-icsd";
    /** Upper bound on the cells of each dynamic-programming table (4 M: at most 32 MB per table). */
    static final long MAX_CELLS = 1L << 22;
    /** Upper bound on the update steps of each dynamic-programming pass (about a tenth of a second). */
    static final double MAX_STEPS = 1L << 27;

    private static final long UNREACHABLE = -1;

    private final OxidationStateSet states;
    private final IcsdOccurrence occurrence;

    /** @param states the states each element may take @param occurrence the ICSD counts that rank the guesses */
    public OxidationGuesser(OxidationStateSet states, IcsdOccurrence occurrence) {
        this.states = states;
        this.occurrence = occurrence;
    }

    /** @return the guesser over pymatgen's states and the shipped ICSD occurrence table */
    public static OxidationGuesser pymatgen(ElementTable table) {
        return new OxidationGuesser(table.oxidationStates(STATE_SET), IcsdOccurrence.load());
    }

    /**
     * @return the most probable charge-balanced guess; empty when an amount is not an integer, an element has no
     *         states, no guess balances, or the search exceeds its bounds
     */
    public Optional<OxidationGuess> mostProbable(Composition composition) {
        int n = composition.size();
        long[] atoms = new long[n];
        for (int i = 0; i < n; i++) {
            double amount = composition.amount(i);
            if (amount != Math.rint(amount) || amount < 1) {
                return Optional.empty();
            }
            atoms[i] = (long) amount;
            if (states.count(composition.element(i).ordinal()) == 0) {
                return Optional.empty();
            }
        }
        double steps = 0;
        for (int i = 0; i < n; i++) {
            int[] allowed = states.states(composition.element(i));
            steps += (double) atoms[i] * (atoms[i] * (allowed[allowed.length - 1] - allowed[0]) + 1) * allowed.length;
        }
        if (steps > MAX_STEPS) {
            return Optional.empty();
        }
        ElementSums[] perElement = new ElementSums[n];
        long low = 0;
        long high = 0;
        long prefixLow = 0;
        long prefixHigh = 0;
        for (int i = 0; i < n; i++) {
            perElement[i] = ElementSums.of(states.states(composition.element(i)), atoms[i], occurrence, composition.element(i).ordinal());
            if (perElement[i] == null) {
                return Optional.empty();
            }
            long elementHigh = perElement[i].low + perElement[i].best.length - 1;
            low += perElement[i].low;
            high += elementHigh;
            prefixLow += Math.min(0, perElement[i].low);
            prefixHigh += Math.max(0, elementHigh);
        }
        long width = prefixHigh - prefixLow + 1;
        double balanceSteps = 0;
        for (ElementSums e : perElement) {
            balanceSteps += (double) width * e.best.length;
        }
        if (low > 0 || high < 0 || width * n > MAX_CELLS || balanceSteps > MAX_STEPS) {
            return Optional.empty();
        }
        return balance(composition, atoms, perElement, prefixLow, prefixHigh);
    }

    /**
     * Second knapsack: best total score per running charge (every partial total lies in {@code low..high}), element
     * by element, with the sum each element chose.
     */
    private Optional<OxidationGuess> balance(Composition composition, long[] atoms, ElementSums[] perElement, long low, long high) {
        int n = perElement.length;
        int width = (int) (high - low + 1);
        long[] reach = new long[width];
        Arrays.fill(reach, UNREACHABLE);
        reach[(int) -low] = 0;
        int[][] chosen = new int[n][width];
        for (int i = 0; i < n; i++) {
            long[] next = new long[width];
            Arrays.fill(next, UNREACHABLE);
            ElementSums e = perElement[i];
            for (int t = 0; t < width; t++) {
                if (reach[t] == UNREACHABLE) {
                    continue;
                }
                for (int k = 0; k < e.best.length; k++) {
                    if (e.best[k] == UNREACHABLE) {
                        continue;
                    }
                    int u = t + k + (int) e.low;
                    if (u < 0 || u >= width) {
                        continue;
                    }
                    long score = reach[t] + e.best[k];
                    if (score > next[u]) {
                        next[u] = score;
                        chosen[i][u] = k;
                    }
                }
            }
            reach = next;
        }
        int zero = (int) -low;
        if (reach[zero] == UNREACHABLE) {
            return Optional.empty();
        }
        long[] sums = new long[n];
        double shares = 0;
        long sites = 0;
        int t = zero;
        for (int i = n - 1; i >= 0; i--) {
            int k = chosen[i][t];
            sums[i] = k + perElement[i].low;
            long total = occurrence.total(composition.element(i).ordinal());
            shares += total == 0 ? 0 : (double) perElement[i].best[k] / total;
            sites += atoms[i];
            t -= (int) sums[i];
        }
        return Optional.of(new OxidationGuess(atoms, sums, reach[zero], shares / sites));
    }

    /**
     * One element's best score for each reachable sum of its sites' states: {@code best[k]} for the sum
     * {@code low + k}, {@link #UNREACHABLE} where no multiset of states gives that sum.
     */
    private record ElementSums(long low, long[] best) {
        static ElementSums of(int[] allowed, long atoms, IcsdOccurrence occurrence, int element) {
            int min = allowed[0];
            int max = allowed[allowed.length - 1];
            long width = atoms * (max - min) + 1;
            if (width > MAX_CELLS || (double) width * atoms * allowed.length > MAX_STEPS) {
                return null;
            }
            int w = (int) width;
            long[] gains = new long[allowed.length];
            for (int k = 0; k < allowed.length; k++) {
                gains[k] = occurrence.count(element, allowed[k]);
            }
            // row[o]: best score of j sites summing to j*min + o; each further site takes one allowed state
            long[] row = new long[w];
            long[] next = new long[w];
            Arrays.fill(row, UNREACHABLE);
            row[0] = 0;
            for (long j = 1; j <= atoms; j++) {
                Arrays.fill(next, UNREACHABLE);
                int reachable = (int) ((j - 1) * (max - min));
                for (int o = 0; o <= reachable; o++) {
                    if (row[o] == UNREACHABLE) {
                        continue;
                    }
                    for (int k = 0; k < allowed.length; k++) {
                        int to = o + allowed[k] - min;
                        if (row[o] + gains[k] > next[to]) {
                            next[to] = row[o] + gains[k];
                        }
                    }
                }
                long[] swap = row;
                row = next;
                next = swap;
            }
            return new ElementSums(atoms * min, row);
        }
    }
}
