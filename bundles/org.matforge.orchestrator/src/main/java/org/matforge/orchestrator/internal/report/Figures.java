package org.matforge.orchestrator.internal.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's figures: each chart with data goes on the page with its caption and a link to the data behind it,
 * {@code report-data/<name>.csv}; a chart without data is left out rather than shown empty.
 */
final class Figures {
    /** The folder beside report.html that holds the plot data. */
    static final String FOLDER = "report-data";
    private final Map<String, String> files = new LinkedHashMap<>();

    void add(StringBuilder h, String name, SvgChart chart, String caption) {
        if (chart.hasData()) {
            add(h, name, chart.render(), chart.csv(), caption);
        }
    }

    void add(StringBuilder h, String name, BarsChart chart, String caption) {
        if (chart.hasData()) {
            add(h, name, chart.render(), chart.csv(), caption);
        }
    }

    private void add(StringBuilder h, String name, String svg, String csv, String caption) {
        String base = FOLDER + "/" + slug(name);
        String file = base + ".csv";
        for (int n = 2; files.containsKey(file); n++) {
            file = base + "-" + n + ".csv";
        }
        files.put(file, csv);
        h.append("<figure data-plot=\"").append(Html.escape(file)).append("\">\n").append(svg).append("<figcaption>").append(Html.escape(caption))
                .append(" <a class=\"plot-data\" href=\"").append(Html.escape(file)).append("\">Data (CSV)</a></figcaption></figure>\n");
    }

    /** @return the plot data files written so far: path relative to the report → CSV text */
    Map<String, String> files() {
        return Collections.unmodifiableMap(files);
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "plot" : s;
    }
}
