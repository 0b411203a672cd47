package org.matforge.stability.lib;

import java.util.List;
import java.util.Locale;

import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.stability.lib.phases.PhasesSpec;

/**
 * The stability screen's verdict on one candidate, from its predicted formation energy ± σ and the hull of the known
 * phases: PASS when the criterion keeps its energy above the hull, FAIL when not, UNKNOWN without a finite
 * prediction for any of the targets. Score: e_above_hull (eV/atom); reason: the estimate with its hull energy and
 * decomposition products, and the rule. The one judgement of the {@code stability} plug-in and the Spark job.
 *
 * @param hull      the hull of the known phases
 * @param criterion when a candidate is kept
 * @param targets   the prediction to read, the first finite one in this order
 */
public record StabilityScreening(ConvexHull hull, StabilityCriterion criterion, List<String> targets) {
    /** The formation-energy targets (and phases-table columns) tried in turn when none is named. */
    public static final List<String> DEFAULT_TARGETS = PhasesSpec.ENERGY_COLUMNS;
    /** The threshold when none is given, eV/atom: room for metastable phases. */
    public static final double DEFAULT_THRESHOLD = 0.1;

    /** Copies the list. */
    public StabilityScreening {
        targets = List.copyOf(targets);
    }

    /** @return the candidate's verdict */
    public ScreenResult judge(Candidate candidate) {
        Prediction p = prediction(candidate);
        if (p == null) {
            return ScreenResult.unknown("no prediction for '" + String.join("' or '", targets) + "'");
        }
        StabilityEstimate estimate = hull.stability(candidate.composition(), p.mean(), p.std());
        boolean kept = criterion.keeps(estimate);
        String rule = String.format(Locale.ROOT, "%s threshold %.3g eV/atom%s", kept ? "within" : "beyond", criterion.threshold(),
                criterion.k() == 0 ? "" : String.format(Locale.ROOT, " (k = %.3g)", criterion.k()));
        return new ScreenResult(kept ? Verdict.PASS : Verdict.FAIL, estimate.describe() + "; " + rule, estimate.eAboveHull());
    }

    private Prediction prediction(Candidate candidate) {
        for (String target : targets) {
            Prediction p = candidate.predictions().get(target);
            if (p != null && Double.isFinite(p.mean())) {
                return p;
            }
        }
        return null;
    }
}
