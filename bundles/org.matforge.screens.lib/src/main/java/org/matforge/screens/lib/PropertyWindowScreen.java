package org.matforge.screens.lib;

import static org.matforge.api.data.ParameterSpec.choice;
import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.Prediction;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * Keeps candidates whose predicted {@code target} lies in [{@code min}, {@code max}] (either bound may be omitted,
 * not both). {@code mode}: {@code mean} (the mean must lie in the window), {@code pessimistic} (all of
 * [mean − k·σ, mean + k·σ] must) or {@code optimistic} (some of it must); {@code k} ≥ 0, default 1. Without
 * {@code mode}, giving {@code k} means pessimistic, otherwise mean. Candidates without a prediction for the target
 * are UNKNOWN. Score: the probability that the value lies in the window if it is normal with the predicted mean
 * and σ (1 or 0 when σ = 0).
 */
public final class PropertyWindowScreen implements Screen {
    /** The parameters of screen {@code property-window}; {@code min}, {@code max} or both are needed. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            text("target", null, "the predicted property, e.g. `band_gap`").required(),
            number("min", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "lower end of the window (default: none)"),
            number("max", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "upper end of the window (default: none)"),
            choice("mode", null, List.of("mean", "pessimistic", "optimistic"),
                    "what must lie in the window: the mean, all or some of mean ± k·σ (default: `pessimistic` when `k` is given, else `mean`)"),
            number("k", 1, 0, Double.POSITIVE_INFINITY, "σ multiple of the interval (not with mode `mean`)"))
            .rule("min", v -> v.has("min") || v.has("max") ? Optional.empty() : Optional.of("is needed unless 'max' is given: the window on the target"))
            .rule("min", v -> v.number("min", Double.NEGATIVE_INFINITY) <= v.number("max", Double.POSITIVE_INFINITY) ? Optional.empty()
                    : Optional.of("must not be above max (" + v.asMap().get("max") + "), got " + v.asMap().get("min")))
            .rule("k", v -> v.has("k") && v.string("mode").filter(m -> m.trim().equalsIgnoreCase("mean")).isPresent()
                    ? Optional.of("has no effect with mode 'mean'; use mode pessimistic or optimistic") : Optional.empty());

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        parameters.requireOnly("property-window", Set.of("target", "min", "max", "mode", "k"));
        Window w = Window.of(parameters);
        List<ScreenResult> results = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (i % 10_000 == 0) {
                context.checkCancelled();
            }
            Prediction p = candidates.get(i).predictions().get(w.target);
            results.add(p == null || !Double.isFinite(p.mean()) ? ScreenResult.unknown("no prediction for '" + w.target + "'") : w.judge(p));
        }
        context.progress(1, "property window on " + w.target);
        return results;
    }

    /** The parsed parameters. */
    private record Window(String target, double min, double max, WindowMode mode, double k) {
        static Window of(Parameters parameters) {
            String target = parameters.requireString("target");
            if (!parameters.has("min") && !parameters.has("max")) {
                throw new IllegalArgumentException("parameter 'min' or 'max' is required (the window on '" + target + "')");
            }
            double min = parameters.number("min", Double.NEGATIVE_INFINITY);
            double max = parameters.number("max", Double.POSITIVE_INFINITY);
            if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
                throw new IllegalArgumentException("parameters 'min' and 'max' must satisfy min ≤ max, got [" + min + ", " + max + "]");
            }
            WindowMode mode = parameters.string("mode").map(WindowMode::parse)
                    .orElse(parameters.has("k") ? WindowMode.PESSIMISTIC : WindowMode.MEAN);
            if (mode == WindowMode.MEAN && parameters.has("k")) {
                throw new IllegalArgumentException("parameter 'k' has no effect with mode 'mean'; use mode pessimistic or optimistic");
            }
            double k = parameters.number("k", 1);
            if (!(k >= 0) || Double.isInfinite(k)) {
                throw new IllegalArgumentException("parameter 'k' must be a finite number ≥ 0, got " + k);
            }
            return new Window(target, min, max, mode, mode == WindowMode.MEAN ? 0 : k);
        }

        ScreenResult judge(Prediction p) {
            double lo = p.lower(k);
            double hi = p.upper(k);
            boolean pass = switch (mode) {
                case MEAN -> p.mean() >= min && p.mean() <= max;
                case PESSIMISTIC -> lo >= min && hi <= max;
                case OPTIMISTIC -> hi >= min && lo <= max;
            };
            String value = mode == WindowMode.MEAN
                    ? String.format(Locale.ROOT, "%s %.4g", target, p.mean())
                    : String.format(Locale.ROOT, "%s %.4g ± %.3g·%.3g = [%.4g, %.4g]", target, p.mean(), k, p.std(), lo, hi);
            String reason = value + (pass ? " in " : " not in ") + window() + " (" + mode.label() + ")";
            return new ScreenResult(pass ? Verdict.PASS : Verdict.FAIL, reason, probabilityInside(p));
        }

        /** @return the window as an interval: {@code [2.0, 4.0]}, {@code [3.0, ∞)} or {@code (−∞, 1.5]} */
        private String window() {
            return (min == Double.NEGATIVE_INFINITY ? "(−∞" : "[" + min) + ", " + (max == Double.POSITIVE_INFINITY ? "∞)" : max + "]");
        }

        private double probabilityInside(Prediction p) {
            if (p.std() == 0) {
                return p.mean() >= min && p.mean() <= max ? 1 : 0;
            }
            return Math.max(0, NormalDistribution.cdf((max - p.mean()) / p.std()) - NormalDistribution.cdf((min - p.mean()) / p.std()));
        }
    }
}
