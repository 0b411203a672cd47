package org.matforge.orchestrator.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.Phase;
import org.matforge.stability.lib.PhaseIndex;
import org.matforge.stability.lib.StabilityEstimate;

/** The S.U.N. section and the nearest-known, energy-above-hull and applicability-domain columns of the report. */
class SunFunnelTest {
    private static final List<String> FUNNEL = List.of("sampled 3,000 of 3,000 asked from 'generator'",
            "smact-validity kept 1,960 of 3,000 (1,040 failed)", "element-count kept 1,900 of 1,960 (60 failed)",
            "novelty kept 700 of 1,900 (1,200 failed)", "uniqueness kept 420 of 700 (280 failed)",
            "predicted [\"gap-model\"] for 420; 37 of 420 outside the applicability domain of gap-model", "property-window kept 60 of 420 (360 failed)");

    @Test
    void uAndNAreCountedSeparatelyAndTheRateIsPerSampleDrawn() {
        SunFunnel sun = SunFunnel.of(FUNNEL);
        assertEquals(3000, sun.sampled());
        assertFalse(sun.stages().get(0).ran(), "no stability screen here");
        assertEquals(420, sun.stages().get(1).kept());
        assertEquals(700, sun.stages().get(1).of());
        assertEquals(700, sun.stages().get(2).kept());
        assertEquals(1900, sun.stages().get(2).of());
        assertEquals(Optional.of(420L), sun.kept(), "the last of U and N");
        assertEquals(0.14, sun.rate().orElseThrow(), 1e-12);
        assertEquals("U, N", sun.measured());
        StringBuilder h = new StringBuilder();
        sun.write(h);
        assertTrue(h.toString().contains("<b>S.U.N. rate 14.00 %</b>: 420 of the 3,000 samples drawn"), h.toString());
        assertTrue(h.toString().contains("S not measured"), h.toString());
        assertTrue(h.toString().contains("<td>stability</td><td colspan=\"3\">not in this workflow"), h.toString());
    }

    @Test
    void aStabilityScreenFillsTheSRowAndNothingIsWrittenWithoutSUN() {
        List<String> withS = new java.util.ArrayList<>(FUNNEL);
        withS.add(5, "stability kept 105 of 420 (315 failed)");
        SunFunnel sun = SunFunnel.of(withS);
        assertEquals(105, sun.stages().get(0).kept());
        assertEquals(0.035, sun.rate().orElseThrow(), 1e-12);
        assertEquals("S, U, N", sun.measured());
        StringBuilder none = new StringBuilder();
        SunFunnel.of(List.of("sampled 10 of 10 asked from 'g'", "smact-validity kept 5 of 10")).write(none);
        assertEquals("", none.toString());
        StringBuilder h = new StringBuilder();
        sun.write(h);
        assertTrue(h.toString().contains(SunFunnel.ESTIMATE), "with S measured, the report says how far the hull estimate is to be trusted");
        StringBuilder withoutS = new StringBuilder();
        SunFunnel.of(FUNNEL).write(withoutS);
        assertFalse(withoutS.toString().contains(SunFunnel.ESTIMATE));
    }

    @Test
    void theReportShowsTheEstimatedEnergyAboveHullAndTheDecomposition() {
        // Fe3O4 0.013 eV/atom above the FeO–Fe2O3 line, as the stability screen describes it
        ConvexHull feO = new ConvexHull(PhaseIndex.of(List.of(Phase.of("FeO", -1.5), Phase.of("Fe2O3", -1.7))));
        StabilityEstimate above = feO.stability(Composition.parse("Fe3O4"), -1.63, 0.05);
        StabilityEstimate alone = feO.stability(Composition.parse("KrXe"), 0.02, 0.01);
        Candidate a = Candidate.of(Composition.parse("Fe3O4"), "gan").withPrediction("e_form", new Prediction(-1.63, 0.05))
                .withScreen("stability", new ScreenResult(Verdict.PASS, above.describe() + "; within threshold 0.100 eV/atom", above.eAboveHull()));
        Candidate b = Candidate.of(Composition.parse("KrXe"), "gan").withPrediction("e_form", new Prediction(0.02, 0.01))
                .withScreen("stability", new ScreenResult(Verdict.PASS, alone.describe() + "; within threshold 0.100 eV/atom", alone.eAboveHull()));
        ReportData d = new ReportData("t", "run", "w", "", Instant.EPOCH, Instant.EPOCH, FUNNEL, List.of(), List.of(a, b), null, 10,
                List.of(), List.of(), List.of(), List.of(), "{}", List.of(), List.of(), List.of(), 0);
        String html = ReportWriter.html(d);
        assertTrue(html.contains("<th>energy above hull, estimated (eV/atom, ± σ)</th><th>decomposition into known phases (shares of the atoms)</th>"), html);
        assertTrue(html.contains(">0.013 ± 0.050</td><td class=\"decomposition\">0.714 Fe2O3 + 0.286 FeO</td>"), html);
        assertTrue(html.contains(">0.020 ± 0.010</td><td class=\"decomposition\">0.500 Kr + 0.500 Xe; no known compound in its chemical system</td>"), html);
    }

    @Test
    void theReportShowsTheNearestKnownCompoundAndTheDomainFlag() throws Exception {
        Candidate in = Candidate.of(Composition.parse("Ba2Si3N6"), "gan").withPrediction("band_gap", new Prediction(4.1, 0.3))
                .withScreen("novelty", new ScreenResult(Verdict.PASS, "nearest known BaSi3N4 (mp-e-form) at distance 0.2727", 0.2727))
                .withScreen("domain:gap-model", new ScreenResult(Verdict.PASS, "inside: distance 0.412 ≤ 0.630 (…)", 0.412));
        Candidate out = Candidate.of(Composition.parse("K8TeN6F8"), "gan").withPrediction("band_gap", new Prediction(5.2, 1.1))
                .withScreen("novelty", new ScreenResult(Verdict.PASS, "nearest known KF (expt-gap) at distance 0.6522", 0.6522))
                .withScreen("domain:gap-model", new ScreenResult(Verdict.UNKNOWN, "outside the applicability domain: distance 0.917 > 0.630 (…)", 0.917));
        ReportData d = new ReportData("t", "run", "w", "", Instant.EPOCH, Instant.EPOCH, FUNNEL, List.of(), List.of(in, out), null, 10,
                List.of(), List.of(), List.of(), List.of(), "{}", List.of(), List.of(), List.of(), 0);
        String html = ReportWriter.html(d);
        assertTrue(html.contains("<th>nearest known compound</th><th>novelty distance (L1 of element fractions, 0–2)</th>"
                + "<th>applicability domain of gap-model</th>"), html);
        assertTrue(html.contains("<td class=\"nearest\">BaSi3N4 (mp-e-form)</td><td class=\"num\">0.273</td>"), html);
        assertTrue(html.contains("<b>outside</b> (0.92)") && html.contains(">inside (0.41)"), html);
        assertTrue(html.indexOf("S.U.N. rate") < html.indexOf("Top candidates"), "the funnel's S.U.N. view comes before the table");
    }
}
