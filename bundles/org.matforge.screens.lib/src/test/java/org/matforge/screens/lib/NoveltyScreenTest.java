package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/** Novelty of real compositions (Materials Project formulas) against the experimental band-gap set. */
class NoveltyScreenTest {
    private static List<Composition> known;
    private static List<Candidate> candidates;
    private static Set<String> knownKeys;
    private static int knownCandidates;

    @BeforeAll
    static void load() {
        FileRoots.allow(SharedData.root());
        known = SharedData.rows("expt_gap").stream().map(r -> Composition.parse(r.formula())).toList();
        knownKeys = new HashSet<>();
        known.forEach(c -> knownKeys.add(c.normalized().formula()));
        candidates = new ArrayList<>();
        for (Composition c : known.subList(0, 300)) {
            candidates.add(Candidate.of(c, "expt_gap"));
            candidates.add(Candidate.of(scaled(c, 3), "expt_gap×3"));
        }
        knownCandidates = candidates.size();
        SharedData.rows("mp_gap").stream().limit(3000).forEach(r -> candidates.add(Candidate.of(Composition.parse(r.formula()), "mp_gap")));
    }

    private static Composition scaled(Composition c, double factor) {
        double[] amounts = c.amountsByNumber();
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] *= factor;
        }
        return Composition.ofAmounts(amounts);
    }

    private static List<ScreenResult> screen(Map<String, ?> parameters) {
        Map<String, Object> withoutKnown = new java.util.HashMap<>(parameters);
        withoutKnown.putIfAbsent("known", false);
        return new NoveltyScreen().screen(candidates, Parameters.of(withoutKnown), TaskContext.unobserved());
    }

    @Test
    void aCandidateIsNovelExactlyWhenItsReducedCompositionIsNotInTheReferenceFile() {
        List<ScreenResult> results = screen(Map.of("referenceFile", SharedData.matbench("expt_gap").toString()));
        assertEquals(candidates.size(), results.size());
        int novel = 0;
        for (int i = 0; i < candidates.size(); i++) {
            boolean isKnown = knownKeys.contains(candidates.get(i).composition().normalized().formula());
            ScreenResult r = results.get(i);
            assertEquals(isKnown ? Verdict.FAIL : Verdict.PASS, r.verdict(), candidates.get(i) + ": " + r.reason());
            if (isKnown) {
                assertEquals(0, r.score());
                assertTrue(r.reason().contains("expt_gap.csv:"), r.reason());
            } else {
                novel++;
            }
        }
        for (int i = 0; i < knownCandidates; i++) {
            assertEquals(Verdict.FAIL, results.get(i).verdict(), "every expt_gap formula and its multiple is known");
        }
        assertTrue(novel > 1000, "most Materials Project formulas are not in the experimental set: " + novel);
    }

    @Test
    void theScoreIsTheL1DistanceToTheNearestReferenceByBruteForce() {
        List<ScreenResult> results = screen(Map.of("referenceFile", SharedData.matbench("expt_gap").toString()));
        List<double[]> refs = known.stream().map(NoveltyScreenTest::fractions).toList();
        for (int i = knownCandidates; i < knownCandidates + 200; i++) {
            double[] f = fractions(candidates.get(i).composition());
            double best = 2;
            for (double[] ref : refs) {
                double d = 0;
                for (int z = 0; z < f.length; z++) {
                    d += Math.abs(f[z] - ref[z]);
                }
                best = Math.min(best, d);
            }
            assertEquals(best, results.get(i).score(), 1e-9, candidates.get(i).toString());
        }
    }

    private static double[] fractions(Composition c) {
        double[] a = c.amountsByNumber();
        for (int z = 0; z < a.length; z++) {
            a[z] /= c.totalAtoms();
        }
        return a;
    }

    @Test
    void aTableFromAnEarlierStepAndAListOfFormulasGiveTheSameVerdictsAsTheFile() {
        List<ScreenResult> fromFile = screen(Map.of("referenceFile", SharedData.matbench("expt_gap").toString()));
        Table table = Table.builder(known.size()).text("composition", known.stream().map(Composition::formula).toList()).build();
        List<ScreenResult> fromTable = screen(Map.of("reference", table, "referenceColumn", "composition"));
        List<ScreenResult> fromList = screen(Map.of("reference", SharedData.rows("expt_gap").stream().map(SharedData.Row::formula).toList()));
        for (int i = 0; i < candidates.size(); i++) {
            assertEquals(fromFile.get(i).verdict(), fromTable.get(i).verdict());
            assertEquals(fromFile.get(i).verdict(), fromList.get(i).verdict());
            assertEquals(fromFile.get(i).score(), fromList.get(i).score(), 1e-12);
        }
    }

    @Test
    void withAToleranceNearNeighboursOfKnownCompoundsAreNotNovel() {
        List<ScreenResult> exact = screen(Map.of("referenceFile", SharedData.matbench("expt_gap").toString()));
        List<ScreenResult> loose = screen(Map.of("referenceFile", SharedData.matbench("expt_gap").toString(), "tolerance", 0.2));
        int tightened = 0;
        for (int i = 0; i < candidates.size(); i++) {
            Verdict expected = exact.get(i).score() > 0.2 ? Verdict.PASS : Verdict.FAIL;
            assertEquals(expected, loose.get(i).verdict());
            if (exact.get(i).verdict() == Verdict.PASS && expected == Verdict.FAIL) {
                tightened++;
            }
        }
        assertTrue(tightened > 0, "some Materials Project formulas lie within 0.2 of a known compound");
    }

    @Test
    void badParametersAreNamed() {
        assertMessage(Map.of(), "'reference' or 'referenceFile' is required");
        assertMessage(Map.of("reference", List.of("Fe2O3", "NaCl, Xq2")), "parameter 'reference[1]': \"Xq2\" is not a formula");
        assertMessage(Map.of("referenceFile", "no/such/file.csv"), "parameter 'referenceFile': no such file");
        assertMessage(Map.of("referenceFile", "/etc/passwd"), "parameter 'referenceFile': /etc/passwd is outside the folders MatForge may read (");
        assertMessage(Map.of("referenceFile", SharedData.matbench("expt_gap").toString(), "referenceColumn", "composition"),
                "parameter 'referenceColumn'");
        assertMessage(Map.of("reference", List.of("NaCl"), "tolerance", 3), "parameter 'tolerance' must be in [0, 2]");
        assertMessage(Map.of("reference", List.of("NaCl"), "tolerance", "small"), "parameter 'tolerance' must be a number");
        Table table = Table.builder(1).text("formula", new String[] {"GaAs"}).build();
        assertMessage(Map.of("reference", table, "referenceColumn", "name"), "the reference table has no column 'name'; its columns are [formula]");
        assertMessage(Map.of("reference", List.of("NaCl"), "tolerence", 0.1),
                "parameter 'tolerence' is not one of novelty's: known, reference, referenceColumn, referenceFile, tolerance");
    }

    private static void assertMessage(Map<String, ?> parameters, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> screen(parameters));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
