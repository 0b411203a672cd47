package org.matforge.orchestrator.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportWriterTest {
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    @TempDir
    Path dir;

    /** Band gaps of real compounds from matbench expt_gap, so the plots show real-looking ranges. */
    private static List<String[]> expt(int n) throws Exception {
        Path file = Path.of(System.getProperty("matforge.shared.data", "../../../shared/data"), "matbench", "expt_gap.csv");
        return Files.readAllLines(file).stream().skip(1).limit(n).map(l -> l.split(",")).toList();
    }

    private static ReportData data(List<Candidate> candidates, int[] ranks) throws Exception {
        List<String[]> rows = expt(300);
        double[] training = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
        double[] actual = java.util.Arrays.copyOf(training, 40);
        double[] predicted = new double[40];
        double[] std = new double[40];
        for (int i = 0; i < 40; i++) {
            predicted[i] = actual[i] * 0.9 + 0.2;
            std[i] = 0.1 + 0.01 * i;
        }
        return new ReportData("Wide gaps <test>", "run-1", "wide-gap", "a test & more", Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T10:05:00Z"), List.of("sampled 100", "smact-validity kept 60 of 100"), List.of("band_gap:max", "band_gap.std:min"),
                candidates, ranks, 2,
                List.of(new ReportData.Distribution("band_gap", "eV", training, candidates.stream().mapToDouble(c -> c.predictions().get("band_gap").mean()).toArray())),
                List.of(ReportData.Curve.of("gap-model", "member0.train_loss", List.of(1.0, 0.6, 0.4, 0.35), "eV", false),
                        ReportData.Curve.of("gap-model", "member1.train_loss", List.of(1.1, 0.7, 0.45, 0.4), "eV", false),
                        ReportData.Curve.of("gap-model", "member0.validation", List.of(0.9, 0.6, 0.55, 0.5), "eV", false)),
                List.of(new ReportData.ParityData("gap-model", "band_gap", "eV", actual, predicted, std, Map.of("mae", 0.3, "rmse", 0.4, "r2", 0.8))),
                List.of("steps[2].featurizers[0]: featurizer 'magpie' (org.matforge.featurizers 0.1.0)"), "{\"schema\": 1, \"name\": \"<x>\"}", List.of(), List.of(),
                List.of(ElementShares.of("training data", rows.stream().map(r -> Composition.parse(r[0])).toList()),
                        ElementShares.of("generated", candidates.stream().map(Candidate::composition).toList())), 7);
    }

    private static List<Candidate> candidates() {
        List<Candidate> cs = new ArrayList<>();
        String[] formulas = {"GaN", "ZnO", "AlN", "MgO"};
        double[][] p = {{3.4, 0.2}, {3.3, 0.1}, {6.0, 0.5}, {2.0, 0.4}};
        for (int i = 0; i < formulas.length; i++) {
            cs.add(Candidate.of(Composition.parse(formulas[i]), "gan").withPrediction("band_gap", new Prediction(p[i][0], p[i][1]))
                    .withScreen("smact-validity", ScreenResult.pass("charge balanced")));
        }
        return cs;
    }

    @Test
    void reportIsOneSelfContainedPageWithFourKindsOfWellFormedPlots() throws Exception {
        List<Candidate> cs = candidates();
        String html = ReportWriter.html(data(cs, new int[] {1, 1, 1, 2}));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resources");
        assertTrue(html.contains("Wide gaps &lt;test&gt;") && html.contains("a test &amp; more"), "text is escaped");

        List<Document> svgs = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            svgs.add(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8))));
        }
        List<String> titles = svgs.stream().map(d -> d.getDocumentElement().getAttribute("aria-label")).toList();
        assertEquals(List.of("Distribution of band_gap", "Element frequency: training vs generated compositions", "gap-model: training loss",
                "gap-model: validation MAE", "Held-out parity: gap-model", "Pareto front"), titles);

        Document parity = svgs.get(4);
        assertEquals(40, parity.getElementsByTagName("circle").getLength(), "one point per held-out row");
        Document pareto = svgs.get(5);
        assertEquals(List.of(1, 3), seriesSizes(pareto), "one dominated candidate, three on the front (drawn last, on top)");
        Document curves = svgs.get(2);
        assertEquals(2, curves.getElementsByTagName("polyline").getLength());
        assertEquals(4, ((Element) curves.getElementsByTagName("polyline").item(0)).getAttribute("points").split(" ").length);
        assertTrue(html.contains("7 candidates were left out") && html.contains("href=\"rejected.csv\""), "the rejected candidates are named");
        Document distribution = svgs.get(0);
        assertEquals(2 * 24, distribution.getElementsByTagName("rect").getLength() - 2 - 2, "24 bars per series besides background, frame and legend keys");
        assertEquals(2, Pattern.compile("<tr><td class=\"num\">").matcher(html).results().count(), "the table shows the top 2");
    }

    /** Trip: curves whose axis says "value" mixing losses and shares; ten curves on eight colours; an empty "generator (1/2)" panel. */
    @Test
    void eachCurvePlotHoldsOneQuantityWithItsUnitTenSeriesApartAndNoEmptyPanel() throws Exception {
        List<ReportData.Curve> curves = new ArrayList<>();
        for (String name : List.of("discriminator_loss", "generator_loss", "empty", "unique", "novel", "element_frequency_distance")) {
            curves.add(ReportData.Curve.of("generator", name, List.of(0.5, 0.4, 0.3), "", false));
        }
        curves.add(ReportData.Curve.of("generator", "valid", java.util.Arrays.asList((Double) null, null, null), "", false));
        for (int m = 0; m < 5; m++) {
            curves.add(ReportData.Curve.of("gap-model", "member" + m + ".train_loss", List.of(1.0, 0.5, 0.2 + m * 0.01), "eV", false));
            curves.add(ReportData.Curve.of("gap-model", "member" + m + ".validation", List.of(0.8, 0.5, 0.4 + m * 0.01), "eV", false));
        }
        ReportData base = data(candidates(), new int[] {1, 1, 1, 2});
        ReportData d = new ReportData(base.title(), base.runId(), base.workflow(), base.description(), base.started(), base.generated(), base.funnel(),
                base.objectives(), base.candidates(), base.ranks(), base.top(), base.distributions(), curves, base.parities(), base.plugins(),
                base.workflowJson(), List.of(), List.of(), base.elements(), 0);
        ReportWriter.Rendered r = ReportWriter.render(d);
        Map<String, Document> byTitle = new java.util.LinkedHashMap<>();
        svgs(r.html()).forEach(s -> byTitle.put(s.getDocumentElement().getAttribute("aria-label"), s));
        assertEquals(List.of("generator: GAN losses", "generator: sample quality", "generator: element-frequency distance", "gap-model: training loss",
                "gap-model: validation MAE"), byTitle.keySet().stream().filter(t -> t.startsWith("generator") || t.startsWith("gap-model:")).toList(),
                "losses, shares and distances apart; the all-NaN 'valid' curve leaves no panel behind");
        assertEquals("share of probe samples (fraction, 0–1)", yLabel(byTitle.get("generator: sample quality")));
        assertEquals("validation MAE (eV)", yLabel(byTitle.get("gap-model: validation MAE")));
        assertFalse(r.html().contains("no data"), "no empty panel");
        for (Document svg : byTitle.values()) {
            NodeList texts = svg.getElementsByTagName("text");
            for (int i = 0; i < texts.getLength(); i++) {
                Element t = (Element) texts.item(i);
                if (t.getAttribute("class").startsWith("axis-label")) {
                    assertTrue(t.getTextContent().matches(".*\\(.+\\).*"), "a unit on every axis: " + t.getTextContent());
                }
            }
        }
        Document validation = byTitle.get("gap-model: validation MAE");
        NodeList lines = validation.getElementsByTagName("polyline");
        java.util.Set<String> styles = new java.util.HashSet<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            styles.add(l.getAttribute("stroke") + l.getAttribute("stroke-dasharray"));
        }
        assertEquals(5, styles.size(), "five members, five distinct lines");
        assertEquals(10, java.util.Set.of(SvgChart.PALETTE).size(), "ten colours for ten series");
        assertTrue(r.plotData().containsKey("report-data/gap-model-validation-mae.csv"), r.plotData().keySet().toString());
        assertTrue(r.plotData().get("report-data/gap-model-validation-mae.csv").startsWith("series,epoch (count),validation MAE (eV)\n"
                + "member 0,1.0,0.8\n"));
        for (String file : r.plotData().keySet()) {
            assertTrue(r.html().contains("href=\"" + file + "\""), "the report links " + file);
        }
        assertEquals(r.plotData().size(), Pattern.compile("<figure data-plot=").matcher(r.html()).results().count(), "one data file per plot");
    }

    private static String yLabel(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if (t.getAttribute("class").equals("axis-label y-axis")) {
                return t.getTextContent();
            }
        }
        return null;
    }

    @Test
    void histogramSharesSumToOneAndIncludeTheExtremes() {
        double[] s = ReportWriter.shares(new double[] {0, 1, 2, 3, 4, Double.NaN}, 0, 4.0 / 24);
        assertEquals(1.0, java.util.Arrays.stream(s).sum(), 1e-12);
        assertEquals(0.2, s[0], 1e-12);
        assertEquals(0.2, s[23], 1e-12);
    }

    @Test
    void candidatesCsvListsRankPredictionsAndScreens() throws Exception {
        Path csv = dir.resolve("candidates.csv");
        CandidatesCsv.write(csv, candidates(), new int[] {1, 1, 1, 2});
        List<String> lines = Files.readAllLines(csv);
        assertEquals("position,pareto_rank,formula,origin,band_gap,band_gap_std,smact-validity,smact-validity_score,smact-validity_reason", lines.get(0));
        assertEquals("1,1,GaN,gan,3.4,0.2,PASS,,charge balanced", lines.get(1));
        assertEquals(5, lines.size());
    }

    @Test
    void axisTicksAreNiceAndCoverTheRange() {
        Axis a = Axis.covering(0.13, 5.87, 6);
        assertEquals(0.0, a.min);
        assertEquals(6.0, a.max);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0), a.ticks());
        Axis flat = Axis.covering(2, 2, 5);
        assertTrue(flat.min < 2 && flat.max > 2);
    }

    private static List<Document> svgs(String html) throws Exception {
        List<Document> svgs = new ArrayList<>();
        Matcher m = SVG.matcher(html);
        while (m.find()) {
            svgs.add(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8))));
        }
        return svgs;
    }

    private static List<Element> bars(Document svg) {
        List<Element> out = new ArrayList<>();
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (r.getAttribute("class").startsWith("bar ")) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void explanationsAndDataQualitySectionsShowSignedBarsIntervalsAndListedRows() throws Exception {
        List<ReportData.Bar> gan = List.of(new ReportData.Bar("MagpieData mean Electronegativity", 2.1, 0.8, Double.NaN),
                new ReportData.Bar("MagpieData range Number", 24, -0.3, Double.NaN), new ReportData.Bar("MagpieData mode GSvolume_pa", 11.2, 0.1, Double.NaN));
        List<ReportData.Bar> zno = List.of(new ReportData.Bar("MagpieData mean NValence", 4, -0.5, Double.NaN));
        List<ReportData.Bar> groups = List.of(new ReportData.Bar("MagpieData Electronegativity (6)", Double.NaN, 0.21, 0.04),
                new ReportData.Bar("MagpieData Number (6)", Double.NaN, 0.05, 0.02), new ReportData.Bar("MagpieData SpaceGroupNumber (6)", Double.NaN, -0.001, 0.003));
        ReportData.Explanation explanation = new ReportData.Explanation("explained", "gap-model", "band_gap", "eV",
                List.of(new ReportData.Explained(1, "GaN", "integrated-gradients", 3.2, 2.6, gan), new ReportData.Explained(2, "ZnO", "integrated-gradients", 1.4, 1.9, zno)),
                groups, "mae 0.41 unshuffled, 5 repeats", "explanations.csv");
        List<List<String>> outliers = List.of(List.of("12", "CuCl", "band_gap", "40.0", "band_gap = 40 has robust z-score 29.76, beyond ±3.5", "kept"));
        ReportData.Quality quality = new ReportData.Quality("clean", "data-quality.csv", 13, "tolerance 0.5",
                List.of(new ReportData.QualitySection("Unusable rows", 2, List.of(List.of("5", "Xq2", "formula", "Xq2", "unknown element 'Xq'", "dropped"))),
                        new ReportData.QualitySection("Conflicting duplicates", 0, List.of()), new ReportData.QualitySection("Outliers", 1, outliers)));
        ReportData base = data(candidates(), new int[] {1, 1, 1, 2});
        ReportData d = new ReportData(base.title(), base.runId(), base.workflow(), base.description(), base.started(), base.generated(), base.funnel(),
                base.objectives(), base.candidates(), base.ranks(), base.top(), base.distributions(), base.curves(), base.parities(), base.plugins(),
                base.workflowJson(), List.of(explanation), List.of(quality), List.of(), 0);
        String html = ReportWriter.html(d);
        assertFalse(html.contains("<script"), "no scripts");
        assertTrue(html.contains("<h2 id=\"explanations\">Explanations</h2>") && html.contains("<h2 id=\"data-quality\">Data quality</h2>"));

        List<Document> svgs = svgs(html);
        Document first = svgs.stream().filter(s -> s.getDocumentElement().getAttribute("aria-label").equals("#1 GaN")).findFirst().orElseThrow();
        List<Element> b = bars(first);
        assertEquals(List.of("bar positive", "bar negative", "bar positive"), b.stream().map(e -> e.getAttribute("class")).toList());
        assertEquals("MagpieData mean Electronegativity = 2.10", b.get(0).getAttribute("data-label"), "feature name and the candidate's value");
        assertTrue(Double.parseDouble(b.get(0).getAttribute("width")) > Double.parseDouble(b.get(1).getAttribute("width")), "|0.8| drawn longer than |-0.3|");
        assertTrue(Double.parseDouble(b.get(1).getAttribute("x")) < Double.parseDouble(b.get(0).getAttribute("x")), "a negative bar extends left of zero");
        assertTrue(html.contains("GaN: baseline 2.600 eV → prediction 3.200 eV (difference +0.600; the 3 bars shown sum to +0.600)"), "caption");
        Document second = svgs.stream().filter(s -> s.getDocumentElement().getAttribute("aria-label").equals("#2 ZnO")).findFirst().orElseThrow();
        assertEquals(List.of("bar negative"), bars(second).stream().map(e -> e.getAttribute("class")).toList());

        Document importance = svgs.stream().filter(s -> s.getDocumentElement().getAttribute("aria-label").startsWith("Feature groups")).findFirst().orElseThrow();
        assertEquals(3, bars(importance).size());
        assertEquals(3, importance.getElementsByTagName("path").getLength(), "a ±95% whisker per group");

        assertTrue(html.contains("13 rows (tolerance 0.5): 2 unusable rows, 0 conflicting duplicates, 1 outliers"), "counts");
        assertTrue(html.contains("<td>CuCl</td>") && html.contains("<td>kept</td>") && html.contains("unknown element &#39;Xq&#39;"), "first rows with reason and handling");
        assertFalse(html.contains("<h3>Conflicting duplicates"), "an empty list gets no table");
        assertTrue(html.contains("href=\"explanations.csv\"") && html.contains("href=\"data-quality.csv\""));
    }

    /** Trip: no oxidation states in the table; a "screens passed" column identical in every row. */
    @Test
    void theCandidateTableShowsOxidationStatesAndNoScreensPassedColumnIdenticalInEveryRow() throws Exception {
        List<Candidate> cs = new ArrayList<>();
        for (Candidate c : candidates()) {
            cs.add(c.withScreen("smact-validity", ScreenResult.pass("charge-balanced (icsd24-common): Ga+3 N-3")));
        }
        String html = ReportWriter.html(data(cs, new int[] {1, 1, 1, 2}));
        assertFalse(html.contains("screens passed"), html);
        assertTrue(html.contains("Every candidate passed smact-validity;"), html);
        assertTrue(html.contains("<th>oxidation states</th>") && html.contains(">Ga+3 N-3</td>"), html);
    }

    /** Trip: the 1,662 rejected samples of the main job are discarded with their reasons. */
    @Test
    void rejectedCsvListsEachLeftOutCandidateWithItsScreenAndReason() throws Exception {
        Candidate gan = Candidate.of(Composition.parse("GaN"), "gan").withPrediction("band_gap", new Prediction(2.1, 0.3));
        Candidate nacl = Candidate.of(Composition.parse("NaCl2"), "gan");
        Path csv = dir.resolve("rejected.csv");
        RejectedCsv.write(csv, List.of(
                new org.matforge.orchestrator.internal.engine.artefacts.Rejection(nacl, "plausible", 1, "smact-validity", "smact-validity",
                        ScreenResult.fail("no charge-balanced assignment")),
                new org.matforge.orchestrator.internal.engine.artefacts.Rejection(gan, "wide-gap", 2, "wide-gap.2.property-window", "property-window",
                        new ScreenResult(org.matforge.api.discovery.Verdict.FAIL, "band_gap 2.1 outside [3, ∞)", 0.01))));
        assertEquals(List.of("formula,origin,step,screen_position,screen,screen_type,verdict,score,reason,band_gap,band_gap_std",
                "NaCl2,gan,plausible,1,smact-validity,smact-validity,FAIL,,no charge-balanced assignment,,",
                "GaN,gan,wide-gap,2,wide-gap.2.property-window,property-window,FAIL,0.01,\"band_gap 2.1 outside [3, ∞)\",2.1,0.3"),
                Files.readAllLines(csv));
    }

    private static List<Integer> seriesSizes(Document svg) {
        List<Integer> sizes = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").equals("series")) {
                sizes.add(((Element) groups.item(i)).getElementsByTagName("circle").getLength());
            }
        }
        return sizes;
    }
}
