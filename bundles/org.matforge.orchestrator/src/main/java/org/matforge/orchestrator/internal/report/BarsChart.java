package org.matforge.orchestrator.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained horizontal bar chart: one labelled bar per row from zero, positive and negative values in two
 * colours, optional ±error whiskers, a value axis with nice ticks. No scripts, no external references.
 */
final class BarsChart {
    static final String POSITIVE = "#D55E00";
    static final String NEGATIVE = "#0072B2";
    private static final int WIDTH = 560;
    private static final int LABELS = 250;
    private static final int RIGHT = 56;
    private static final int TOP = 34;
    private static final int ROW = 22;
    private static final int BOTTOM = 40;

    private final String title;
    private final String axisLabel;
    private final List<Bar> bars = new ArrayList<>();

    /**
     * One bar.
     *
     * @param label text left of the bar
     * @param value its length from zero
     * @param error ± half-width of the whisker, NaN or 0 for none
     */
    record Bar(String label, double value, double error) {
    }

    BarsChart(String title, String axisLabel) {
        this.title = title;
        this.axisLabel = axisLabel;
    }

    BarsChart bar(String label, double value, double error) {
        bars.add(new Bar(label, value, error));
        return this;
    }

    String render() {
        double lo = 0;
        double hi = 0;
        for (Bar b : bars) {
            if (Double.isFinite(b.value)) {
                double e = Double.isFinite(b.error) ? Math.abs(b.error) : 0;
                lo = Math.min(lo, b.value - e);
                hi = Math.max(hi, b.value + e);
            }
        }
        Axis axis = Axis.covering(lo, hi, 5);
        int height = TOP + ROW * Math.max(1, bars.size()) + BOTTOM;
        int plotBottom = height - BOTTOM;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
                + "role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, height, WIDTH, height, Html.escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>%n", WIDTH, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"20\" font-size=\"13\" font-weight=\"bold\">%s</text>%n", Html.escape(title)));
        for (double t : axis.ticks()) {
            double x = px(axis, t);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n", x, TOP, x, plotBottom, x, plotBottom + 14, axis.label(t)));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label x-axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#111\">%s</text>%n",
                (LABELS + WIDTH - RIGHT) / 2, height - 10, Html.escape(axisLabel)));
        if (bars.isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#888\">no data</text>%n",
                    (LABELS + WIDTH - RIGHT) / 2, TOP + ROW / 2 + 4));
        }
        double zero = px(axis, 0);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW + 3;
            double end = px(axis, Double.isFinite(b.value) ? b.value : 0);
            boolean positive = b.value >= 0;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#111\">%s</text>", LABELS - 6, y + 12,
                    Html.escape(shorten(b.label))));
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar %s\" data-label=\"%s\" data-value=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%d\" fill=\"%s\" fill-opacity=\"0.75\"><title>%s</title></rect>", positive ? "positive" : "negative",
                    Html.escape(b.label), Double.toString(b.value), Math.min(zero, end), y, Math.max(0.5, Math.abs(end - zero)), ROW - 6,
                    positive ? POSITIVE : NEGATIVE, Html.escape(b.label + ": " + format(b.value))));
            if (Double.isFinite(b.error) && b.error > 0) {
                double e0 = px(axis, b.value - b.error);
                double e1 = px(axis, b.value + b.error);
                double ym = y + (ROW - 6) / 2.0;
                svg.append(String.format(Locale.ROOT, "<path class=\"whisker\" d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" stroke=\"#222\"/>",
                        e0, ym, e1, e0, ym - 4, ym + 4, e1, ym - 4, ym + 4));
            }
            double textX = Math.max(zero, end) + (Double.isFinite(b.error) && b.error > 0 ? px(axis, b.value + b.error) - end : 0) + 4;
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#333\">%s</text>%n", Math.min(textX, WIDTH - RIGHT + 4), y + 12,
                    format(b.value)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n", zero, TOP - 2, zero, plotBottom));
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** @return the data behind the chart: label, value and ± error per bar, the value headed by the axis label */
    String csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("label", axisLabel, "error (±)"));
        bars.forEach(b -> rows.add(List.of(b.label, Csv.number(b.value), Csv.number(b.error))));
        return Csv.text(rows);
    }

    /** @return whether there is a bar */
    boolean hasData() {
        return !bars.isEmpty();
    }

    /** @return a signed value with three significant digits */
    static String format(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.3g", v) : "?";
    }

    private static String shorten(String label) {
        return label.length() <= 44 ? label : label.substring(0, 42) + "…";
    }

    private static double px(Axis a, double v) {
        return LABELS + a.scale(v) * (WIDTH - LABELS - RIGHT);
    }
}
