package org.matforge.orchestrator.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matforge.orchestrator.internal.engine.artefacts.ScreenKeys;

/**
 * The S.U.N. view of a run's funnel (stable, unique, novel — the share of generated samples that are all three, as
 * MatterGen reports it): the stage of screen {@value #STABLE} (S), {@value #UNIQUE} (U) and {@value #NOVEL} (N), each
 * with how many it kept of how many it saw, and the S.U.N. rate = the samples kept by the last of these screens ÷ the
 * samples drawn. Read from the funnel lines of the sample and screen steps ("sampled 3,000 of 3,000 asked from …",
 * "novelty kept 212 of 1,804 (1,592 failed)").
 *
 * @param sampled the samples drawn, or -1 when no sample step fed the set
 * @param stages  S, U and N in that order, each present or absent
 */
public record SunFunnel(long sampled, List<Stage> stages) {
    /** Screen id of the S stage (the stability screen, energy above the convex hull). */
    public static final String STABLE = "stability";
    /** Screen id of the U stage. */
    public static final String UNIQUE = "uniqueness";
    /** Screen id of the N stage. */
    public static final String NOVEL = "novelty";
    /** How S is to be read: the measured classification of the hull estimate (docs/benchmarks.md, "Stability"). */
    static final String ESTIMATE = "S is an <b>estimate</b>, not a certification of stability: the energy above the convex hull of the known "
            + "phases from a <i>predicted</i>, composition-only formation energy. Tested on the 95,118 Materials Project compositions in "
            + "five folds (docs/benchmarks.md, \"Stability\"), the \"on or below the hull\" label from such a prediction was right for "
            + "68 % of held-out compounds, against 63 % for calling every compound unstable (F1 0.56), and it called 25 % of the unstable "
            + "compounds stable — as Bartel et al. (npj Comput Mater 6, 97, 2020) found for composition-only models. The screen removes "
            + "compositions predicted clearly above the hull; the candidates it keeps still need a structure and a DFT (or experimental) check.";
    private static final Pattern SAMPLED = Pattern.compile("^sampled ([\\d,]+) of ");
    private static final Pattern KEPT = Pattern.compile("^(\\S+) kept ([\\d,]+) of ([\\d,]+)");

    /**
     * One of S, U, N.
     *
     * @param letter   S, U or N
     * @param screen   the screen id
     * @param kept     candidates it kept, -1 when the screen did not run
     * @param of       candidates it saw
     * @param position its place in the funnel (line index), -1 when absent
     */
    public record Stage(String letter, String screen, long kept, long of, int position) {
        /** @return whether the screen ran */
        public boolean ran() {
            return position >= 0;
        }
    }

    /** @return the S.U.N. view of the funnel lines */
    public static SunFunnel of(List<String> funnel) {
        long sampled = -1;
        Stage[] stages = {new Stage("S", STABLE, -1, -1, -1), new Stage("U", UNIQUE, -1, -1, -1), new Stage("N", NOVEL, -1, -1, -1)};
        for (int i = 0; i < funnel.size(); i++) {
            String line = funnel.get(i);
            Matcher s = SAMPLED.matcher(line);
            if (s.find()) {
                sampled = number(s.group(1));
            }
            Matcher k = KEPT.matcher(line);
            if (k.find()) {
                for (int j = 0; j < stages.length; j++) {
                    if (ScreenKeys.isScreen(k.group(1), stages[j].screen())) {
                        stages[j] = new Stage(stages[j].letter(), stages[j].screen(), number(k.group(2)), number(k.group(3)), i);
                    }
                }
            }
        }
        return new SunFunnel(sampled, List.of(stages));
    }

    /** @return the samples kept by the last S, U or N screen, when one ran */
    public Optional<Long> kept() {
        return stages.stream().filter(Stage::ran).max((a, b) -> Integer.compare(a.position(), b.position())).map(Stage::kept);
    }

    /** @return the S.U.N. rate (of what it measures: the stages that ran), when samples were drawn and a stage ran */
    public Optional<Double> rate() {
        return sampled > 0 ? kept().map(k -> (double) k / sampled) : Optional.empty();
    }

    /** @return the letters of the stages that ran, e.g. "U, N" */
    public String measured() {
        List<String> letters = new ArrayList<>();
        stages.stream().filter(Stage::ran).forEach(s -> letters.add(s.letter()));
        return String.join(", ", letters);
    }

    /** Writes the report section; nothing when no S, U or N screen ran. */
    void write(StringBuilder h) {
        if (kept().isEmpty()) {
            return;
        }
        h.append("<h2 id=\"sun\">Stable, unique, novel (S.U.N.)</h2>\n<table><thead><tr><th></th><th>screen</th><th>kept</th><th>of</th>"
                + "<th>pass rate</th></tr></thead><tbody>\n");
        for (Stage s : stages) {
            h.append("<tr><td>").append(s.letter()).append("</td><td>").append(Html.escape(s.screen())).append("</td>");
            if (s.ran()) {
                h.append(String.format(Locale.ROOT, "<td class=\"num\">%,d</td><td class=\"num\">%,d</td><td class=\"num\">%.1f %%</td>",
                        s.kept(), s.of(), s.of() == 0 ? 0.0 : 100.0 * s.kept() / s.of()));
            } else {
                h.append("<td colspan=\"3\">not in this workflow").append(s.letter().equals("S")
                        ? " — a `stability` screen (energy above the convex hull of the known phases) fills this row" : "").append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n<p>");
        rate().ifPresentOrElse(r -> h.append(String.format(Locale.ROOT,
                "<b>S.U.N. rate %.2f %%</b>: %,d of the %,d samples drawn passed every screen up to the last of %s", 100 * r, kept().get(),
                sampled, measured())), () -> h.append("No sample step fed these candidates, so there is no rate per sample"));
        String missing = stages.stream().filter(s -> !s.ran()).map(Stage::letter).reduce((a, b) -> a + ", " + b).orElse("");
        h.append(missing.isEmpty() ? "." : " (" + missing + " not measured: the rate counts " + measured() + " only).").append("</p>\n");
        if (stages.get(0).ran()) {
            h.append("<p>").append(ESTIMATE).append("</p>\n");
        }
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
