package org.matforge.orchestrator.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A linear axis over a data range, widened to "nice" tick values (1, 2 or 5 × 10^k). */
final class Axis {
    final double min;
    final double max;
    final double step;

    private Axis(double min, double max, double step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** @return an axis covering [lo, hi] with about {@code ticks} ticks; a degenerate range is widened */
    static Axis covering(double lo, double hi, int ticks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12 * Math.max(1, Math.abs(hi))) {
            double pad = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double raw = (hi - lo) / Math.max(1, ticks);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
        return new Axis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** @return an axis like {@link #covering} whose ticks are whole numbers */
    static Axis whole(double lo, double hi, int ticks) {
        Axis a = covering(lo, hi, ticks);
        if (a.step >= 1) {
            return a;
        }
        return new Axis(Math.floor(a.min), Math.ceil(a.max), 1);
    }

    /** @return an axis over exactly [lo, hi], for category positions (its ticks are not used) */
    static Axis exactly(double lo, double hi) {
        return new Axis(lo, hi, Math.max(hi - lo, 1e-12));
    }

    /** @return the tick values */
    List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        for (double v = min; v <= max + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return t;
    }

    /** @return {@code v} mapped to [0, 1] */
    double scale(double v) {
        return (v - min) / (max - min);
    }

    /** @return a tick label */
    String label(double v) {
        double a = Math.abs(step);
        if (a >= 1 && Math.abs(v) < 1e6) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 0.01 && Math.abs(v) < 1e6) {
            int digits = (int) Math.max(0, Math.ceil(-Math.log10(a)));
            return String.format(Locale.ROOT, "%." + digits + "f", v);
        }
        return String.format(Locale.ROOT, "%.2g", v);
    }
}
