package org.matforge.featurizers.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.featurizer.Featurizer;

/**
 * Every featurizer on a fixed sample of real formulas (every 460th of expt_gap, every 80th of steels_yield, every
 * 13,000th of mp_e_form) against values worked out here from the raw published tables in {@code ../shared/data/elements}
 * — the Magpie {@code *.table} files and SMACT's {@code element_data.txt} and oxidation-state files — by the textbook
 * formulas, not through our compiled element table.
 */
class FeaturizersOnRawTablesTest {
    private static final double TOLERANCE = 1e-9;
    private static final String SMACT_METALS = " Li Be Na Mg Al K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge Rb Sr Y Zr Nb Mo Tc Ru Rh "
            + "Pd Ag Cd In Sn Sb Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po Fr Ra "
            + "Ac Th Pa U Np Pu Am Cm Bk Cf Es Fm Md No ";

    private static final Map<String, Featurizer> FEATURIZERS = StandardFeaturizers.create(ElementTable.load());
    private static final List<Composition> SAMPLE = new ArrayList<>();
    private static Path elements;
    private static final Map<String, double[]> MAGPIE = new HashMap<>();
    private static final double[] PAULING = new double[103];
    private static int[][] icsd24Common;
    private static int[][] icsd24;

    @BeforeAll
    static void readRawTables() throws IOException {
        addEvery(SharedData.formulas("expt_gap"), 460);
        addEvery(SharedData.formulas("steels_yield"), 80);
        addEvery(SharedData.formulas("mp_e_form"), 13_000);
        elements = SharedData.root().resolve("elements");
        for (String property : MagpieFeaturizer.PROPERTIES) {
            MAGPIE.put(property, magpieTable(property));
        }
        for (String line : Files.readAllLines(elements.resolve("smact/element_data.txt"))) {
            String[] cells = line.trim().split("\\s+");
            if (!line.startsWith("#") && cells.length > 9) {
                int z = Integer.parseInt(cells[2]);
                if (z <= 103) {
                    PAULING[z - 1] = cells[9].equals("None") ? Double.NaN : Double.parseDouble(cells[9]);
                }
            }
        }
        icsd24Common = oxidationStates("oxidation_states_icsd24_common.txt");
        icsd24 = oxidationStates("oxidation_states_icsd24_filtered.txt");
    }

    private static void addEvery(List<String> formulas, int step) {
        for (int i = 0; i < formulas.size(); i += step) {
            SAMPLE.add(Composition.parse(formulas.get(i)));
        }
    }

    private static double[] magpieTable(String property) throws IOException {
        List<String> lines = Files.readAllLines(elements.resolve("magpie/" + property + ".table"));
        double[] values = new double[103];
        for (int z = 0; z < 103; z++) {
            try {
                values[z] = Double.parseDouble(lines.get(z).trim());
            } catch (NumberFormatException e) {
                values[z] = Double.NaN;
            }
        }
        return values;
    }

    private static int[][] oxidationStates(String file) throws IOException {
        int[][] states = new int[103][0];
        for (String line : Files.readAllLines(elements.resolve("smact/" + file))) {
            String[] cells = line.trim().split("\\s+");
            if (line.startsWith("#") || cells[0].isEmpty()) {
                continue;
            }
            int z = org.matforge.api.chem.Element.ofSymbol(cells[0]).map(e -> e.atomicNumber()).orElse(999);
            if (z <= 103) {
                states[z - 1] = Arrays.stream(cells, 1, cells.length).mapToInt(Integer::parseInt).toArray();
            }
        }
        return states;
    }

    @Test
    void sampleIsLargeAndVaried() {
        assertTrue(SAMPLE.size() >= 25, "sample of " + SAMPLE.size());
        assertTrue(SAMPLE.stream().anyMatch(c -> !c.isIntegral()), "fractional steels included");
        assertTrue(SAMPLE.stream().anyMatch(c -> c.size() >= 4));
    }

    @Test
    void magpie() {
        List<String> labels = FEATURIZERS.get("magpie").labels();
        for (Composition c : SAMPLE) {
            double[] row = featurize("magpie", c);
            for (String property : MagpieFeaturizer.PROPERTIES) {
                double[] table = MAGPIE.get(property);
                double total = c.totalAtoms();
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                double mean = 0;
                for (int i = 0; i < c.size(); i++) {
                    double v = table[c.element(i).ordinal()];
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    mean += c.amount(i) * v / total;
                }
                double avgDev = 0;
                for (int i = 0; i < c.size(); i++) {
                    avgDev += c.amount(i) * Math.abs(table[c.element(i).ordinal()] - mean) / total;
                }
                // mode: the smallest value among the most abundant elements (amounts equal within numpy isclose)
                double top = 0;
                for (int i = 0; i < c.size(); i++) {
                    top = Math.max(top, c.amount(i));
                }
                double mode = Double.POSITIVE_INFINITY;
                for (int i = 0; i < c.size(); i++) {
                    double v = table[c.element(i).ordinal()];
                    if (top - c.amount(i) <= 1e-8 + 1e-5 * top) {
                        mode = Double.isNaN(v) || Double.isNaN(mode) ? Double.NaN : Math.min(mode, v);
                    }
                }
                double[] expected = {min, max, max - min, mean, avgDev, mode};
                for (int s = 0; s < 6; s++) {
                    String label = "MagpieData " + MagpieFeaturizer.STATS.get(s) + " " + property;
                    double actual = row[labels.indexOf(label)];
                    if (Double.isNaN(mean) && s < 5) {
                        assertTrue(Double.isNaN(actual), c + " " + label);
                    } else {
                        assertClose(expected[s], actual, c + " " + label);
                    }
                }
            }
        }
    }

    @Test
    void stoichiometry() {
        int[] p = {2, 3, 5, 7, 10};
        for (Composition c : SAMPLE) {
            double[] row = featurize("stoichiometry", c);
            assertEquals(c.size(), row[0], c.toString());
            for (int k = 0; k < p.length; k++) {
                double sum = 0;
                for (int i = 0; i < c.size(); i++) {
                    sum += Math.pow(c.amount(i) / c.totalAtoms(), p[k]);
                }
                assertClose(Math.pow(sum, 1.0 / p[k]), row[k + 1], c + " " + p[k] + "-norm");
            }
        }
    }

    @Test
    void valenceOrbital() {
        String[] orbitals = {"NsValence", "NpValence", "NdValence", "NfValence"};
        for (Composition c : SAMPLE) {
            double[] row = featurize("valence-orbital", c);
            double total = weightedMean(c, MAGPIE.get("NValence"));
            for (int k = 0; k < 4; k++) {
                double mean = weightedMean(c, MAGPIE.get(orbitals[k]));
                assertClose(mean, row[k], c + " avg " + orbitals[k]);
                assertClose(mean / total, row[4 + k], c + " frac " + orbitals[k]);
            }
        }
    }

    @Test
    void elementFraction() {
        for (Composition c : SAMPLE) {
            double[] row = featurize("element-fraction", c);
            double[] expected = new double[103];
            for (int i = 0; i < c.size(); i++) {
                expected[c.element(i).atomicNumber() - 1] = c.amount(i) / c.totalAtoms();
            }
            for (int z = 0; z < 103; z++) {
                assertClose(expected[z], row[z], c + " Z=" + (z + 1));
            }
        }
    }

    @Test
    void ionProperty() {
        for (Composition c : SAMPLE) {
            double[] row = featurize("ion-property", c);
            if (c.size() == 1) {
                assertEquals(List.of(1.0, 0.0, 0.0), List.of(row[0], row[1], row[2]));
                continue;
            }
            assertEquals(anyNeutral(c) ? 1.0 : 0.0, row[0], c + " compound possible");
            double max = Double.NEGATIVE_INFINITY;
            double avg = 0;
            for (int a = 0; a < c.size(); a++) {
                for (int b = a + 1; b < c.size(); b++) {
                    double d = PAULING[c.element(a).ordinal()] - PAULING[c.element(b).ordinal()];
                    double ionic = 1 - Math.exp(-d * d / 4);
                    max = Math.max(max, ionic);
                    avg += c.amount(a) / c.totalAtoms() * c.amount(b) / c.totalAtoms() * ionic;
                }
            }
            assertClose(max, row[1], c + " max ionic char");
            assertClose(avg, row[2], c + " avg ionic char");
        }
    }

    /** matminer IonProperty: some product of ICSD-common states with amount-weighted charge 0 (numpy isclose). */
    private static boolean anyNeutral(Composition c) {
        return search(c, 0, 0.0, icsd24Common, null);
    }

    @Test
    void oxidationStates() {
        for (Composition c : SAMPLE) {
            double[] row = featurize("oxidation-states", c);
            int[] states = guess(c);
            if (states == null) {
                assertTrue(Arrays.stream(row).allMatch(Double::isNaN), c + " has no balanced states: " + Arrays.toString(row));
                continue;
            }
            double min = Arrays.stream(states).min().orElseThrow();
            double max = Arrays.stream(states).max().orElseThrow();
            double w = c.totalAtoms();
            double mean = 0;
            double w2 = 0;
            for (int i = 0; i < c.size(); i++) {
                mean += c.amount(i) * states[i] / w;
                w2 += c.amount(i) * c.amount(i);
            }
            double sq = 0;
            for (int i = 0; i < c.size(); i++) {
                sq += c.amount(i) * (states[i] - mean) * (states[i] - mean);
            }
            double std = c.size() == 1 ? 0 : Math.sqrt(w / (w * w - w2) * sq);
            assertClose(min, row[0], c + " min");
            assertClose(max, row[1], c + " max");
            assertClose(max - min, row[2], c + " range");
            assertClose(std, row[3], c + " std_dev");
        }
    }

    /**
     * The documented guess: pure elements and SMACT-metal alloys are all 0; otherwise, among the icsd24 assignments
     * that balance SMACT's integer counts ({@code int(amount)} / gcd) with every cation less electronegative than every
     * anion, the one with fewest atoms outside their ICSD-common state, then fewest electrons moved, then the smallest
     * state array in atomic-number order. Null when none.
     */
    private static int[] guess(Composition c) {
        int n = c.size();
        boolean metals = true;
        for (int i = 0; i < n; i++) {
            metals &= SMACT_METALS.contains(" " + c.element(i).symbol() + " ");
        }
        if (n == 1 || metals) {
            return new int[n];
        }
        long[] counts = new long[n];
        long gcd = 0;
        for (int i = 0; i < n; i++) {
            counts[i] = (long) c.amount(i);
            gcd = java.math.BigInteger.valueOf(gcd).gcd(java.math.BigInteger.valueOf(counts[i])).longValue();
        }
        if (gcd == 0) {
            return null;
        }
        int[][] best = {null};
        long[] bestKey = new long[2];
        int[] index = new int[n];
        enumerate(c, counts, gcd, 0, index, best, bestKey);
        return best[0];
    }

    private static void enumerate(Composition c, long[] counts, long gcd, int i, int[] chosen, int[][] best, long[] bestKey) {
        int n = c.size();
        if (i == n) {
            long charge = 0;
            for (int k = 0; k < n; k++) {
                charge += counts[k] / gcd * chosen[k];
            }
            if (charge != 0 || !paulingOrdered(c, chosen)) {
                return;
            }
            long uncommon = 0;
            long moved = 0;
            for (int k = 0; k < n; k++) {
                int state = chosen[k];
                if (Arrays.stream(icsd24Common[c.element(k).ordinal()]).noneMatch(s -> s == state)) {
                    uncommon += counts[k] / gcd;
                }
                moved += Math.abs(chosen[k]) * (counts[k] / gcd);
            }
            boolean better = best[0] == null || uncommon < bestKey[0] || uncommon == bestKey[0] && (moved < bestKey[1]
                    || moved == bestKey[1] && Arrays.compare(chosen, best[0]) < 0);
            if (better) {
                best[0] = chosen.clone();
                bestKey[0] = uncommon;
                bestKey[1] = moved;
            }
            return;
        }
        for (int s : icsd24[c.element(i).ordinal()]) {
            chosen[i] = s;
            enumerate(c, counts, gcd, i + 1, chosen, best, bestKey);
        }
    }

    private static boolean paulingOrdered(Composition c, int[] states) {
        for (int a = 0; a < states.length; a++) {
            for (int b = 0; b < states.length; b++) {
                double ea = PAULING[c.element(a).ordinal()];
                double eb = PAULING[c.element(b).ordinal()];
                if (Double.isNaN(ea) || Double.isNaN(eb) || states[a] > 0 && states[b] < 0 && ea >= eb) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean search(Composition c, int i, double charge, int[][] states, int[] unused) {
        if (i == c.size()) {
            return Math.abs(charge) <= 1e-8;
        }
        for (int s : states[c.element(i).ordinal()]) {
            if (search(c, i + 1, charge + s * c.amount(i), states, unused)) {
                return true;
            }
        }
        return false;
    }

    private static double weightedMean(Composition c, double[] table) {
        double sum = 0;
        for (int i = 0; i < c.size(); i++) {
            sum += c.amount(i) / c.totalAtoms() * table[c.element(i).ordinal()];
        }
        return sum;
    }

    private static double[] featurize(String id, Composition c) {
        Featurizer f = FEATURIZERS.get(id);
        double[] row = new double[f.labels().size()];
        f.featurize(c, row, 0);
        return row;
    }

    private static void assertClose(double expected, double actual, String what) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(Double.isNaN(expected), Double.isNaN(actual), what + ": expected " + expected + ", got " + actual);
            return;
        }
        assertEquals(expected, actual, TOLERANCE * (1 + Math.abs(expected)), what);
    }
}
