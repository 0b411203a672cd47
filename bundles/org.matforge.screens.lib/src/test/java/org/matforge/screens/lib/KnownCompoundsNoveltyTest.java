package org.matforge.screens.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.task.TaskContext;

/**
 * Novelty against every known compound by default: the known compounds are the shipped data bundle's two datasets
 * (read here from its jar on the test class path, as data source builtin serves them as {@code known-compounds}).
 */
class KnownCompoundsNoveltyTest {
    private static Table known;

    @BeforeAll
    static void readTheShippedDataBundle() {
        List<String> formulas = new ArrayList<>();
        List<String> datasets = new ArrayList<>();
        for (String[] file : List.of(new String[] {"data/expt_gap.csv.gz", "expt-gap"}, new String[] {"data/mp_e_form.csv.gz", "mp-e-form"})) {
            try (InputStream in = new GZIPInputStream(KnownCompoundsNoveltyTest.class.getClassLoader().getResourceAsStream(file[0]))) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).skip(1).forEach(l -> {
                    formulas.add(l.substring(0, l.indexOf(',')));
                    datasets.add(file[1]);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        known = Table.builder(formulas.size()).text("formula", formulas).text("dataset", datasets).build();
    }

    private static List<ScreenResult> screen(List<String> formulas, Map<String, ?> parameters) {
        List<Candidate> candidates = formulas.stream().map(f -> Candidate.of(Composition.parse(f), "test")).toList();
        return new NoveltyScreen(context -> known).screen(candidates, Parameters.of(parameters), TaskContext.unobserved());
    }

    @Test
    void compoundsOfAnyShippedDatasetAreNotNovelByDefault() {
        // five "novel" candidates of the old main job, each in a Matbench set
        List<ScreenResult> results = screen(List.of("NaN", "CaN", "TeN2", "K2Te", "CsSn", "Cs2Sn2", "Na3N3"), Map.of());
        for (ScreenResult r : results) {
            assertEquals(Verdict.FAIL, r.verdict(), r.reason());
            assertEquals(0, r.score());
            assertTrue(r.reason().matches("known: \\S+ \\((expt-gap|mp-e-form)\\)"), r.reason());
        }
        List<SharedData.Row> mp = SharedData.rows("mp_e_form", 2000);
        List<String> mpFormulas = mp.stream().map(SharedData.Row::formula).toList();
        assertTrue(screen(mpFormulas, Map.of()).stream().allMatch(r -> r.verdict() == Verdict.FAIL), "every Materials Project formula is known");
        List<String> gaps = SharedData.formulas("expt_gap");
        assertTrue(screen(gaps, Map.of()).stream().allMatch(r -> r.verdict() == Verdict.FAIL), "every expt_gap formula is known");
    }

    @Test
    void aNovelCompositionNamesItsNearestKnownCompound() {
        ScreenResult r = screen(List.of("K8TeN6F8"), Map.of()).get(0);
        assertEquals(Verdict.PASS, r.verdict(), r.reason());
        assertTrue(r.reason().matches("nearest known \\S+ \\((expt-gap|mp-e-form)\\) at distance 0\\.\\d+"), r.reason());
        assertTrue(r.score() > 0 && r.score() < 2, "L1 distance " + r.score());
        // the reported nearest one is at that distance, and none is closer
        String nearest = r.reason().split(" ")[2];
        assertEquals(r.score(), ReferenceIndex.distance(Composition.parse("K8TeN6F8"), Composition.parse(nearest)), 1e-12);
        Composition c = Composition.parse("K8TeN6F8");
        double best = 2;
        for (String f : known.strings("formula")) {
            best = Math.min(best, ReferenceIndex.distance(c, Composition.parse(f)));
        }
        assertEquals(best, r.score(), 1e-12);
    }

    @Test
    void withoutKnownCompoundsOnlyTheReferenceCounts() {
        assertEquals(Verdict.PASS, screen(List.of("NaN"), Map.of("known", false, "reference", List.of("NaCl"))).get(0).verdict());
        assertEquals(Verdict.FAIL, screen(List.of("NaCl"), Map.of("reference", List.of("NaCl"))).get(0).verdict(), "reference and known together");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> new NoveltyScreen().screen(
                List.of(Candidate.of(Composition.parse("NaN"), "test")), Parameters.empty(), TaskContext.unobserved()));
        assertTrue(none.getMessage().contains("data source 'builtin' is not installed"), none.getMessage());
    }
}
