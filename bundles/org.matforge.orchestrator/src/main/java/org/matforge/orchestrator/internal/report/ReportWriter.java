package org.matforge.orchestrator.internal.report;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.Verdict;
import org.matforge.orchestrator.internal.engine.steps.ApplicabilityDomainFlag;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, no external resources) with the
 * run's summary, the top candidates (with their nearest known compound and oxidation states), property distributions
 * of training data vs candidates, the element frequencies of training, generated and kept compositions, training
 * curves (one quantity and unit per plot), held-out parity plots, the Pareto front, the plug-ins used and the
 * workflow; every axis says its unit, and the data behind each plot is returned to be written beside the page.
 */
public final class ReportWriter {
    /** The rejected candidates' file beside the report. */
    public static final String REJECTED = "rejected.csv";
    private static final int BINS = 24;
    private static final int ELEMENTS = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    /** The pages' style sheet (this report and a campaign's page). */
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:24px auto;max-width:1180px;color:#111;line-height:1.4}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
            .meta{color:#555}.plots{display:flex;flex-wrap:wrap;gap:12px}.plots figure{margin:0}
            figcaption{font-size:12px;color:#555;max-width:560px}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left}
            th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f7f7f7;padding:10px;overflow:auto;font-size:12px}
            .bar{background:#1f77b4;height:10px;display:inline-block}
            """;

    private ReportWriter() {
    }

    /**
     * The page and the data behind its plots.
     *
     * @param html     report.html
     * @param plotData path relative to the report ({@code report-data/<plot>.csv}) → CSV text, one per plot
     */
    public record Rendered(String html, Map<String, String> plotData) {
    }

    /** @return the report page */
    public static String html(ReportData d) {
        return render(d).html();
    }

    /** @return the report page and the data behind each of its plots */
    public static Rendered render(ReportData d) {
        Figures figures = new Figures();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(d.title()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        h.append("<h1>").append(Html.escape(d.title())).append("</h1>\n");
        h.append("<p class=\"meta\">workflow <b>").append(Html.escape(d.workflow())).append("</b> · run ").append(Html.escape(d.runId()))
                .append(" · started ").append(d.started() == null ? "?" : TIME.format(d.started())).append(" · report written ")
                .append(TIME.format(d.generated())).append("</p>\n");
        if (!d.description().isEmpty()) {
            h.append("<p>").append(Html.escape(d.description())).append("</p>\n");
        }
        boolean candidates = !d.funnel().isEmpty();
        if (candidates) {
            h.append("<h2>From samples to candidates</h2>\n<ol>\n");
            d.funnel().forEach(line -> h.append("<li>").append(Html.escape(line)).append("</li>\n"));
            h.append("</ol>\n<p>").append(String.format(Locale.ROOT, "%,d", d.rejected()))
                    .append(" candidates were left out on the way; each is listed with the step, the screen and its reason in <a href=\"")
                    .append(REJECTED).append("\">").append(REJECTED).append("</a>.</p>\n");
            SunFunnel.of(d.funnel()).write(h);
            candidates(h, d);
            plots(h, d, figures);
        }
        for (CampaignPage.Data c : d.campaigns()) {
            h.append("<h2 id=\"campaign-").append(Html.escape(Figures.slug(c.step()))).append("\">Design optimisation: ").append(Html.escape(c.step()))
                    .append(" (").append(c.maximise() ? "maximise " : "minimise ").append(Html.escape(c.measurement())).append(")</h2>\n");
            CampaignPage.sections(h, c, figures, "h3");
            String page = "campaigns/" + c.step() + "/report.html";
            h.append("<p>Every experiment and the settings: <a href=\"").append(Html.escape(page)).append("\">").append(Html.escape(page)).append("</a>.</p>\n");
        }
        ReportSections.explanations(h, d.explanations(), figures);
        ReportSections.quality(h, d.quality());
        h.append("<h2 id=\"plot-data\">Data behind the plots</h2>\n<p>Every plot's data is a CSV file beside this report:</p>\n<ul>\n");
        figures.files().keySet().forEach(f -> h.append("<li><a href=\"").append(Html.escape(f)).append("\">").append(Html.escape(f)).append("</a></li>\n"));
        h.append("</ul>\n");
        h.append("<h2>Provenance</h2>\n<p>Full record: <a href=\"run.json\">run.json</a> (data fingerprints, plug-in bundles and ")
                .append("versions, configuration, seeds, backend) · ");
        if (candidates) {
            h.append("all candidates: <a href=\"candidates.csv\">candidates.csv</a> · ").append("candidates left out: <a href=\"").append(REJECTED)
                    .append("\">").append(REJECTED).append("</a> · ");
        }
        h.append("log: <a href=\"run.log\">run.log</a></p>\n<ul>\n");
        d.plugins().forEach(p -> h.append("<li>").append(Html.escape(p)).append("</li>\n"));
        h.append("</ul>\n<details><summary>Workflow</summary><pre>").append(Html.escape(d.workflowJson())).append("</pre></details>\n");
        h.append("</body></html>\n");
        return new Rendered(h.toString(), figures.files());
    }

    private static void candidates(StringBuilder h, ReportData d) {
        List<Candidate> cs = d.candidates();
        int shown = Math.min(d.top(), cs.size());
        h.append("<h2>Top candidates</h2>\n<p>").append(String.format(Locale.ROOT, "%,d candidates", cs.size()))
                .append(d.objectives().isEmpty() ? "" : ", ranked by " + Html.escape(String.join(", ", d.objectives())))
                .append(shown < cs.size() ? "; the first " + shown + " are shown" : "").append(".");
        if (shown == 0) {
            h.append("</p>\n");
            return;
        }
        Set<String> targets = new LinkedHashSet<>();
        Set<String> screens = new LinkedHashSet<>();
        cs.forEach(c -> {
            targets.addAll(c.predictions().keySet());
            screens.addAll(c.screens().keySet());
        });
        boolean undecided = cs.stream().anyMatch(c -> c.screens().entrySet().stream()
                .anyMatch(e -> e.getValue().verdict() != Verdict.PASS && !e.getKey().startsWith(ApplicabilityDomainFlag.PREFIX)));
        List<String> passedBy = screens.stream().filter(s -> !s.startsWith(ApplicabilityDomainFlag.PREFIX)).toList();
        if (!passedBy.isEmpty()) {
            h.append(" Every candidate passed ").append(Html.escape(String.join(", ", passedBy)))
                    .append(undecided ? " or was kept undecided (column \"not passed\")" : "")
                    .append("; each screen's verdict, score and reason are in candidates.csv.");
        }
        h.append("</p>\n");
        h.append("<table id=\"candidates\"><thead><tr><th>#</th><th>Pareto rank</th><th>formula</th><th>from</th>");
        targets.forEach(t -> h.append("<th>").append(Html.escape(t)).append(" (mean ± σ").append(unitOf(d, t, ", ")).append(")</th>"));
        CandidateColumns.header(h, screens);
        if (undecided) {
            h.append("<th>not passed</th>");
        }
        h.append("</tr></thead><tbody>\n");
        for (int i = 0; i < shown; i++) {
            Candidate c = cs.get(i);
            h.append("<tr><td class=\"num\">").append(i + 1).append("</td><td class=\"num\">").append(d.ranks() == null ? "" : d.ranks()[i])
                    .append("</td><td>").append(Html.escape(c.composition().reducedFormula())).append("</td><td>").append(Html.escape(c.origin()))
                    .append("</td>");
            for (String t : targets) {
                Prediction p = c.predictions().get(t);
                h.append("<td class=\"num\">").append(p == null ? "" : String.format(Locale.ROOT, "%.3f ± %.3f", p.mean(), p.std())).append("</td>");
            }
            CandidateColumns.cells(h, screens, c);
            if (undecided) {
                List<String> notPassed = new ArrayList<>();
                c.screens().forEach((s, r) -> {
                    if (r.verdict() != Verdict.PASS && !s.startsWith(ApplicabilityDomainFlag.PREFIX)) {
                        notPassed.add("<span title=\"" + Html.escape(r.reason()) + "\">" + Html.escape(s) + " ("
                                + r.verdict().name().toLowerCase(Locale.ROOT) + ")</span>");
                    }
                });
                h.append("<td>").append(String.join(", ", notPassed)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** @return the unit of a predicted property as {@code prefix + unit}, empty when unknown */
    private static String unitOf(ReportData d, String target, String prefix) {
        return d.distributions().stream().filter(x -> x.property().equals(target) && !x.unit().isEmpty()).map(x -> prefix + x.unit())
                .findFirst().orElse("");
    }

    private static void plots(StringBuilder h, ReportData d, Figures figures) {
        h.append("<h2>Plots</h2>\n<div class=\"plots\">\n");
        for (ReportData.Distribution dist : d.distributions()) {
            figures.add(h, "distribution " + dist.property(), distribution(dist), "Share of compositions per " + dist.property() + " bin: "
                    + dist.training().length + " training rows against the predicted means of " + dist.candidates().length + " candidates.");
        }
        elements(h, d, figures);
        Map<String, Map<String, List<ReportData.Curve>>> panels = new LinkedHashMap<>();
        for (ReportData.Curve c : d.curves()) {
            if (c.values().stream().anyMatch(v -> v != null && Double.isFinite(v))) {
                panels.computeIfAbsent(c.model(), k -> new LinkedHashMap<>()).computeIfAbsent(c.kind().panel(), k -> new ArrayList<>()).add(c);
            }
        }
        panels.forEach((model, byPanel) -> byPanel.forEach((panel, curves) -> curveChart(h, figures, model, panel, curves)));
        for (ReportData.ParityData p : d.parities()) {
            String unit = " (" + (p.unit().isEmpty() ? "unit not recorded" : p.unit()) + ")";
            SvgChart chart = new SvgChart("Held-out parity: " + p.model(), "actual " + p.target() + unit, "predicted " + p.target() + unit)
                    .points("held-out rows", p.actual(), p.predicted(), p.std()).diagonal();
            figures.add(h, "parity " + p.model(), chart, String.format(Locale.ROOT, "%d rows held out of training: MAE %.3g%s, RMSE %.3g%s, R² %.3f; bars show ±σ.",
                    p.actual().length, p.metrics().get("mae"), p.unit().isEmpty() ? "" : " " + p.unit(), p.metrics().get("rmse"),
                    p.unit().isEmpty() ? "" : " " + p.unit(), p.metrics().get("r2")));
        }
        pareto(h, d, figures);
        h.append("</div>\n");
    }

    private static void curveChart(StringBuilder h, Figures figures, String model, String panel, List<ReportData.Curve> curves) {
        SvgChart chart = new SvgChart(model + ": " + panel, "epoch (count)", curves.get(0).kind().axis()).wholeX();
        for (ReportData.Curve c : curves) {
            double[] x = new double[c.values().size()];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
                y[i] = c.values().get(i) == null ? Double.NaN : c.values().get(i);
            }
            chart.line(c.kind().series(), x, y);
        }
        figures.add(h, model + " " + panel, chart, "Recorded by the trainer of '" + model + "', one value per epoch: " + panel + ".");
    }

    /** The element-frequency plot: share of compositions containing each element, training data against the proposed and kept ones. */
    private static void elements(StringBuilder h, ReportData d, Figures figures) {
        if (d.elements().size() < 2) {
            return;
        }
        Map<String, Double> most = new LinkedHashMap<>();
        for (ElementShares s : d.elements()) {
            s.shares().forEach((e, v) -> most.merge(e, v, Math::max));
        }
        List<String> shown = most.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(ELEMENTS)
                .map(Map.Entry::getKey).toList();
        SvgChart chart = new SvgChart("Element frequency: training vs generated compositions", "element (chemical symbol)",
                "share of compositions containing it (fraction)").categories(shown);
        int n = d.elements().size();
        double width = 0.8 / n;
        for (int k = 0; k < n; k++) {
            ElementShares s = d.elements().get(k);
            double[] x = new double[shown.size()];
            double[] y = new double[shown.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = i - 0.4 + width * (k + 0.5);
                y[i] = s.shares().getOrDefault(shown.get(i), 0.0);
            }
            chart.bars(String.format(Locale.ROOT, "%s (%,d)", s.name(), s.compositions()), x, y, width);
        }
        figures.add(h, "element frequency", chart, "The " + shown.size() + " most frequent elements: the share of compositions that contain each, in "
                + d.elements().stream().map(s -> String.format(Locale.ROOT, "%s (%,d compositions)", s.name(), s.compositions()))
                        .reduce((a, b) -> a + ", " + b).orElse("") + ".");
    }

    private static SvgChart distribution(ReportData.Distribution d) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] values : new double[][] {d.training(), d.candidates()}) {
            for (double v : values) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double width = (hi - lo) / BINS;
        double[] centres = new double[BINS];
        for (int b = 0; b < BINS; b++) {
            centres[b] = lo + (b + 0.5) * width;
        }
        String unit = " (" + (d.unit().isEmpty() ? "unit not recorded" : d.unit()) + ")";
        return new SvgChart("Distribution of " + d.property(), d.property() + unit, "share of compositions per bin (fraction)")
                .bars("training data", centres, shares(d.training(), lo, width), width)
                .bars("candidates (predicted)", centres, shares(d.candidates(), lo, width), width);
    }

    static double[] shares(double[] values, double lo, double width) {
        double[] counts = new double[BINS];
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                counts[Math.max(0, Math.min(BINS - 1, (int) ((v - lo) / width)))]++;
                n++;
            }
        }
        for (int b = 0; b < BINS && n > 0; b++) {
            counts[b] /= n;
        }
        return counts;
    }

    private static void pareto(StringBuilder h, ReportData d, Figures figures) {
        if (d.objectives().isEmpty() || d.ranks() == null) {
            return;
        }
        List<Candidate> cs = d.candidates();
        String ox = d.objectives().get(0);
        String oy = d.objectives().size() > 1 ? d.objectives().get(1) : null;
        List<double[]> front = new ArrayList<>();
        List<double[]> rest = new ArrayList<>();
        for (int i = 0; i < cs.size(); i++) {
            double x = oy == null ? i + 1 : value(cs.get(i), ox);
            double y = oy == null ? value(cs.get(i), ox) : value(cs.get(i), oy);
            (d.ranks()[i] == 1 ? front : rest).add(new double[] {x, y});
        }
        SvgChart chart = new SvgChart(oy == null ? "Ranking by " + ox : "Pareto front", oy == null ? "position in the ranking (count)" : label(d, ox),
                oy == null ? label(d, ox) : label(d, oy))
                .points("dominated", column(rest, 0), column(rest, 1), null)
                .points("Pareto front (rank 1)", column(front, 0), column(front, 1), null);
        figures.add(h, "pareto front", chart, front.size() + " candidates on the first front, " + rest.size() + " dominated, over "
                + String.join(" and ", d.objectives()) + ".");
    }

    private static String label(ReportData d, String objective) {
        int colon = objective.lastIndexOf(':');
        String target = objective.substring(0, colon);
        String direction = objective.substring(colon + 1).toLowerCase(Locale.ROOT).equals("max") ? "maximised" : "minimised";
        boolean std = target.endsWith(".std");
        String property = std ? target.substring(0, target.length() - 4) : target;
        String unit = unitOf(d, property, "");
        return (std ? "σ of predicted " + property : "predicted " + property) + " (" + (unit.isEmpty() ? "unit not recorded" : unit) + "; " + direction + ")";
    }

    /** @return the candidate's value of an objective {@code target[.std]:dir}, NaN when missing */
    static double value(Candidate c, String objective) {
        String target = objective.substring(0, objective.lastIndexOf(':'));
        boolean std = target.endsWith(".std");
        Prediction p = c.predictions().get(std ? target.substring(0, target.length() - 4) : target);
        return p == null ? Double.NaN : std ? p.std() : p.mean();
    }

    private static double[] column(List<double[]> points, int k) {
        return points.stream().mapToDouble(p -> p[k]).toArray();
    }

}
