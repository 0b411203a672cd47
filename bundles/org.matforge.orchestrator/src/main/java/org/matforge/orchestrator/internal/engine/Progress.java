package org.matforge.orchestrator.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.matforge.orchestrator.internal.workflow.Step;

/**
 * Overall progress of a run from step weights and the running step's own fraction. The ETA adds the running
 * step's remaining time, extrapolated from its own rate, to the later steps' weights at the rate the earlier steps
 * went (seconds per unit of weight) — so a long training step that reports epochs gives a usable estimate.
 */
final class Progress {
    private static final double MIN_FRACTION = 0.02;

    private final int[] before;
    private final int[] weights;
    private final int total;
    private final long startNanos;
    private volatile long stepStartNanos;

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
        this.stepStartNanos = startNanos;
    }

    /** Marks the start of a step. */
    void stepStarted(long nowNanos) {
        stepStartNanos = nowNanos;
    }

    /** @return overall fraction with step {@code index} at {@code stepFraction} */
    double overall(int index, double stepFraction) {
        return (before[index] + weights[index] * clamp(stepFraction)) / total;
    }

    /** @return time left, once there is enough to go on */
    Optional<Duration> eta(int index, double stepFraction, long nowNanos) {
        double f = clamp(stepFraction);
        double stepElapsed = nowNanos - stepStartNanos;
        double rate = before[index] > 0 ? (stepStartNanos - startNanos) / (double) before[index] : Double.NaN;
        double stepLeft = f >= MIN_FRACTION ? stepElapsed * (1 - f) / f : Math.max(0, weights[index] * rate - stepElapsed);
        double later = (total - before[index] - weights[index]) * rate;
        if (before[index] + weights[index] == total) {
            later = 0;
        }
        double left = stepLeft + later;
        return Double.isFinite(left) ? Optional.of(Duration.ofNanos((long) left)) : Optional.empty();
    }

    private static double clamp(double f) {
        return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
    }
}
