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
import org.matforge.api.discovery.ScreenResult;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, no external resources) with the
 * run's summary, the top candidates, property distributions of training data vs candidates, training curves,
 * held-out parity plots, the Pareto front, the plug-ins used and the workflow.
 */
public final class ReportWriter {
    private static final int BINS = 24;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:24px auto;max-width:1180px;color:#111;line-height:1.4}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
            .meta{color:#555}.plots{display:flex;flex-wrap:wrap;gap:12px}.plots figure{margin:0}
            figcaption{font-size:12px;color:#555;max-width:560px}
            table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 7px;text-align:left}
            th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
            pre{background:#f7f7f7;padding:10px;overflow:auto;font-size:12px}
            """;

    private ReportWriter() {
    }

    /** @return the report page */
    public static String html(ReportData d) {
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
        h.append("<h2>From samples to candidates</h2>\n<ol>\n");
        d.funnel().forEach(line -> h.append("<li>").append(Html.escape(line)).append("</li>\n"));
        h.append("</ol>\n");
        SunFunnel.of(d.funnel()).write(h);
        candidates(h, d);
        plots(h, d);
        ReportSections.explanations(h, d.explanations());
        ReportSections.quality(h, d.quality());
        h.append("<h2>Provenance</h2>\n<p>Full record: <a href=\"run.json\">run.json</a> (data fingerprints, plug-in bundles and ")
                .append("versions, configuration, seeds, backend) · all candidates: <a href=\"candidates.csv\">candidates.csv</a> · ")
                .append("log: <a href=\"run.log\">run.log</a></p>\n<ul>\n");
        d.plugins().forEach(p -> h.append("<li>").append(Html.escape(p)).append("</li>\n"));
        h.append("</ul>\n<details><summary>Workflow</summary><pre>").append(Html.escape(d.workflowJson())).append("</pre></details>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void candidates(StringBuilder h, ReportData d) {
        List<Candidate> cs = d.candidates();
        int shown = Math.min(d.top(), cs.size());
        h.append("<h2>Top candidates</h2>\n<p>").append(String.format(Locale.ROOT, "%,d candidates", cs.size()))
                .append(d.objectives().isEmpty() ? "" : ", ranked by " + Html.escape(String.join(", ", d.objectives())))
                .append(shown < cs.size() ? "; the first " + shown + " are shown" : "").append(".</p>\n");
        if (shown == 0) {
            return;
        }
        Set<String> targets = new LinkedHashSet<>();
        Set<String> screens = new LinkedHashSet<>();
        cs.forEach(c -> {
            targets.addAll(c.predictions().keySet());
            screens.addAll(c.screens().keySet());
        });
        h.append("<table><thead><tr><th>#</th><th>Pareto rank</th><th>formula</th><th>from</th>");
        targets.forEach(t -> h.append("<th>").append(Html.escape(t)).append(" (mean ± σ)</th>"));
        CandidateColumns.header(h, screens);
        h.append("<th>screens passed</th></tr></thead><tbody>\n");
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
            h.append("<td>");
            List<String> passed = new ArrayList<>();
            for (String s : screens) {
                ScreenResult r = c.screens().get(s);
                if (r != null) {
                    passed.add("<span title=\"" + Html.escape(r.reason()) + "\">" + Html.escape(s) + (r.verdict().name().equals("PASS") ? "" : " (" + r.verdict().name().toLowerCase(Locale.ROOT) + ")") + "</span>");
                }
            }
            h.append(String.join(", ", passed)).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void plots(StringBuilder h, ReportData d) {
        h.append("<h2>Plots</h2>\n<div class=\"plots\">\n");
        for (ReportData.Distribution dist : d.distributions()) {
            figure(h, distribution(dist), "Share of compositions per " + dist.property() + " bin: " + dist.training().length
                    + " training rows against the predicted means of " + dist.candidates().length + " candidates.");
        }
        Map<String, List<ReportData.Curve>> byModel = new LinkedHashMap<>();
        d.curves().forEach(c -> byModel.computeIfAbsent(c.model(), k -> new ArrayList<>()).add(c));
        byModel.forEach((model, all) -> {
            List<List<ReportData.Curve>> groups = byScale(all);
            for (int g = 0; g < groups.size(); g++) {
                curveChart(h, model + (groups.size() > 1 ? " (" + (g + 1) + "/" + groups.size() + ")" : ""), model, groups.get(g));
            }
        });
        for (ReportData.ParityData p : d.parities()) {
            String unit = p.unit().isEmpty() ? "" : " (" + p.unit() + ")";
            SvgChart chart = new SvgChart("Held-out parity: " + p.model(), "actual " + p.target() + unit, "predicted " + p.target() + unit)
                    .points("held-out rows", p.actual(), p.predicted(), p.std()).diagonal();
            figure(h, chart.render(), String.format(Locale.ROOT, "%d rows held out of training: MAE %.3g, RMSE %.3g, R² %.3f; bars show ±σ.",
                    p.actual().length, p.metrics().get("mae"), p.metrics().get("rmse"), p.metrics().get("r2")));
        }
        pareto(h, d);
        h.append("</div>\n");
    }

    private static void curveChart(StringBuilder h, String title, String model, List<ReportData.Curve> curves) {
        SvgChart chart = new SvgChart("Training curves: " + title, "epoch", "value");
        for (ReportData.Curve c : curves) {
            double[] x = new double[c.values().size()];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
                y[i] = c.values().get(i) == null ? Double.NaN : c.values().get(i);
            }
            chart.line(c.name(), x, y);
        }
        figure(h, chart.render(), "Curves recorded by the trainer of '" + model + "', one value per epoch.");
    }

    /** Splits curves into groups whose largest values are within a factor of 10, so that small curves stay readable. */
    static List<List<ReportData.Curve>> byScale(List<ReportData.Curve> curves) {
        List<ReportData.Curve> sorted = new ArrayList<>(curves);
        sorted.sort(java.util.Comparator.comparingDouble(ReportWriter::magnitude));
        List<List<ReportData.Curve>> groups = new ArrayList<>();
        double base = Double.NaN;
        for (ReportData.Curve c : sorted) {
            double m = magnitude(c);
            if (groups.isEmpty() || m > 10 * base) {
                groups.add(new ArrayList<>());
                base = Math.max(m, 1e-12);
            }
            groups.get(groups.size() - 1).add(c);
        }
        for (List<ReportData.Curve> g : groups) {
            g.sort(java.util.Comparator.comparing(ReportData.Curve::name));
        }
        return groups;
    }

    private static double magnitude(ReportData.Curve c) {
        return c.values().stream().filter(v -> v != null && Double.isFinite(v)).mapToDouble(Math::abs).max().orElse(0);
    }

    private static String distribution(ReportData.Distribution d) {
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
        String unit = d.unit().isEmpty() ? "" : " (" + d.unit() + ")";
        return new SvgChart("Distribution of " + d.property(), d.property() + unit, "share of compositions")
                .bars("training data", centres, shares(d.training(), lo, width), width)
                .bars("candidates (predicted)", centres, shares(d.candidates(), lo, width), width).render();
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

    private static void pareto(StringBuilder h, ReportData d) {
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
        SvgChart chart = new SvgChart(oy == null ? "Ranking by " + ox : "Pareto front", oy == null ? "position" : label(ox), oy == null ? label(ox) : label(oy))
                .points("dominated", column(rest, 0), column(rest, 1), null)
                .points("Pareto front (rank 1)", column(front, 0), column(front, 1), null);
        figure(h, chart.render(), front.size() + " candidates on the first front, " + rest.size() + " dominated, over "
                + String.join(" and ", d.objectives()) + ".");
    }

    private static String label(String objective) {
        int colon = objective.lastIndexOf(':');
        String target = objective.substring(0, colon);
        String direction = objective.substring(colon + 1);
        return (target.endsWith(".std") ? "σ of predicted " + target.substring(0, target.length() - 4) : "predicted " + target)
                + " (" + direction + ")";
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

    static void figure(StringBuilder h, String svg, String caption) {
        h.append("<figure>\n").append(svg).append("<figcaption>").append(Html.escape(caption)).append("</figcaption></figure>\n");
    }
}
