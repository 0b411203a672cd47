package org.matforge.chemistry.lib.oxidation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.elements.OxidationStateSet;
import org.matforge.chemistry.lib.oxidation.ValidityResult.Status;

/**
 * SMACT's validity test ({@code smact_validity(use_pauling_test=True, include_alloys=True)}), re-implemented
 * without enumerating the product of oxidation states:
 * <ol>
 * <li>a pure element is valid; with alloys included, a composition of SMACT metals only is valid;</li>
 * <li>amounts become integer counts as SMACT makes them ({@code int(amount)}, i.e. truncated, then divided by their
 *     greatest common divisor);</li>
 * <li>valid when one oxidation state per element makes the total charge zero and (Pauling test) every cation is
 *     less electronegative than every anion. The Pauling condition means the cations are exactly the elements up
 *     to some electronegativity cut, so each cut is one charge-balance problem with sign-restricted states, solved
 *     by {@link ChargeBalance} over reachable charge sums.</li>
 * </ol>
 * Thread-safe and immutable.
 */
public final class ValidityChecker {
    /** SMACT's {@code smact.metals} list (used for the all-metal alloy rule). */
    private static final Set<Element> SMACT_METALS = EnumSet.noneOf(Element.class);

    static {
        for (String s : ("Li Be Na Mg Al K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn "
                + "Sb Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po Fr Ra Ac Th Pa U "
                + "Np Pu Am Cm Bk Cf Es Fm Md No").split(" ")) {
            SMACT_METALS.add(Element.ofSymbol(s).orElseThrow());
        }
    }

    /** Assignments collected before ranking, so the preferred ones come first. */
    private static final int CANDIDATES = 64;

    private final OxidationStateSet states;
    private final OxidationStateSet common;
    private final double[] electronegativity;
    private final boolean paulingTest;
    private final boolean includeAlloys;
    private final ElementTable table;
    private volatile OxidationGuesser guesser;

    /**
     * @param table         element data (Pauling electronegativity column)
     * @param states        allowed oxidation states
     * @param paulingTest   require cations to be less electronegative than anions
     * @param includeAlloys treat all-metal compositions as valid
     */
    public ValidityChecker(ElementTable table, OxidationStateSet states, boolean paulingTest, boolean includeAlloys) {
        this.states = states;
        this.common = table.oxidationStates("icsd24-common");
        int column = table.propertyIndex("PaulingElectronegativity");
        this.electronegativity = new double[ElementTable.ELEMENTS];
        for (int z = 0; z < electronegativity.length; z++) {
            electronegativity[z] = table.value(column, z);
        }
        this.paulingTest = paulingTest;
        this.includeAlloys = includeAlloys;
        this.table = table;
    }

    /** @return SMACT's defaults: Pauling test on, alloys valid */
    public static ValidityChecker smactDefaults(ElementTable table, String oxidationSet) {
        return new ValidityChecker(table, table.oxidationStates(oxidationSet), true, true);
    }

    /** @return the name of the oxidation-state set in use */
    public String oxidationSetName() {
        return states.name();
    }

    /** @return whether the composition is valid, with the charge-balanced oxidation states (at most 1 assignment) */
    public ValidityResult check(Composition composition) {
        return check(composition, 1);
    }

    /**
     * @return {@link #check(Composition)} with, independent of the verdict, the most probable oxidation states as
     *         pymatgen ranks them ({@link OxidationGuesser}; {@link ValidityResult#mostProbable()})
     */
    public ValidityResult checkWithGuess(Composition composition) {
        return check(composition).withMostProbable(guesser().mostProbable(composition));
    }

    /** The guesser reads pymatgen's ICSD occurrence table, so it is made on the first {@link #checkWithGuess} only. */
    private OxidationGuesser guesser() {
        OxidationGuesser g = guesser;
        if (g == null) {
            synchronized (this) {
                g = guesser;
                if (g == null) {
                    g = OxidationGuesser.pymatgen(table);
                    guesser = g;
                }
            }
        }
        return g;
    }

    /**
     * @param composition the composition
     * @param limit       at most this many charge-balanced assignments are returned (≥ 1)
     * @return the verdict with up to {@code limit} assignments, the most plausible first: fewest atoms outside their
     *         most common ICSD-2024 state, then fewest electrons moved (no most probable guess: {@link #checkWithGuess})
     */
    public ValidityResult check(Composition composition, int limit) {
        int n = composition.size();
        if (n == 1) {
            return new ValidityResult(Status.VALID, "pure element", List.of());
        }
        if (includeAlloys && allMetals(composition)) {
            return new ValidityResult(Status.VALID, "all-metal alloy", List.of());
        }
        for (int i = 0; i < n; i++) {
            if (states.count(composition.element(i).ordinal()) == 0) {
                return new ValidityResult(Status.INVALID, composition.element(i) + " has no oxidation states in " + states.name(), List.of());
            }
            if (paulingTest && Double.isNaN(electronegativity[composition.element(i).ordinal()])) {
                return new ValidityResult(Status.INVALID, composition.element(i) + " has no Pauling electronegativity", List.of());
            }
        }
        long[] counts = smactCounts(composition);
        if (counts == null) {
            return new ValidityResult(Status.UNKNOWN, "amounts below 1 leave no atoms to balance (SMACT truncates amounts to integers)", List.of());
        }
        List<int[]> found = new ArrayList<>();
        boolean refused = false;
        for (double cut : cuts(composition)) {
            int[][] allowed = allowedStates(composition, cut);
            if (allowed == null) {
                continue;
            }
            ChargeBalance balance = ChargeBalance.prepare(counts, allowed);
            if (balance == null) {
                refused = true;
                continue;
            }
            for (int[] a : balance.assignments(Math.max(limit, CANDIDATES))) {
                if (!containsEqual(found, a)) {
                    found.add(a);
                }
            }
        }
        if (!found.isEmpty()) {
            found.sort(preference(composition, counts));
            found = found.subList(0, Math.min(limit, found.size()));
            return new ValidityResult(Status.VALID, ValidityResult.describe(composition, found.get(0)), found);
        }
        if (refused) {
            return new ValidityResult(Status.UNKNOWN, "oxidation-state search too large; gave up", List.of());
        }
        return new ValidityResult(Status.INVALID, paulingTest ? "no charge-balanced oxidation states with cations less electronegative than anions"
                : "no charge-balanced oxidation states", List.of());
    }

    private Comparator<int[]> preference(Composition composition, long[] counts) {
        ToLongFunction<int[]> uncommon = a -> {
            long atoms = 0;
            for (int i = 0; i < a.length; i++) {
                if (Arrays.binarySearch(common.states(composition.element(i)), a[i]) < 0) {
                    atoms += counts[i];
                }
            }
            return atoms;
        };
        ToLongFunction<int[]> moved = a -> {
            long sum = 0;
            for (int i = 0; i < a.length; i++) {
                sum += Math.abs(a[i]) * counts[i];
            }
            return sum;
        };
        return Comparator.comparingLong(uncommon).thenComparingLong(moved).thenComparing(Arrays::compare);
    }

    private static boolean allMetals(Composition composition) {
        for (int i = 0; i < composition.size(); i++) {
            if (!SMACT_METALS.contains(composition.element(i))) {
                return false;
            }
        }
        return true;
    }

    /** SMACT: {@code count = [int(c) for c in amounts]}, divided by their gcd; null when all are zero. */
    private static long[] smactCounts(Composition composition) {
        long[] counts = new long[composition.size()];
        long gcd = 0;
        for (int i = 0; i < counts.length; i++) {
            counts[i] = (long) composition.amount(i);
            gcd = gcd(gcd, counts[i]);
        }
        if (gcd == 0) {
            return null;
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= gcd;
        }
        return counts;
    }

    /**
     * Electronegativity cuts: the cations are the elements at or below the cut. Without the Pauling test a single
     * pass with every state allowed (cut NaN).
     */
    private double[] cuts(Composition composition) {
        if (!paulingTest) {
            return new double[] {Double.NaN};
        }
        int n = composition.size();
        double[] values = new double[n + 1];
        values[0] = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            values[i + 1] = electronegativity[composition.element(i).ordinal()];
        }
        Arrays.sort(values);
        int distinct = 1;
        for (int i = 1; i < values.length; i++) {
            if (values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return distinct == values.length ? values : Arrays.copyOf(values, distinct);
    }

    /** @return each element's states allowed at this cut, or null when some element has none (no solution) */
    private int[][] allowedStates(Composition composition, double cut) {
        int[][] allowed = new int[composition.size()][];
        for (int i = 0; i < allowed.length; i++) {
            int z = composition.element(i).ordinal();
            boolean cation = electronegativity[z] <= cut;
            int kept = 0;
            int[] buffer = new int[states.count(z)];
            for (int k = 0; k < buffer.length; k++) {
                int s = states.state(z, k);
                if (Double.isNaN(cut) || s == 0 || (cation ? s > 0 : s < 0)) {
                    buffer[kept++] = s;
                }
            }
            if (kept == 0) {
                return null;
            }
            allowed[i] = kept == buffer.length ? buffer : Arrays.copyOf(buffer, kept);
        }
        return allowed;
    }

    private static boolean containsEqual(List<int[]> list, int[] a) {
        for (int[] b : list) {
            if (Arrays.equals(a, b)) {
                return true;
            }
        }
        return false;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return Math.abs(a);
    }
}
