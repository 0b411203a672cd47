package org.matforge.orchestrator.internal.engine.steps;

import java.util.List;
import java.util.Locale;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.orchestrator.internal.engine.StepEnv;
import org.matforge.spi.predictor.DomainAwarePredictor;

/**
 * The applicability-domain flag of a predict step: for a {@link DomainAwarePredictor}, each candidate gets the result
 * {@code domain:<predictor step>} — PASS inside the domain, UNKNOWN (an extrapolation; kept, flagged) outside, score =
 * the distance — shown in candidates.csv and the report like a screen's.
 */
public final class ApplicabilityDomainFlag {
    /** Prefix of the result's key; the predictor step's name follows. */
    public static final String PREFIX = "domain:";

    private ApplicabilityDomainFlag() {
    }

    /** @return the funnel note ("12 of 40 outside the applicability domain of gap-model"), empty when the model has no domain */
    static String flag(DomainAwarePredictor predictor, String name, FeatureMatrix features, List<Candidate> candidates, StepEnv env) {
        double threshold = predictor.domainThreshold();
        if (!Double.isFinite(threshold)) {
            return "";
        }
        double[] d = predictor.domainDistances(features, env);
        int outside = 0;
        for (int k = 0; k < candidates.size(); k++) {
            boolean in = d[k] <= threshold;
            outside += in ? 0 : 1;
            String reason = String.format(Locale.ROOT, "%s: distance %.3f %s %.3f (%s)", in ? "inside" : "outside the applicability domain",
                    d[k], in ? "≤" : ">", threshold, predictor.domainDescription());
            candidates.set(k, candidates.get(k).withScreen(PREFIX + name, new ScreenResult(in ? Verdict.PASS : Verdict.UNKNOWN, reason, d[k])));
        }
        String note = String.format(Locale.ROOT, "%,d of %,d outside the applicability domain of %s", outside, candidates.size(), name);
        env.log(note + " (" + predictor.domainDescription() + ")");
        return note;
    }
}
