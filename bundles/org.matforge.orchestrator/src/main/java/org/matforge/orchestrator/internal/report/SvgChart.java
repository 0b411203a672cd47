package org.matforge.orchestrator.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small self-contained SVG chart: lines, points (optionally with vertical error bars), bars and a diagonal,
 * with axes, nice ticks (or category names), axis labels, a title and a legend. No scripts, no external references.
 * {@link #csv()} gives the data behind it.
 */
final class SvgChart {
    /** Okabe–Ito's colour-blind-safe eight (yellow last: it is faint on white), then two of Tableau 10: ten series apart. */
    static final String[] PALETTE = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#9C755F", "#BAB0AC",
        "#F0E442"};
    /** Dash patterns of line series beyond the first five, so that series differ in a second way too. */
    private static final String[] DASHES = {"", "", "", "", "", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"};
    private static final int NARROW = 560;
    private static final int WIDE = 1130;
    private static final int HEIGHT = 360;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 34;
    private static final int BOTTOM = 52;
    private static final int LEGEND_ROW = 16;

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final List<Series> series = new ArrayList<>();
    private boolean diagonal;
    private boolean yFromZero;
    private List<String> categories = List.of();
    private boolean wholeX;
    private int width = NARROW;

    SvgChart(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** A named set of marks. */
    private record Series(String name, String kind, double[] x, double[] y, double[] err, String color, String dash, double width) {
    }

    SvgChart line(String name, double[] x, double[] y) {
        series.add(new Series(name, "line", x, y, null, color(), DASHES[series.size() % DASHES.length], 0));
        return this;
    }

    SvgChart points(String name, double[] x, double[] y, double[] err) {
        series.add(new Series(name, "points", x, y, err, color(), "", 0));
        return this;
    }

    /** Bars centred on {@code x}, each {@code width} wide. */
    SvgChart bars(String name, double[] x, double[] y, double width) {
        series.add(new Series(name, "bars", x, y, null, color(), "", width));
        yFromZero = true;
        return this;
    }

    /** Adds the line y = x (for parity plots) and makes both axes equal. */
    SvgChart diagonal() {
        diagonal = true;
        return this;
    }

    /** Makes the x ticks whole numbers (epochs, positions). */
    SvgChart wholeX() {
        wholeX = true;
        return this;
    }

    /** Names the x positions 0, 1, … (ticks become category names; bars may sit beside them) and widens the chart. */
    SvgChart categories(List<String> names) {
        categories = List.copyOf(names);
        width = WIDE;
        return this;
    }

    /** @return whether some series has a point with finite coordinates */
    boolean hasData() {
        for (Series s : series) {
            for (int i = 0; i < s.x.length; i++) {
                if (Double.isFinite(s.x[i]) && Double.isFinite(s.y[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the data behind the chart, one row per mark — series, x (or category), y, ± error when any series has one — headed by the axis labels */
    String csv() {
        boolean errors = series.stream().anyMatch(s -> s.err != null);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("series", categories.isEmpty() ? xLabel : "category", yLabel));
        if (errors) {
            header.add("error (±)");
        }
        rows.add(header);
        for (Series s : series) {
            for (int i = 0; i < s.x.length; i++) {
                List<String> row = new ArrayList<>(List.of(s.name, categories.isEmpty() ? Csv.number(s.x[i]) : categories.get(category(s.x[i])),
                        Csv.number(s.y[i])));
                if (errors) {
                    row.add(s.err == null ? "" : Csv.number(s.err[i]));
                }
                rows.add(row);
            }
        }
        return Csv.text(rows);
    }

    private int category(double x) {
        return (int) Math.max(0, Math.min(categories.size() - 1, Math.round(x)));
    }

    private String color() {
        return PALETTE[series.size() % PALETTE.length];
    }

    String render() {
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY, yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x.length; i++) {
                if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                    continue;
                }
                double half = s.kind.equals("bars") ? s.width / 2 : 0;
                double e = s.err == null || !Double.isFinite(s.err[i]) ? 0 : s.err[i];
                xMin = Math.min(xMin, s.x[i] - half);
                xMax = Math.max(xMax, s.x[i] + half);
                yMin = Math.min(yMin, s.y[i] - e);
                yMax = Math.max(yMax, s.y[i] + e);
            }
        }
        if (yFromZero) {
            yMin = Math.min(0, yMin);
        }
        if (diagonal) {
            xMin = yMin = Math.min(xMin, yMin);
            xMax = yMax = Math.max(xMax, yMax);
        }
        Axis ax = !categories.isEmpty() ? Axis.exactly(-0.5, categories.size() - 0.5) : wholeX ? Axis.whole(xMin, xMax, 6) : Axis.covering(xMin, xMax, 6);
        Axis ay = Axis.covering(yMin, yMax, 5);
        List<int[]> legend = legendPlaces();
        int height = HEIGHT + (legend.isEmpty() ? 0 : LEGEND_ROW * (legend.get(legend.size() - 1)[1] + 1) + 4);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                + "height=\"%d\" role=\"img\" aria-label=\"%s\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height,
                Html.escape(title)));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text class=\"chart-title\" x=\"%d\" y=\"20\" font-size=\"13\" font-weight=\"bold\">%s</text>%n", LEFT,
                Html.escape(title)));
        grid(svg, ax, ay);
        if (!hasData()) {
            svg.append(String.format(Locale.ROOT, "<text class=\"no-data\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#888\">no data</text>%n",
                    (LEFT + width - RIGHT) / 2, (TOP + HEIGHT - BOTTOM) / 2));
        }
        if (diagonal) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#888\" stroke-dasharray=\"4 3\"/>%n",
                    px(ax, ax.min), py(ay, ay.min), px(ax, ax.max), py(ay, ay.max)));
        }
        for (Series s : series) {
            marks(svg, s, ax, ay);
        }
        legend(svg, legend);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void grid(StringBuilder svg, Axis ax, Axis ay) {
        int plotBottom = HEIGHT - BOTTOM;
        if (categories.isEmpty()) {
            for (double t : ax.ticks()) {
                double x = px(ax, t);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                        + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n", x, TOP, x, plotBottom, x, plotBottom + 15, ax.label(t)));
            }
        } else {
            for (int i = 0; i < categories.size(); i++) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n", px(ax, i),
                        plotBottom + 15, Html.escape(categories.get(i))));
            }
        }
        for (double t : ay.ticks()) {
            double y = py(ay, t);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#333\">%s</text>%n", LEFT, y, width - RIGHT, y, LEFT - 6, y + 4, ay.label(t)));
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
                LEFT, TOP, width - LEFT - RIGHT, plotBottom - TOP));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label x-axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#111\">%s</text>%n",
                (LEFT + width - RIGHT) / 2, HEIGHT - 12, Html.escape(xLabel)));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label y-axis\" transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\" "
                + "fill=\"#111\">%s</text>%n", (TOP + plotBottom) / 2, Html.escape(yLabel)));
    }

    private void marks(StringBuilder svg, Series s, Axis ax, Axis ay) {
        svg.append("<g class=\"series\" data-name=\"").append(Html.escape(s.name)).append("\">\n");
        switch (s.kind) {
            case "line" -> {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < s.x.length; i++) {
                    if (Double.isFinite(s.x[i]) && Double.isFinite(s.y[i])) {
                        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(ax, s.x[i]), py(ay, s.y[i])));
                    }
                }
                svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\"%s points=\"%s\"/>%n", s.color,
                        dash(s), points.toString().trim()));
            }
            case "bars" -> {
                for (int i = 0; i < s.x.length; i++) {
                    if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                        continue;
                    }
                    double x0 = px(ax, s.x[i] - s.width / 2);
                    double x1 = px(ax, s.x[i] + s.width / 2);
                    double y0 = py(ay, Math.max(0, ay.min));
                    double y1 = py(ay, s.y[i]);
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" fill-opacity=\"0.55\" stroke=\"%s\"/>%n",
                            x0, Math.min(y0, y1), Math.max(0.5, x1 - x0 - 1), Math.abs(y0 - y1), s.color, s.color));
                }
            }
            default -> {
                for (int i = 0; i < s.x.length; i++) {
                    if (!Double.isFinite(s.x[i]) || !Double.isFinite(s.y[i])) {
                        continue;
                    }
                    double x = px(ax, s.x[i]);
                    double y = py(ay, s.y[i]);
                    if (s.err != null && Double.isFinite(s.err[i]) && s.err[i] > 0) {
                        svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.35\"/>",
                                x, py(ay, s.y[i] - s.err[i]), x, py(ay, s.y[i] + s.err[i]), s.color));
                    }
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" fill-opacity=\"0.7\"/>%n", x, y, s.color));
                }
            }
        }
        svg.append("</g>\n");
    }

    private static String dash(Series s) {
        return s.dash.isEmpty() ? "" : " stroke-dasharray=\"" + s.dash + "\"";
    }

    /** @return each series' legend position {x, row} below the plot, flowing left to right; empty for one series */
    private List<int[]> legendPlaces() {
        List<int[]> places = new ArrayList<>();
        if (series.size() < 2) {
            return places;
        }
        int x = LEFT;
        int row = 0;
        for (Series s : series) {
            int w = 34 + (int) Math.ceil(6.2 * s.name.length());
            if (x + w > width - RIGHT && x > LEFT) {
                x = LEFT;
                row++;
            }
            places.add(new int[] {x, row});
            x += w;
        }
        return places;
    }

    /** The legend under the x-axis label, so that it never hides a mark. */
    private void legend(StringBuilder svg, List<int[]> places) {
        for (int i = 0; i < places.size(); i++) {
            Series s = series.get(i);
            int x = places.get(i)[0];
            int y = HEIGHT + 8 + LEGEND_ROW * places.get(i)[1];
            String key = s.kind.equals("line")
                    ? String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2.5\"%s/>", x, y - 4, x + 20, y - 4,
                            s.color, dash(s))
                    : String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\" fill-opacity=\"0.75\"/>", x + 4, y - 9, s.color);
            svg.append("<g class=\"legend-item\">").append(key).append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#111\">%s</text></g>%n",
                    x + 26, y, Html.escape(s.name)));
        }
    }

    private double px(Axis a, double v) {
        return LEFT + a.scale(v) * (width - LEFT - RIGHT);
    }

    private static double py(Axis a, double v) {
        return HEIGHT - BOTTOM - a.scale(v) * (HEIGHT - BOTTOM - TOP);
    }
}
