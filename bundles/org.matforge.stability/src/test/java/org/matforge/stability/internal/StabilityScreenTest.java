package org.matforge.stability.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.io.FileRoots;
import org.matforge.spi.task.TaskContext;

/** The stability screen on real phases (matbench_mp_e_form through the matbench source) and on a hand-made file. */
class StabilityScreenTest {
    private static final Map<String, Object> MP = Map.of("phasesSource", "matbench", "phasesDataset", "mp_e_form");
    private static StabilityScreen screen;
    @TempDir
    static Path folder;
    private static Path feO;

    @BeforeAll
    static void setUp() throws IOException {
        screen = new StabilityScreen(RealSources.tables(Path.of("target", "matbench-cache")));
        FileRoots.allow(folder);
        feO = Files.writeString(folder.resolve("fe-o.csv"), "formula,e_form\nFeO,-1.5\nFe3O4,-1.63\nFe2O3,-1.7\n");
    }

    private static Candidate candidate(String formula, double energy, double sigma) {
        return Candidate.of(Composition.parse(formula), "test").withPrediction("e_form", new Prediction(energy, sigma));
    }

    private static List<ScreenResult> run(Map<String, Object> parameters, Candidate... candidates) {
        return screen.screen(List.of(candidates), Parameters.of(parameters), TaskContext.unobserved());
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void handMadePhasesFromTheFileSource() {
        Map<String, Object> file = Map.of("phasesSource", "file", "phasesPath", feO.toString());
        ScreenResult r = run(file, candidate("Fe3O4", -1.63, 0.02)).get(0);
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(-1.63 + 11.5 / 7, r.score(), 1e-9);
        assertTrue(r.reason().startsWith("0.013 ± 0.020 eV/atom above the hull (hull -1.643 eV/atom: 0.714 Fe2O3 + 0.286 FeO)"), r.reason());
        ScreenResult strict = run(with(file, "threshold", 0.01), candidate("Fe3O4", -1.63, 0.02)).get(0);
        assertEquals(Verdict.FAIL, strict.verdict(), strict.reason());
        assertTrue(strict.reason().endsWith("beyond threshold 0.0100 eV/atom"), strict.reason());
        assertEquals(Verdict.PASS, run(with(file, "threshold", 0.01, "k", 1), candidate("Fe3O4", -1.63, 0.02)).get(0).verdict(),
                "0.013 − 1·0.02 ≤ 0.01: kept within kσ");
    }

    @Test
    void knownStablePhaseOfTheMaterialsProjectIsOnTheHull() {
        // Li2O: the lowest mp_e_form energy of Li2O, given as the prediction, is on the Li–O hull
        double li2o = SharedDataEnergies.lowest("Li2O");
        ScreenResult r = run(MP, candidate("Li2O", li2o, 0)).get(0);
        assertEquals(Verdict.PASS, r.verdict());
        assertEquals(0, r.score(), 1e-7);
        assertTrue(r.reason().contains(": 1.00 Li2O)"), r.reason());
    }

    @Test
    void unstableCandidateFailsWithItsDecomposition() {
        // LiFeO2 predicted 1 eV/atom above the known LiFeO2's lowest energy: far above the hull
        double known = SharedDataEnergies.lowest("LiFeO2");
        ScreenResult r = run(MP, candidate("LiFeO2", known + 1.0, 0.1)).get(0);
        assertEquals(Verdict.FAIL, r.verdict(), r.reason());
        assertTrue(r.score() >= 1.0 - 1e-7, r.reason());
        assertTrue(r.reason().contains("LiFeO2"), "the known LiFeO2 (or its decomposition) is named: " + r.reason());
    }

    @Test
    void candidateOutsideEveryKnownSystemAndOneWithoutPrediction() {
        List<ScreenResult> results = run(MP, candidate("HeNe", -0.05, 0.1), Candidate.of(Composition.parse("NaCl"), "test"));
        assertEquals(Verdict.PASS, results.get(0).verdict());
        assertEquals(-0.05, results.get(0).score(), 1e-12);
        assertTrue(results.get(0).reason().contains("no known compound in its chemical system"), results.get(0).reason());
        assertEquals(Verdict.UNKNOWN, results.get(1).verdict());
        assertEquals("no prediction for 'e_form' or 'formation_energy'", results.get(1).reason());
    }

    @Test
    void badPhasesSourceIsNamed() {
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> run(Map.of("phasesSource", "nowhere"), candidate("NaCl", -2, 0)));
        assertTrue(none.getMessage().contains("no data source 'nowhere'"), none.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> run(Map.of("phasesSource", "file", "phasesPath", feO.toString(), "phasesEnergyColumn", "energy"), candidate("FeO", -1, 0)));
        assertTrue(column.getMessage().startsWith("parameter 'phasesEnergyColumn': data source 'file' file '" + feO
                + "' has no column energy; its columns are [formula, e_form]"), column.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class, () -> run(with(MP, "k", -1), candidate("NaCl", -2, 0)));
        assertTrue(k.getMessage().startsWith("parameter 'k' of screen 'stability' must be in [0, 10]"), k.getMessage());
    }
}
