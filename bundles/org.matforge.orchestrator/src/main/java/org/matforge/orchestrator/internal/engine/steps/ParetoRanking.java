package org.matforge.orchestrator.internal.engine.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.commons.rank.NonDominatedSorting;
import org.matforge.orchestrator.internal.engine.artefacts.CandidateSet;
import org.matforge.orchestrator.internal.engine.artefacts.Rejection;

/**
 * Ranks candidates by objectives {@code "<target>:max|min"} on predicted means, or {@code "<target>.std:min|max"}
 * on the predicted uncertainty: Pareto rank first (1 = non-dominated), then the first objective, then formula.
 * Candidates lacking a prediction for an objective come last.
 */
public final class ParetoRanking {
    private final List<String> targets = new ArrayList<>();
    private final List<Boolean> uncertainty = new ArrayList<>();
    private final List<Boolean> maximize = new ArrayList<>();

    /** @param objectives e.g. {@code ["band_gap:max", "band_gap.std:min"]} (validated by the workflow parser) */
    public ParetoRanking(List<String> objectives) {
        for (String o : objectives) {
            int colon = o.lastIndexOf(':');
            String target = o.substring(0, colon);
            boolean std = target.endsWith(".std");
            targets.add(std ? target.substring(0, target.length() - 4) : target);
            uncertainty.add(std);
            maximize.add(o.substring(colon + 1).toLowerCase(Locale.ROOT).equals("max"));
        }
    }

    /** @return the set sorted by rank, with ranks (missing predictions get the last rank + 1); those beyond the limit are rejected */
    public CandidateSet rank(CandidateSet in, String step, List<String> objectives, int limit) {
        List<Candidate> cs = in.candidates();
        int n = cs.size();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = point(cs.get(i));
        }
        int[] ranks = NonDominatedSorting.ranks(points);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(ranks[a], ranks[b]);
            if (c == 0 && points[a] != null && points[b] != null) {
                c = Double.compare(points[a][0], points[b][0]);
            }
            return c != 0 ? c : cs.get(a).composition().reducedFormula().compareTo(cs.get(b).composition().reducedFormula());
        });
        int keep = Math.min(n, limit);
        List<Candidate> sorted = new ArrayList<>(keep);
        int[] sortedRanks = new int[keep];
        for (int i = 0; i < keep; i++) {
            sorted.add(cs.get(order[i]));
            sortedRanks[i] = ranks[order[i]];
        }
        List<String> funnel = new ArrayList<>(in.funnel());
        funnel.add(String.format(Locale.ROOT, "ranked %,d by %s; %,d on the Pareto front%s", n, String.join(", ", objectives),
                Arrays.stream(ranks).filter(r -> r == 1).count(), keep < n ? String.format(Locale.ROOT, "; kept the top %,d", keep) : ""));
        List<Rejection> rejected = new ArrayList<>(in.rejected());
        for (int i = keep; i < n; i++) {
            rejected.add(new Rejection(cs.get(order[i]), step, 0, "limit", "rank", ScreenResult.fail(String.format(Locale.ROOT,
                    "Pareto rank %d, place %,d of %,d: beyond the limit of %,d", ranks[order[i]], i + 1, n, limit))));
        }
        return new CandidateSet(sorted, sortedRanks, objectives, funnel, rejected);
    }

    /** @return the objective values to minimise, or null when a prediction is missing */
    private double[] point(Candidate c) {
        double[] p = new double[targets.size()];
        for (int j = 0; j < p.length; j++) {
            Prediction pr = c.predictions().get(targets.get(j));
            if (pr == null) {
                return null;
            }
            double v = uncertainty.get(j) ? pr.std() : pr.mean();
            if (!Double.isFinite(v)) {
                return null;
            }
            p[j] = maximize.get(j) ? -v : v;
        }
        return p;
    }
}
