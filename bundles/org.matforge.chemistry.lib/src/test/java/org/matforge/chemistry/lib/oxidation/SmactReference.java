package org.matforge.chemistry.lib.oxidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.matforge.api.chem.Composition;

/**
 * SMACT's {@code smact.screening.smact_validity(composition, use_pauling_test=True, include_alloys=True,
 * oxidation_states_set=...)} transcribed statement by statement (Python and PyPI are not reachable here), reading
 * SMACT's own data files from {@code ../shared/data/elements/smact}, not our compiled table:
 * <pre>
 * if len(set(elem_symbols)) == 1: return True
 * if include_alloys and all(sym in metals for sym in elem_symbols): return True
 * counts = [int(v) for v in composition.as_dict().values()]
 * gcd_val = _gcd_recursive(*counts)                       # reduce(gcd, counts); 0 when every count is 0
 * stoichs = [(int(c // gcd_val),) for c in counts]         # ZeroDivisionError when gcd_val == 0
 * threshold = max(int(c // gcd_val) for c in counts)
 * electronegs = [e.pauling_eneg for e in smact_elems]      # None where element_data.txt says None
 * ox_combos = [el.oxidation_states_&lt;set&gt; for el in smact_elems]
 * for ox_states in itertools.product(*ox_combos):
 *     cn_e, _ = neutral_ratios(ox_states, stoichs=stoichs, threshold=threshold)
 *                      # any x in product(*stoichs) with sum(ox*x) == 0 and reduce(gcd, x) == 1
 *     if cn_e:
 *         try: en_ok = pauling_test(ox_states, electronegs)   # eneg_states_test
 *         except TypeError: en_ok = True
 *         if en_ok: return True
 * return False
 * </pre>
 * {@code eneg_states_test}: for every pair (itertools.combinations), False when either electronegativity is None,
 * or a cation is at least as electronegative as an anion.
 */
public final class SmactReference {
    /** Thrown where SMACT raises ZeroDivisionError (every amount below 1). */
    public static final class ZeroDivision extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ZeroDivision() {
            super("ZeroDivisionError: integer division or modulo by zero", null, false, false);
        }
    }

    /** Thrown when the product of oxidation states is too large to enumerate in a unit test. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("product too large", null, false, false);
        }
    }

    /** {@code smact.metals}. */
    private static final Set<String> METALS = Set.of("Li", "Be", "Na", "Mg", "Al", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn",
            "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd",
            "In", "Sn", "Sb", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu",
            "Hf", "Ta", "W", "Re", "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "Fr", "Ra", "Ac", "Th", "Pa", "U",
            "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No");

    private final Map<String, Double> pauling = new HashMap<>();
    private final Map<String, int[]> states = new HashMap<>();
    private final long maxProduct;

    /**
     * @param smactData  SMACT's data folder
     * @param statesFile {@code oxidation_states.txt} (smact14), {@code oxidation_states_icsd24_filtered.txt} (icsd24)
     *                   or another oxidation-state file
     * @param maxProduct refuse ({@link TooLarge}) products of more oxidation-state combinations
     */
    public SmactReference(Path smactData, String statesFile, long maxProduct) throws IOException {
        this.maxProduct = maxProduct;
        for (String line : Files.readAllLines(smactData.resolve("element_data.txt"))) {
            String[] cells = line.trim().split("\\s+");
            if (!line.startsWith("#") && cells.length > 9) {
                pauling.put(cells[0], cells[9].equals("None") ? null : Double.valueOf(cells[9]));
            }
        }
        for (String line : Files.readAllLines(smactData.resolve(statesFile))) {
            String[] cells = line.trim().split("\\s+");
            if (!line.startsWith("#") && !cells[0].isEmpty()) {
                states.put(cells[0], Arrays.stream(cells, 1, cells.length).mapToInt(Integer::parseInt).toArray());
            }
        }
    }

    /** @return SMACT's verdict for the composition's elements and amounts (as pymatgen's as_dict() gives them) */
    public boolean smactValidity(Composition composition) {
        int n = composition.size();
        String[] symbols = new String[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            symbols[i] = composition.element(i).symbol();
            values[i] = composition.amount(i);
        }
        if (Set.of(symbols).size() == 1) {
            return true;
        }
        if (Arrays.stream(symbols).allMatch(METALS::contains)) {
            return true;
        }
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            counts[i] = (long) values[i];
        }
        long gcdVal = gcdRecursive(counts);
        if (gcdVal == 0) {
            throw new ZeroDivision();
        }
        long[] stoichs = new long[n];
        for (int i = 0; i < n; i++) {
            stoichs[i] = Math.floorDiv(counts[i], gcdVal);
        }
        Double[] electronegs = new Double[n];
        int[][] oxCombos = new int[n][];
        long product = 1;
        for (int i = 0; i < n; i++) {
            electronegs[i] = pauling.get(symbols[i]);
            oxCombos[i] = states.getOrDefault(symbols[i], new int[0]);
            product *= oxCombos[i].length;
            if (product > maxProduct) {
                throw new TooLarge();
            }
        }
        if (product == 0) {
            return false;
        }
        int[] index = new int[n];
        int[] oxStates = new int[n];
        while (true) {
            for (int i = 0; i < n; i++) {
                oxStates[i] = oxCombos[i][index[i]];
            }
            if (neutralRatios(oxStates, stoichs) && enegStatesTest(oxStates, electronegs)) {
                return true;
            }
            int i = n - 1; // itertools.product: the last iterable advances fastest
            while (i >= 0 && ++index[i] == oxCombos[i].length) {
                index[i--] = 0;
            }
            if (i < 0) {
                return false;
            }
        }
    }

    /** neutral_ratios with one stoichiometry per site: the product has the single tuple {@code stoichs}. */
    private static boolean neutralRatios(int[] oxidations, long[] stoichs) {
        long sum = 0;
        for (int i = 0; i < oxidations.length; i++) {
            sum += oxidations[i] * stoichs[i];
        }
        return sum == 0 && gcdRecursive(stoichs) == 1;
    }

    private static boolean enegStatesTest(int[] oxStates, Double[] enegs) {
        for (int a = 0; a < oxStates.length; a++) {
            for (int b = a + 1; b < oxStates.length; b++) {
                int ox1 = oxStates[a];
                int ox2 = oxStates[b];
                Double eneg1 = enegs[a];
                Double eneg2 = enegs[b];
                if (eneg1 == null || eneg2 == null || ox1 > 0 && ox2 < 0 && eneg1 >= eneg2 || ox1 < 0 && ox2 > 0 && eneg1 <= eneg2) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long gcdRecursive(long[] args) {
        long g = 0;
        for (long a : args) {
            long x = Math.abs(a);
            while (x != 0) {
                long t = g % x;
                g = x;
                x = t;
            }
        }
        return g;
    }
}
