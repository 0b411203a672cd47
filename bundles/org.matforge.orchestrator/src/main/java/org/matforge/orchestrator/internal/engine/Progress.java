package org.matforge.orchestrator.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.matforge.orchestrator.internal.workflow.Step;

/** Overall progress of a run from step weights and the running step's own fraction, with an ETA from the elapsed time. */
final class Progress {
    private final int[] before;
    private final int[] weights;
    private final int total;
    private final long startNanos;

    Progress(List<Step> steps, long startNanos) {
        this.before = new int[steps.size()];
        this.weights = new int[steps.size()];
        int sum = 0;
        for (int i = 0; i < steps.size(); i++) {
            before[i] = sum;
            weights[i] = steps.get(i).type().weight();
            sum += weights[i];
        }
        this.total = Math.max(1, sum);
        this.startNanos = startNanos;
    }

    /** @return overall fraction with step {@code index} at {@code stepFraction} */
    double overall(int index, double stepFraction) {
        double f = Math.max(0, Math.min(1, Double.isNaN(stepFraction) ? 0 : stepFraction));
        return (before[index] + weights[index] * f) / total;
    }

    /** @return time left, once there is enough progress to tell */
    Optional<Duration> eta(double overall, long nowNanos) {
        if (overall < 0.02 || overall >= 1) {
            return Optional.empty();
        }
        double elapsed = nowNanos - startNanos;
        return Optional.of(Duration.ofNanos((long) (elapsed * (1 - overall) / overall)));
    }
}
