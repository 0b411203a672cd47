package org.matforge.orchestrator.internal.report;

import java.util.Locale;
import java.util.Set;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.orchestrator.internal.engine.steps.ApplicabilityDomainFlag;

/**
 * The candidate table's columns drawn from screen results: the nearest known compound (from the {@code novelty}
 * screen's reason) and the applicability-domain flag of each domain-aware predictor ({@code domain:<step>}).
 */
final class CandidateColumns {
    private static final String NEAREST = "nearest known ";

    private CandidateColumns() {
    }

    static void header(StringBuilder h, Set<String> screens) {
        if (screens.contains(SunFunnel.NOVEL)) {
            h.append("<th>nearest known compound (L1 distance)</th>");
        }
        for (String s : screens) {
            if (s.startsWith(ApplicabilityDomainFlag.PREFIX)) {
                h.append("<th>applicability domain of ").append(Html.escape(s.substring(ApplicabilityDomainFlag.PREFIX.length()))).append("</th>");
            }
        }
    }

    static void cells(StringBuilder h, Set<String> screens, Candidate c) {
        if (screens.contains(SunFunnel.NOVEL)) {
            ScreenResult r = c.screens().get(SunFunnel.NOVEL);
            String text = "";
            if (r != null) {
                int at = r.reason().indexOf(NEAREST);
                text = at < 0 ? r.reason() : r.reason().substring(at + NEAREST.length()).replace(" at distance ", ", ");
            }
            h.append("<td>").append(Html.escape(text)).append("</td>");
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
}
