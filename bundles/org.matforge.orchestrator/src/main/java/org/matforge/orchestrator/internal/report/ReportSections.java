package org.matforge.orchestrator.internal.report;

import java.util.List;
import java.util.Locale;

/** The report's "Explanations" and "Data quality" sections. */
final class ReportSections {
    private ReportSections() {
    }

    static void explanations(StringBuilder h, List<ReportData.Explanation> explanations, Figures figures) {
        if (explanations.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"explanations\">Explanations</h2>\n");
        for (ReportData.Explanation e : explanations) {
            String unit = e.unit().isEmpty() ? "" : " " + e.unit();
            h.append("<p>Step <b>").append(Html.escape(e.step())).append("</b> explains predictor <b>").append(Html.escape(e.predictor()))
                    .append("</b> (").append(Html.escape(e.target())).append(") for the first ").append(e.candidates().size())
                    .append(" candidates: each bar is a feature's contribution to the prediction relative to the baseline input (the background's"
                            + " column means); orange raises the prediction, blue lowers it. All values: <a href=\"")
                    .append(Html.escape(e.file())).append("\">").append(Html.escape(e.file())).append("</a>.</p>\n<div class=\"plots\">\n");
            for (ReportData.Explained c : e.candidates()) {
                BarsChart chart = new BarsChart("#" + c.position() + " " + c.formula(), "contribution to predicted " + e.target() + " ("
                        + (e.unit().isEmpty() ? "unit not recorded" : e.unit()) + ")");
                double shown = 0;
                for (ReportData.Bar b : c.bars()) {
                    chart.bar(b.label() + " = " + String.format(Locale.ROOT, "%.3g", b.featureValue()), b.value(), Double.NaN);
                    shown += b.value();
                }
                figures.add(h, "explanation " + e.step() + " " + c.position() + " " + c.formula(), chart, String.format(Locale.ROOT,
                        "%s: baseline %.3f%s → prediction %.3f%s (difference %+.3f; the %d bars shown sum to %+.3f). Method: %s.", c.formula(),
                        c.baseline(), unit, c.prediction(), unit, c.prediction() - c.baseline(), c.bars().size(), shown, c.method()));
            }
            if (!e.groups().isEmpty()) {
                String metric = e.importance().startsWith("log-loss") ? "log-loss (nats)"
                        : "MAE (" + (e.unit().isEmpty() ? "unit not recorded" : e.unit()) + ")";
                BarsChart chart = new BarsChart("Feature groups by permutation importance: " + e.predictor(), "increase of the " + metric + " when shuffled");
                e.groups().forEach(b -> chart.bar(b.label(), b.value(), b.ci95()));
                figures.add(h, "importance " + e.step(), chart, "Permutation importance on the predictor's held-out rows: " + e.importance()
                        + ". Whiskers are ±95% intervals over the repeats; a group's features are shuffled together.");
            }
            h.append("</div>\n");
        }
    }

    static void quality(StringBuilder h, List<ReportData.Quality> quality) {
        if (quality.isEmpty()) {
            return;
        }
        h.append("<h2 id=\"data-quality\">Data quality</h2>\n");
        for (ReportData.Quality q : quality) {
            h.append("<p>Step <b>").append(Html.escape(q.step())).append("</b> examined ").append(String.format(Locale.ROOT, "%,d", q.rows()))
                    .append(" rows (").append(Html.escape(q.settings())).append("): ");
            h.append(String.join(", ", q.sections().stream().map(s -> String.format(Locale.ROOT, "%,d %s", s.total(),
                    s.title().toLowerCase(Locale.ROOT))).toList()));
            h.append(". Every listed row: <a href=\"").append(Html.escape(q.file())).append("\">").append(Html.escape(q.file())).append("</a>.</p>\n");
            for (ReportData.QualitySection s : q.sections()) {
                if (s.total() == 0) {
                    continue;
                }
                h.append("<h3>").append(Html.escape(s.title())).append(" (").append(s.total()).append(s.first().size() < s.total()
                        ? ", the first " + s.first().size() + " shown" : "").append(")</h3>\n");
                h.append("<table class=\"quality\"><thead><tr><th>row</th><th>formula</th><th>column</th><th>value</th><th>reason</th>"
                        + "<th>handling</th></tr></thead><tbody>\n");
                for (List<String> row : s.first()) {
                    h.append("<tr>");
                    for (int i = 0; i < row.size(); i++) {
                        h.append(i == 0 || i == 3 ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(i))).append("</td>");
                    }
                    h.append("</tr>\n");
                }
                h.append("</tbody></table>\n");
            }
        }
    }
}
