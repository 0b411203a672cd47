package org.matforge.orchestrator.internal.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The page of a simulated optimisation campaign, written for the chemist who would run the next experiments: what
 * was found and how fast compared with random experiments, which parameters matter, the best conditions measured and
 * the next batch to run. Self-contained (inline CSS and SVG, no scripts).
 */
public final class CampaignPage {
    private static final int BEST_ROWS = 5;

    /**
     * One experiment.
     *
     * @param number 1-based order
     * @param round  0 for the random initial ones
     * @param values the parameters, as text, in the space's order
     * @param value  the measured value
     */
    public record Row(int number, int round, List<String> values, double value) {
    }

    /**
     * Everything the page shows.
     *
     * @param step              the optimise step
     * @param measurement       the measured property
     * @param maximise          the goal
     * @param parameterNames    the space's parameters
     * @param experiments       in order
     * @param bestSoFar         after each experiment
     * @param randomExpected    expected best of that many random experiments from the pool
     * @param lengthScales      per parameter, the optimizer's length scale at the end (empty when it has none)
     * @param next              the next batch's parameters
     * @param poolSize          distinct measured points in the pool
     * @param poolRows          rows of the pool file
     * @param median            the pool's median value
     * @param topCount          how many points are the pool's best share
     * @param topThreshold      the worst value among them
     * @param topFound          experiments of the campaign among them
     * @param bestRank          rank of the best found in the pool (1 = the pool's best)
     * @param randomToReachBest expected random experiments to find a value as good as the best found
     * @param optimizer         the plug-in, as its descriptor describes itself
     * @param parameters        its options
     * @param seed              the step's seed
     * @param batch             experiments per round
     * @param initial           random initial experiments
     * @param spaceFile         the space document
     * @param poolFile          the pool
     */
    public record Data(String step, String measurement, boolean maximise, List<String> parameterNames, List<Row> experiments, double[] bestSoFar,
            double[] randomExpected, Map<String, Double> lengthScales, List<List<String>> next, int poolSize, int poolRows, double median,
            int topCount, double topThreshold, int topFound, int bestRank, double randomToReachBest, String optimizer, String parameters, long seed,
            int batch, int initial, String spaceFile, String poolFile) {
    }

    private CampaignPage() {
    }

    /** @return the page and the data behind its plot ({@code report-data/*.csv} beside it) */
    public static ReportWriter.Rendered render(Data d) {
        Figures figures = new Figures();
        StringBuilder h = new StringBuilder(32 * 1024);
        String title = "Optimisation campaign '" + d.step() + "': " + (d.maximise() ? "maximise " : "minimise ") + d.measurement();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append("</title><style>").append(ReportWriter.STYLE).append("</style></head><body>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        sections(h, d, figures, "h2");
        List<List<String>> all = d.experiments().stream().map(r -> {
            List<String> c = new ArrayList<>(List.of(Integer.toString(r.number()), r.round() == 0 ? "random" : Integer.toString(r.round())));
            c.addAll(r.values());
            c.add(number(r.value()));
            c.add(number(d.bestSoFar()[r.number() - 1]));
            return c;
        }).toList();
        List<String> header = new ArrayList<>(List.of("#", "round"));
        header.addAll(d.parameterNames());
        header.add(d.measurement());
        header.add("best so far");
        table(h, "h2", "All experiments", header, all, "In the order they were made (also in best-so-far.csv and campaign.json).");
        h.append("<h2>Settings</h2>\n<p>optimizer ").append(Html.escape(d.optimizer())).append(" with ").append(Html.escape(d.parameters()))
                .append("; seed ").append(d.seed()).append("; ").append(d.initial()).append(" random initial experiments, then rounds of ")
                .append(d.batch()).append("; space ").append(Html.escape(d.spaceFile())).append(".</p>\n</body></html>\n");
        return new ReportWriter.Rendered(h.toString(), figures.files());
    }

    /**
     * The campaign's sections, for its own page and for the run's report: the result against random experiments, the
     * best-so-far curve, the best conditions, the parameters' relevance and the next batch.
     *
     * @param heading the sections' heading tag, {@code h2} on the campaign's page, {@code h3} inside the run's report
     */
    static void sections(StringBuilder h, Data d, Figures figures, String heading) {
        h.append("<p class=\"meta\">A simulated campaign: each experiment the optimizer chose was looked up in ").append(Html.escape(d.poolFile()))
                .append(" (").append(d.poolSize()).append(" measured conditions, ").append(d.poolRows()).append(" rows, repeats averaged).</p>\n");
        summary(h, d, heading);
        curve(h, d, figures, heading);
        best(h, d, heading);
        relevance(h, d, heading);
        table(h, heading, "Next batch to run", d.parameterNames(), d.next(),
                d.next().isEmpty() ? "The pool has no unmeasured conditions left." : "The conditions the optimizer would measure next, best first.");
    }

    private static void summary(StringBuilder h, Data d, String heading) {
        int n = d.experiments().size();
        double best = d.bestSoFar()[n - 1];
        Row bestRow = d.experiments().stream().filter(r -> r.value() == best).findFirst().orElseThrow();
        h.append(open(heading, "Result")).append("<p>After <b>").append(n).append(" experiments</b> the best ").append(Html.escape(d.measurement()))
                .append(" measured is <b>").append(number(best)).append("</b> (experiment ").append(bestRow.number()).append(": ")
                .append(Html.escape(conditions(d.parameterNames(), bestRow.values()))).append("), ").append(d.bestRank() == 1 ? "the best" : "the " + ordinal(d.bestRank()) + " best")
                .append(" of the ").append(d.poolSize()).append(" measured conditions; the pool's median is ").append(number(d.median()))
                .append(". ").append(d.topFound()).append(" of the experiments are among the pool's best ").append(d.topCount())
                .append(" (").append(d.maximise() ? "≥ " : "≤ ").append(number(d.topThreshold())).append(").</p>\n");
        h.append(String.format(Locale.ROOT, "<p>Random experiments from the same pool would reach an expected best of %s after %d; "
                + "to find a value as good as %s they would need %.1f experiments on average.</p>\n", number(d.randomExpected()[n - 1]), n,
                number(best), d.randomToReachBest()));
    }

    private static void curve(StringBuilder h, Data d, Figures figures, String heading) {
        int n = d.bestSoFar().length;
        double[] x = new double[n];
        double[] top = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            top[i] = d.topThreshold();
        }
        SvgChart chart = new SvgChart("Best " + d.measurement() + " so far", "experiments", d.measurement())
                .line("this campaign", x, d.bestSoFar()).line("random (expected)", x, d.randomExpected())
                .line("pool's best " + d.topCount(), x, top);
        h.append(open(heading, "Best so far"));
        figures.add(h, "best so far " + d.step(), chart, "Best measured value after each experiment, against the expected best of as many "
                + "experiments drawn at random from the pool (exact, over all draws), and the threshold of the pool's best " + d.topCount() + ".");
    }

    private static void best(StringBuilder h, Data d, String heading) {
        List<Row> sorted = new ArrayList<>(d.experiments());
        Comparator<Row> byValue = Comparator.comparingDouble(Row::value);
        sorted.sort(d.maximise() ? byValue.reversed() : byValue);
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(d.parameterNames());
        header.add(d.measurement());
        List<List<String>> rows = sorted.stream().limit(BEST_ROWS).map(r -> {
            List<String> c = new ArrayList<>(List.of(Integer.toString(r.number())));
            c.addAll(r.values());
            c.add(number(r.value()));
            return c;
        }).toList();
        table(h, heading, "Best conditions found", header, rows, "The " + rows.size() + " best experiments of the campaign with their measured value.");
    }

    private static void relevance(StringBuilder h, Data d, String heading) {
        h.append(open(heading, "Which parameters matter"));
        if (d.lengthScales().isEmpty()) {
            h.append("<p>The optimizer's model has no length scales (only Gaussian processes fit them).</p>\n");
            return;
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(d.lengthScales().entrySet());
        sorted.sort(Map.Entry.comparingByValue());
        double shortest = sorted.get(0).getValue();
        h.append("<table><tr><th>parameter</th><th>length scale (share of its range)</th><th>relevance (shortest = 1)</th></tr>\n");
        for (Map.Entry<String, Double> e : sorted) {
            double relevance = shortest / e.getValue();
            h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"num\">").append(number(e.getValue()))
                    .append("</td><td><span class=\"bar\" style=\"width:").append(String.format(Locale.ROOT, "%.0f", 1 + 160 * relevance))
                    .append("px\"></span> ").append(String.format(Locale.ROOT, "%.2f", relevance)).append("</td></tr>\n");
        }
        h.append("</table>\n<p>Most relevant: <b>").append(Html.escape(sorted.get(0).getKey())).append("</b>; least: <b>")
                .append(Html.escape(sorted.get(sorted.size() - 1).getKey())).append("</b>.</p>\n");
        h.append("<p class=\"meta\">The surrogate model's length scale per parameter, fitted to all ").append(d.experiments().size())
                .append(" experiments: over a short one the measured value changes fast (the parameter matters); a long one means the value "
                        + "hardly depends on it within the explored range.</p>\n");
    }

    private static String open(String heading, String title) {
        return "<" + heading + ">" + Html.escape(title) + "</" + heading + ">\n";
    }

    private static void table(StringBuilder h, String heading, String title, List<String> header, List<List<String>> rows, String caption) {
        h.append(open(heading, title)).append("<p class=\"meta\">").append(Html.escape(caption)).append("</p>\n");
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table><tr>");
        header.forEach(c -> h.append("<th>").append(Html.escape(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> r : rows) {
            h.append("<tr>");
            r.forEach(c -> h.append("<td class=\"num\">").append(Html.escape(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static String conditions(List<String> names, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " = " + values.get(i));
        }
        return String.join(", ", parts);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
        case 1 -> "st";
        case 2 -> "nd";
        case 3 -> "rd";
        default -> "th";
        };
        return n + suffix;
    }
}
