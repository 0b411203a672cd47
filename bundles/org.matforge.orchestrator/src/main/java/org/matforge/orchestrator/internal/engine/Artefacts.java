package org.matforge.orchestrator.internal.engine;

import java.util.Locale;

/** One-line descriptions of artefacts, for step messages and the log. */
final class Artefacts {
    private Artefacts() {
    }

    static String describe(Object artefact) {
        if (artefact instanceof Dataset d) {
            return String.format(Locale.ROOT, "table of %,d rows", d.table().rowCount());
        }
        if (artefact instanceof Features f) {
            return String.format(Locale.ROOT, "%,d × %,d feature matrix", f.matrix().rowCount(), f.matrix().columnCount());
        }
        if (artefact instanceof PredictorModel p) {
            return p.parity().map(x -> String.format(Locale.ROOT, "predictor of %s, held-out MAE %.3g%s (R² %.3f)", p.target(), x.mae(),
                    p.unit().isEmpty() ? "" : " " + p.unit(), x.r2())).orElse("predictor of " + p.target());
        }
        if (artefact instanceof GeneratorModel g) {
            return (g.conditional() ? "conditional " : "") + "generator" + g.metadata().map(m -> " trained by " + m.trainer()).orElse("");
        }
        if (artefact instanceof CandidateSet c) {
            return String.format(Locale.ROOT, "%,d candidates", c.candidates().size());
        }
        if (artefact instanceof ExplanationSet e) {
            return String.format(Locale.ROOT, "explained %d candidates%s", e.candidates().size(),
                    e.importance().map(g -> ", permutation importance of " + g.features().size() + " features").orElse(""));
        }
        if (artefact instanceof ReportFiles r) {
            return "report " + r.report();
        }
        return String.valueOf(artefact);
    }
}
