package org.matforge.chemistry.lib.oxidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.elements.OxidationStateSet;
import org.matforge.chemistry.lib.oxidation.ValidityResult.Status;

/**
 * Random compositions against a brute-force transcription of SMACT's loop (every product of oxidation states,
 * {@code neutral_ratios} and {@code eneg_states_test}); and hostile sizes that must end quickly (hang guard only).
 */
class ValidityFuzzTest {
    private final ElementTable table = ElementTable.load();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void agreesWithBruteForceSmactOnRandomCompositions() {
        Random random = new Random(20260101);
        for (String set : new String[] {"smact14", "icsd24"}) {
            ValidityChecker checker = ValidityChecker.smactDefaults(table, set);
            OxidationStateSet states = table.oxidationStates(set);
            for (int trial = 0; trial < 20_000; trial++) {
                Composition c = randomComposition(random, 1 + random.nextInt(4), 12);
                boolean expected = bruteForce(c, states);
                ValidityResult actual = checker.check(c, 1000);
                assertEquals(expected, actual.status() == Status.VALID, set + " " + c);
                for (int[] a : actual.assignments()) {
                    long charge = 0;
                    for (int i = 0; i < a.length; i++) {
                        charge += a[i] * (long) c.amount(i);
                    }
                    assertEquals(0, charge, set + " " + c + " " + Arrays.toString(a));
                }
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hostileSizesEndWithAVerdict() {
        Random random = new Random(7);
        ValidityChecker checker = ValidityChecker.smactDefaults(table, "smact14");
        for (int trial = 0; trial < 300; trial++) {
            Composition c = randomComposition(random, 1 + random.nextInt(40), 999_999);
            assertNotNull(checker.check(c, 5).status());
        }
        double[] every = new double[103];
        Arrays.fill(every, 999_983);
        every[0] = 999_979;
        assertNotNull(checker.check(Composition.ofAmounts(every)).status());
    }

    private static Composition randomComposition(Random random, int elements, int maxCount) {
        Map<Element, Integer> amounts = new EnumMap<>(Element.class);
        while (amounts.size() < elements) {
            amounts.put(Element.ofNumber(1 + random.nextInt(103)), 1 + random.nextInt(maxCount));
        }
        return Composition.of(amounts);
    }

    /** SMACT: pure → valid; all metals → valid; else any product of states neutral and Pauling-ordered. */
    private boolean bruteForce(Composition c, OxidationStateSet states) {
        int n = c.size();
        if (n == 1) {
            return true;
        }
        String metals = " Li Be Na Mg Al K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn "
                + "Sb Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po Fr Ra Ac Th Pa U "
                + "Np Pu Am Cm Bk Cf Es Fm Md No ";
        boolean allMetals = true;
        for (int i = 0; i < n; i++) {
            allMetals &= metals.contains(" " + c.element(i).symbol() + " ");
        }
        if (allMetals) {
            return true;
        }
        long[] counts = new long[n];
        double[] eneg = new double[n];
        int[][] options = new int[n][];
        for (int i = 0; i < n; i++) {
            counts[i] = (long) c.amount(i);
            eneg[i] = table.value("PaulingElectronegativity", c.element(i));
            options[i] = states.states(c.element(i));
            if (options[i].length == 0) {
                return false;
            }
        }
        int[] index = new int[n];
        while (true) {
            long charge = 0;
            for (int i = 0; i < n; i++) {
                charge += counts[i] * options[i][index[i]];
            }
            if (charge == 0 && paulingOk(index, options, eneg)) {
                return true;
            }
            int i = 0;
            while (i < n && ++index[i] == options[i].length) {
                index[i++] = 0;
            }
            if (i == n) {
                return false;
            }
        }
    }

    private static boolean paulingOk(int[] index, int[][] options, double[] eneg) {
        for (int a = 0; a < index.length; a++) {
            for (int b = a + 1; b < index.length; b++) {
                int oxA = options[a][index[a]];
                int oxB = options[b][index[b]];
                if (Double.isNaN(eneg[a]) || Double.isNaN(eneg[b])) {
                    return false;
                }
                if (oxA > 0 && oxB < 0 && eneg[a] >= eneg[b] || oxA < 0 && oxB > 0 && eneg[a] <= eneg[b]) {
                    return false;
                }
            }
        }
        return true;
    }
}
