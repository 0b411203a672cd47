package org.matforge.stability.internal;

import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.ParameterSpec;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.lib.phases.PhasesSpec;
import org.matforge.stability.lib.StabilityCriterion;
import org.matforge.stability.lib.StabilityScreening;

/**
 * Energy above the convex hull of the known phases of the candidate's chemical system (elements at 0 eV/atom), from
 * the candidate's predicted formation energy ({@code target}, a prediction with its σ from a predict step; default
 * {@code e_form}, else {@code formation_energy}). Passes
 * when e_above_hull − k·σ ≤ {@code threshold}; candidates without that prediction are UNKNOWN. Score: e_above_hull
 * (eV/atom); reason: e_above_hull ± σ, the hull energy and the decomposition products.
 */
public final class StabilityScreen implements Screen {
    /** Default threshold, eV/atom: room for metastable phases. */
    public static final double DEFAULT_THRESHOLD = StabilityScreening.DEFAULT_THRESHOLD;

    static final ParameterSchema SCHEMA = schema();

    private final KnownPhases phases;

    /** @param tables how the phases source is reached */
    public StabilityScreen(PhaseTables tables) {
        this.phases = new KnownPhases(tables);
    }

    private static ParameterSchema schema() {
        List<ParameterSpec> specs = new ArrayList<>(List.of(
                text("target", null, "the candidates' predicted formation energy, eV/atom (a predictor's target, with its σ); default: `e_form`, else `formation_energy`"),
                number("threshold", DEFAULT_THRESHOLD, -10, 10, "passes when e_above_hull − k·σ is at most this, eV/atom"),
                number("k", 0, 0, 10, "σ multiple: keep candidates within k·σ of the threshold")));
        specs.addAll(PhasesSpec.specs());
        return ParameterSchema.of(specs.toArray(ParameterSpec[]::new));
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        Set<String> known = new HashSet<>(List.of("target", "threshold", "k", PhasesSpec.SOURCE, PhasesSpec.DATASET, PhasesSpec.PATH,
                PhasesSpec.FORMULA_COLUMN, PhasesSpec.ENERGY_COLUMN));
        parameters.requireOnly("stability", known);
        List<String> targets = parameters.string("target").map(List::of).orElse(PhasesSpec.ENERGY_COLUMNS);
        double threshold = parameters.number("threshold", DEFAULT_THRESHOLD);
        double k = parameters.number("k", 0);
        if (!(threshold >= -10 && threshold <= 10)) {
            throw new IllegalArgumentException("parameter 'threshold' of screen 'stability' must be in [-10, 10] eV/atom, got " + threshold);
        }
        if (!(k >= 0 && k <= 10)) {
            throw new IllegalArgumentException("parameter 'k' of screen 'stability' must be in [0, 10] (a σ multiple), got " + k);
        }
        StabilityScreening screening = new StabilityScreening(phases.hull(PhasesSpec.of(parameters), context),
                new StabilityCriterion(threshold, k), targets);
        List<ScreenResult> results = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (i % 100 == 0) {
                context.checkCancelled();
                context.progress((double) i / candidates.size(), "stability " + i + "/" + candidates.size());
            }
            results.add(screening.judge(candidates.get(i)));
        }
        context.progress(1, "stability done");
        return results;
    }
}
