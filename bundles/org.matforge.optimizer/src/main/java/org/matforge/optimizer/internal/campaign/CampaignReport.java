package org.matforge.optimizer.internal.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.matforge.api.optimize.CampaignStatus;
import org.matforge.api.optimize.Proposal;

/**
 * A self-contained HTML page a chemist reads: the best value so far after each experiment (SVG line), the surrogate's
 * length scales as parameter relevance (SVG bars, relevance = shortest length scale / own length scale), the next
 * batch and every measurement.
 */
public final class CampaignReport {
    private CampaignReport() {
    }

    /** @return the page */
    public static String html(CampaignStatus s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Campaign ").append(esc(s.name())).append("</title><style>")
                .append("body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}")
                .append("th{background:#f3f3f3}</style></head><body>");
        h.append("<h1>Optimisation campaign ").append(esc(s.name())).append("</h1>");
        h.append("<p>Goal: ").append(s.maximise() ? "maximise " : "minimise ").append(esc(s.measurement())).append(". ").append(s.observations().size())
                .append(" experiments measured, ").append(s.pending().size()).append(" proposed and not yet measured.");
        if (s.bestSoFar().length > 0) {
            double best = s.bestSoFar()[s.bestSoFar().length - 1];
            CampaignStatus.Measured m = s.observations().stream().filter(o -> o.value() == best).findFirst().orElseThrow();
            h.append(" Best so far: <b>").append(num(best)).append("</b> (").append(esc(m.id())).append(": ").append(esc(values(m.values()))).append(").");
        }
        h.append("</p><h2>Best so far</h2>").append(bestCurve(s.bestSoFar(), s.measurement()));
        h.append("<h2>Parameter relevance</h2>");
        if (s.lengthScales().isEmpty()) {
            h.append("<p>No Gaussian process fitted yet (random proposals, a random forest, or fewer than two measurements).</p>");
        } else {
            h.append("<p>Fitted ARD length scales of the GP in the unit box: a short length scale means the objective changes quickly with that parameter. Relevance = shortest length scale ÷ this one.</p>")
                    .append(relevance(s.lengthScales()));
        }
        h.append("<h2>Next batch</h2>");
        h.append(s.pending().isEmpty() ? "<p>None pending: run <code>optimise propose</code>.</p>" : proposals(s.pending()));
        h.append("<h2>Measurements</h2><table><tr><th>#</th><th>id</th><th>parameters</th><th>").append(esc(s.measurement())).append("</th></tr>");
        for (int i = 0; i < s.observations().size(); i++) {
            CampaignStatus.Measured m = s.observations().get(i);
            h.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(m.id())).append("</td><td style=\"text-align:left\">").append(esc(values(m.values())))
                    .append("</td><td>").append(num(m.value())).append("</td></tr>");
        }
        return h.append("</table></body></html>\n").toString();
    }

    private static String proposals(List<Proposal> pending) {
        StringBuilder h = new StringBuilder("<table><tr><th>id</th><th>batch</th>");
        pending.get(0).values().keySet().forEach(k -> h.append("<th>").append(esc(k)).append("</th>"));
        h.append("</tr>");
        for (Proposal p : pending) {
            h.append("<tr><td>").append(esc(p.id())).append("</td><td>").append(p.batch()).append("</td>");
            p.values().values().forEach(v -> h.append("<td>").append(esc(shortNumber(v))).append("</td>"));
            h.append("</tr>");
        }
        return h.append("</table>").toString();
    }

    static String bestCurve(double[] best, String measurement) {
        if (best.length == 0) {
            return "<p>No measurements yet.</p>";
        }
        int w = 560, hgt = 260, left = 70, bottom = 30;
        double lo = best[0], hi = best[0];
        for (double b : best) {
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
        }
        if (hi == lo) {
            hi = lo + 1;
        }
        List<String> pts = new ArrayList<>();
        for (int i = 0; i < best.length; i++) {
            double x = left + (best.length == 1 ? 0 : (w - left - 10) * i / (double) (best.length - 1));
            double y = 10 + (hgt - bottom - 10) * (1 - (best[i] - lo) / (hi - lo));
            pts.add(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"best %s so far\">"
                        + "<line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\"/>"
                        + "<text x=\"2\" y=\"16\" font-size=\"11\">%s</text><text x=\"2\" y=\"%d\" font-size=\"11\">%s</text>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"11\">experiment 1 … %d</text>"
                        + "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"%s\"/></svg>",
                w, hgt, esc(measurement), left, left, hgt - bottom, left, hgt - bottom, w - 10, hgt - bottom, num(hi), hgt - bottom, num(lo), left, hgt - 8, best.length,
                String.join(" ", pts));
    }

    static String relevance(Map<String, Double> lengthScales) {
        double shortest = lengthScales.values().stream().mapToDouble(Double::doubleValue).min().orElse(1);
        int row = 22, w = 560;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"parameter relevance\">",
                w, row * lengthScales.size() + 6));
        int i = 0;
        for (Map.Entry<String, Double> e : lengthScales.entrySet()) {
            double r = shortest / e.getValue();
            int y = 4 + i++ * row;
            s.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text><rect x=\"170\" y=\"%d\" width=\"%.1f\" height=\"14\" fill=\"#2ca02c\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">ℓ = %s</text>", y + 12, esc(e.getKey()), y, 300 * r, 176 + 300 * r, y + 12, num(e.getValue())));
        }
        return s.append("</svg>").toString();
    }

    private static String values(Map<String, String> values) {
        List<String> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(k + " = " + shortNumber(v)));
        return String.join(", ", out);
    }

    private static String shortNumber(String v) {
        try {
            return num(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return v;
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
