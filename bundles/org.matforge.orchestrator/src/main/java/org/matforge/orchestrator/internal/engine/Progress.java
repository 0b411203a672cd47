package org.matforge.orchestrator.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.matforge.orchestrator.internal.workflow.Step;

/**
 * Overall progress of a run from step weights and the running step's own fraction. The ETA adds the running
 * step's remaining time, extrapolated from its own rate, to the later steps' weights at the median rate of the
 * earlier steps (seconds per unit of weight; the median, so one long training step does not make every later
 * step look long).
 */
final class Progress {
    private static final double MIN_FRACTION = 0.02;

    private final int[] before;
    private final int[] weights;
    private final int total;
    private final long startNanos;
    private volatile long stepStartNanos;
    private volatile int running = -1;
    private final java.util.List<Double> rates = new java.util.concurrent.CopyOnWriteArrayList<>();

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

    /** Marks the start of step {@code index}; the step before it has ended. */
    void stepStarted(int index, long nowNanos) {
        if (running >= 0) {
            rates.add((nowNanos - stepStartNanos) / (double) weights[running]);
        }
        running = index;
        stepStartNanos = nowNanos;
    }

    private double medianRate() {
        double[] r = rates.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (r.length == 0) {
            return Double.NaN;
        }
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }

    /** @return overall fraction with step {@code index} at {@code stepFraction} */
    double overall(int index, double stepFraction) {
        return (before[index] + weights[index] * clamp(stepFraction)) / total;
    }

    /** @return time left, once there is enough to go on */
    Optional<Duration> eta(int index, double stepFraction, long nowNanos) {
        double f = clamp(stepFraction);
        double stepElapsed = nowNanos - stepStartNanos;
        double rate = medianRate();
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
