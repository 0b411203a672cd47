package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/**
 * Pareto ranks over real Materials Project targets — band gap (max), formation energy (min), atoms per formula
 * unit (min) — of formulas present in both mp_gap and mp_e_form, against ranks found by peeling fronts by brute force.
 */
class ParetoScreenTest {
    private static final List<Candidate> candidates = new ArrayList<>();

    @BeforeAll
    static void load() {
        Map<String, Double> formationEnergy = new LinkedHashMap<>();
        SharedData.rows("mp_e_form").forEach(r -> formationEnergy.putIfAbsent(r.formula(), r.target()));
        for (SharedData.Row row : SharedData.rows("mp_gap")) {
            Double ef = formationEnergy.get(row.formula());
            if (ef != null && candidates.size() < 1500) {
                Composition c = Composition.parse(row.formula());
                candidates.add(Candidate.of(c, "mp").withPrediction("band_gap", new Prediction(row.target(), 0))
                        .withPrediction("formation_energy", new Prediction(ef, 0))
                        .withPrediction("atoms", new Prediction(c.totalAtoms(), 0)));
            }
        }
        candidates.add(Candidate.of(Composition.parse("GaN"), "unpredicted").withPrediction("band_gap", new Prediction(3.4, 0)));
    }

    @Test
    void ranksOverTwoObjectivesEqualFrontPeeling() {
        checkAgainstBruteForce(List.of("band_gap:max", "formation_energy:min"));
    }

    @Test
    void ranksOverThreeObjectivesEqualFrontPeeling() {
        checkAgainstBruteForce(List.of("band_gap:max", "formation_energy:min", "atoms:min"));
    }

    @Test
    void withKTheRankingUsesTheOptimisticBoundOfEachObjective() {
        List<Candidate> uncertain = new ArrayList<>();
        for (Candidate c : candidates.subList(0, candidates.size() - 1)) {
            double gap = c.predictions().get("band_gap").mean();
            double ef = c.predictions().get("formation_energy").mean();
            uncertain.add(Candidate.of(c.composition(), "mp").withPrediction("band_gap", new Prediction(gap, 0.05 + 0.2 * gap))
                    .withPrediction("formation_energy", new Prediction(ef, 0.02 + 0.1 * Math.abs(ef))));
        }
        List<ScreenResult> results = new ParetoScreen().screen(uncertain,
                Parameters.of(Map.of("objectives", List.of("band_gap:max", "formation_energy:min"), "k", 1.5)), TaskContext.unobserved());
        double[][] points = new double[uncertain.size()][];
        for (int i = 0; i < points.length; i++) {
            Prediction gap = uncertain.get(i).predictions().get("band_gap");
            Prediction ef = uncertain.get(i).predictions().get("formation_energy");
            points[i] = new double[] {-(gap.mean() + 1.5 * gap.std()), ef.mean() - 1.5 * ef.std()};
        }
        int[] expected = peel(points);
        int differentFromMeans = 0;
        List<ScreenResult> onMeans = new ParetoScreen().screen(uncertain,
                Parameters.of(Map.of("objectives", List.of("band_gap:max", "formation_energy:min"))), TaskContext.unobserved());
        for (int i = 0; i < points.length; i++) {
            assertEquals(expected[i], results.get(i).score(), 0);
            differentFromMeans += results.get(i).score() != onMeans.get(i).score() ? 1 : 0;
        }
        assertTrue(differentFromMeans > 0, "the uncertainty changes some ranks");
        assertTrue(results.get(0).reason().endsWith(" at mean ± 1.5·σ"), results.get(0).reason());
    }

    @Test
    void oneObjectiveRanksByValueWithTiesSharingARank() {
        List<ScreenResult> results = screen(Map.of("objectives", List.of("band_gap:max")));
        for (int i = 0; i < candidates.size() - 1; i++) {
            for (int j = 0; j < candidates.size() - 1; j++) {
                double gi = candidates.get(i).predictions().get("band_gap").mean();
                double gj = candidates.get(j).predictions().get("band_gap").mean();
                assertEquals(Double.compare(gj, gi), Double.compare(results.get(i).score(), results.get(j).score()));
            }
        }
    }

    private static void checkAgainstBruteForce(List<String> objectives) {
        List<ScreenResult> results = screen(Map.of("objectives", objectives, "maxRank", 2));
        int n = candidates.size() - 1;
        double[][] points = new double[n][objectives.size()];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < objectives.size(); j++) {
                String[] spec = objectives.get(j).split(":");
                double v = candidates.get(i).predictions().get(spec[0]).mean();
                points[i][j] = spec[1].equals("max") ? -v : v;
            }
        }
        int[] expected = peel(points);
        int fronts = Arrays.stream(expected).max().getAsInt();
        assertTrue(fronts > 5, "real data has many fronts: " + fronts);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], results.get(i).score(), 0, candidates.get(i).toString());
            assertEquals(expected[i] <= 2 ? Verdict.PASS : Verdict.FAIL, results.get(i).verdict());
        }
        ScreenResult unpredicted = results.get(n);
        assertEquals(Verdict.UNKNOWN, unpredicted.verdict());
        assertTrue(unpredicted.reason().contains("'formation_energy'"), unpredicted.reason());
    }

    /** Textbook non-dominated sorting: the next front is every remaining point no remaining point dominates. */
    private static int[] peel(double[][] points) {
        int n = points.length;
        int[] rank = new int[n];
        int assigned = 0;
        for (int front = 1; assigned < n; front++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (rank[i] != 0) {
                    continue;
                }
                boolean dominated = false;
                for (int j = 0; j < n && !dominated; j++) {
                    dominated = j != i && rank[j] == 0 && dominatesByDefinition(points[j], points[i]);
                }
                if (!dominated) {
                    members.add(i);
                }
            }
            for (int i : members) {
                rank[i] = front;
            }
            assigned += members.size();
        }
        return rank;
    }

    private static boolean dominatesByDefinition(double[] a, double[] b) {
        boolean noWorse = true;
        boolean better = false;
        for (int k = 0; k < a.length; k++) {
            noWorse &= a[k] <= b[k];
            better |= a[k] < b[k];
        }
        return noWorse && better;
    }

    private static List<ScreenResult> screen(Map<String, ?> parameters) {
        return new ParetoScreen().screen(candidates, Parameters.of(parameters), TaskContext.unobserved());
    }

    @Test
    void badParametersAreNamed() {
        assertMessage(Map.of(), "parameter 'objectives' is required");
        assertMessage(Map.of("objectives", List.of("band_gap:max", "formation_energy")), "parameter 'objectives[1]': \"formation_energy\" needs a direction");
        assertMessage(Map.of("objectives", List.of("band_gap:up")), "parameter 'objectives[0]': direction must be max or min");
        assertMessage(Map.of("objectives", List.of("band_gap:max", "band_gap:min")), "parameter 'objectives[1]': target 'band_gap' is listed twice");
        assertMessage(Map.of("objectives", List.of("band_gap:max"), "maxRank", 0), "parameter 'maxRank' must be ≥ 1");
        assertMessage(Map.of("objectives", List.of("band_gap:max"), "maxRank", 1.5), "parameter 'maxRank' must be a whole number");
        assertMessage(Map.of("objective", List.of("band_gap:max")), "parameter 'objective' is not one of pareto's: k, maxRank, objectives");
        assertMessage(Map.of("objectives", List.of("band_gap:max"), "k", "high"), "parameter 'k' must be a number");
    }

    private static void assertMessage(Map<String, ?> parameters, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> screen(parameters));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
