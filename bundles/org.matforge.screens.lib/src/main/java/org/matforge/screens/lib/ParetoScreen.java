package org.matforge.screens.lib;

import static org.matforge.api.data.ParameterSpec.integer;
import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.texts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.commons.rank.NonDominatedSorting;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * Pareto ranking over several predicted targets. Parameters: {@code objectives} (required) — list of
 * {@code "target:max"} / {@code "target:min"}; {@code maxRank} (optional, default 1) — ranks up to this pass;
 * {@code k} (optional, default 0) — rank on mean + k·σ for maximised and mean − k·σ for minimised targets: k &gt; 0
 * is optimistic (favours uncertain candidates, as an upper confidence bound does), k &lt; 0 pessimistic. Score: the
 * Pareto rank (1 = non-dominated front). Candidates missing a prediction for any objective are UNKNOWN and take no
 * part in the ranking.
 */
public final class ParetoScreen implements Screen {
    /** The parameters of screen {@code pareto}. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            texts("objectives", "targets with directions, e.g. `[\"band_gap:max\", \"formation_energy:min\"]`").required(),
            integer("maxRank", 1, 1, Long.MAX_VALUE, "Pareto ranks up to this pass"),
            number("k", 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "rank on mean ± k·σ (k > 0 optimistic, k < 0 pessimistic)"));

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        parameters.requireOnly("pareto", Set.of("objectives", "maxRank", "k"));
        List<Objective> objectives = Objective.parseAll(parameters.strings("objectives"));
        long maxRank = parameters.integer("maxRank", 1);
        if (maxRank < 1) {
            throw new IllegalArgumentException("parameter 'maxRank' must be ≥ 1, got " + maxRank);
        }
        double k = parameters.number("k", 0);
        if (!Double.isFinite(k)) {
            throw new IllegalArgumentException("parameter 'k' must be a finite number, got " + k);
        }
        int n = candidates.size();
        int[] slot = new int[n];
        List<double[]> points = new ArrayList<>(n);
        String[] missing = new String[n];
        for (int i = 0; i < n; i++) {
            double[] point = point(candidates.get(i), objectives, k);
            if (point == null) {
                slot[i] = -1;
                missing[i] = missingTargets(candidates.get(i), objectives, k);
            } else {
                slot[i] = points.size();
                points.add(point);
            }
        }
        context.checkCancelled();
        int[] ranks = NonDominatedSorting.ranks(points.toArray(new double[0][]));
        int fronts = Arrays.stream(ranks).max().orElse(0);
        List<ScreenResult> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (slot[i] < 0) {
                results.add(ScreenResult.unknown("no prediction for " + missing[i]));
                continue;
            }
            int rank = ranks[slot[i]];
            String reason = "Pareto rank " + rank + " of " + fronts + " over " + objectives + (k == 0 ? "" : " at mean ± " + k + "·σ");
            results.add(new ScreenResult(rank <= maxRank ? Verdict.PASS : Verdict.FAIL, reason, rank));
        }
        context.progress(1, "pareto: " + points.size() + " ranked in " + fronts + " fronts");
        return results;
    }

    /** @return the objective values to minimise, or null when one is missing */
    private static double[] point(Candidate c, List<Objective> objectives, double k) {
        double[] p = new double[objectives.size()];
        for (int j = 0; j < p.length; j++) {
            p[j] = value(c, objectives.get(j), k);
            if (Double.isNaN(p[j])) {
                return null;
            }
        }
        return p;
    }

    /** @return the objective's value to minimise, NaN when the prediction is missing, its mean not finite or its bound NaN */
    private static double value(Candidate c, Objective o, double k) {
        Prediction pr = c.predictions().get(o.target());
        if (pr == null || !Double.isFinite(pr.mean())) {
            return Double.NaN;
        }
        return o.maximize() ? -pr.upper(k) : pr.lower(k);
    }

    private static String missingTargets(Candidate c, List<Objective> objectives, double k) {
        List<String> names = new ArrayList<>();
        for (Objective o : objectives) {
            if (Double.isNaN(value(c, o, k))) {
                names.add("'" + o.target() + "'");
            }
        }
        return String.join(", ", names);
    }
}
