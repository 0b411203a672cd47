package org.matforge.orchestrator.internal.report;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.orchestrator.internal.engine.artefacts.ScreenKeys;
import org.matforge.orchestrator.internal.engine.steps.ApplicabilityDomainFlag;

/**
 * The candidate table's columns drawn from screen results: the oxidation states of the validity screen (the assignment
 * in its reason), the nearest known compound and its distance (from the novelty screen's reason and score), the
 * estimated energy above the convex hull with its σ and the decomposition products (from the stability screen's reason)
 * and the applicability-domain flag of each domain-aware predictor ({@code domain:<step>}).
 */
final class CandidateColumns {
    /** Screen id of the validity screen whose reason holds the oxidation-state assignment. */
    static final String VALIDITY = "smact-validity";
    private static final String NEAREST = "nearest known ";
    /** The stability screen's reason: "0.052 ± 0.031 eV/atom above the hull (hull -1.234 eV/atom: 0.6 Fe2O3 + 0.4 Fe…)". */
    private static final Pattern HULL = Pattern.compile("^(\\S+ ± \\S+) eV/atom above the hull \\(hull \\S+ eV/atom: (.*?)\\)(?:; |$)");

    private CandidateColumns() {
    }

    static void header(StringBuilder h, Set<String> screens) {
        for (String s : keys(screens, VALIDITY)) {
            h.append("<th>oxidation states").append(label(s, VALIDITY)).append("</th>");
        }
        for (String s : keys(screens, SunFunnel.NOVEL)) {
            h.append("<th>nearest known compound").append(label(s, SunFunnel.NOVEL)).append("</th><th>novelty distance (L1 of element fractions, 0–2)</th>");
        }
        for (String s : keys(screens, SunFunnel.STABLE)) {
            h.append("<th>energy above hull, estimated").append(label(s, SunFunnel.STABLE))
                    .append(" (eV/atom, ± σ)</th><th>decomposition into known phases (shares of the atoms)</th>");
        }
        for (String s : screens) {
            if (s.startsWith(ApplicabilityDomainFlag.PREFIX)) {
                h.append("<th>applicability domain of ").append(Html.escape(s.substring(ApplicabilityDomainFlag.PREFIX.length()))).append("</th>");
            }
        }
    }

    static void cells(StringBuilder h, Set<String> screens, Candidate c) {
        for (String s : keys(screens, VALIDITY)) {
            ScreenResult r = c.screens().get(s);
            String text = r == null ? "" : r.reason();
            int colon = text.indexOf("): ");
            h.append("<td class=\"oxidation\" title=\"").append(Html.escape(text)).append("\">")
                    .append(Html.escape(colon < 0 ? text : text.substring(colon + 3))).append("</td>");
        }
        for (String s : keys(screens, SunFunnel.NOVEL)) {
            ScreenResult r = c.screens().get(s);
            String text = "";
            if (r != null) {
                int at = r.reason().indexOf(NEAREST);
                text = at < 0 ? r.reason() : r.reason().substring(at + NEAREST.length());
                int distance = text.indexOf(" at distance ");
                text = distance < 0 ? text : text.substring(0, distance);
            }
            h.append("<td class=\"nearest\">").append(Html.escape(text)).append("</td><td class=\"num\">")
                    .append(r == null || !Double.isFinite(r.score()) ? "" : String.format(Locale.ROOT, "%.3g", r.score())).append("</td>");
        }
        for (String s : keys(screens, SunFunnel.STABLE)) {
            ScreenResult r = c.screens().get(s);
            Matcher m = r == null ? null : HULL.matcher(r.reason());
            boolean read = m != null && m.find();
            h.append("<td class=\"num\" title=\"").append(r == null ? "" : Html.escape(r.reason())).append("\">")
                    .append(read ? Html.escape(m.group(1)) : "").append("</td><td class=\"decomposition\">")
                    .append(read ? Html.escape(m.group(2)) : r == null ? "" : Html.escape(r.reason())).append("</td>");
        }
        for (String s : screens) {
            if (s.startsWith(ApplicabilityDomainFlag.PREFIX)) {
                ScreenResult r = c.screens().get(s);
                h.append("<td title=\"").append(r == null ? "" : Html.escape(r.reason())).append("\">");
                if (r != null) {
                    h.append(r.verdict() == Verdict.PASS ? "inside" : "<b>outside</b>")
                            .append(String.format(Locale.ROOT, " (%.2f)", r.score()));
                }
                h.append("</td>");
            }
        }
    }

    private static List<String> keys(Set<String> screens, String id) {
        return screens.stream().filter(s -> ScreenKeys.isScreen(s, id)).toList();
    }

    /** @return nothing for a screen used once, else which one, e.g. " (plausible.3.novelty)" */
    private static String label(String key, String id) {
        return key.equals(id) ? "" : " (" + Html.escape(key) + ")";
    }
}
