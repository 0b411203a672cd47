package org.matforge.screens.lib;

import static org.matforge.api.data.ParameterSpec.flag;
import static org.matforge.api.data.ParameterSpec.number;
import static org.matforge.api.data.ParameterSpec.text;
import static org.matforge.api.data.ParameterSpec.texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * Novelty against known compositions. Parameters: {@code known} (default true) — compare with every composition of
 * every installed data bundle ({@link KnownCompounds}), so novel means "in no dataset MatForge has"; and/or a reference
 * set of one's own ({@code reference}, {@code referenceFile}, {@code referenceColumn}; see {@link ReferenceSet}), e.g.
 * the training set; {@code tolerance} (optional, default 0,
 * in [0, 2]) — a candidate is novel when the L1 distance of its element fractions to the nearest reference is
 * greater than this (0: any composition not in the set, compared by reduced composition, so Fe4O6 is Fe2O3 and
 * Fe0.4O0.6 too). Score: that distance (0 known … 2 no shared element); the reason names the nearest known composition and where it is
 * from ({@code nearest known GaN (mp-e-form) at distance 0.25}).
 */
public final class NoveltyScreen implements Screen {
    /** Parameter: whether to compare with the known compounds of the installed data bundles. */
    static final String KNOWN = ReferenceSet.KNOWN;

    /** The parameters of screen {@code novelty}; {@code reference}, {@code referenceFile} or both are needed. */
    static final ParameterSchema SCHEMA = ParameterSchema.of(
            flag(KNOWN, true, "compare with every composition of every installed data bundle (data source `builtin`, dataset `known-compounds`)"),
            texts(ReferenceSet.REFERENCE, "known formulas (an entry may hold several, comma-separated), or `{\"$formulas\": \"<table step>\"}` in a workflow"),
            text(ReferenceSet.FILE, null, "a CSV file of known formulas, with a header row"),
            text(ReferenceSet.COLUMN, "formula", "the formula column of the reference table or file"),
            number("tolerance", 0, 0, 2, "novel when the L1 distance of element fractions to the nearest known one is above this"))
            .rule(ReferenceSet.REFERENCE, v -> v.has(ReferenceSet.REFERENCE) || v.has(ReferenceSet.FILE) || v.flag(KNOWN, true) ? Optional.empty()
                    : Optional.of("is needed unless '" + ReferenceSet.FILE + "' is given or '" + KNOWN + "' is true: the known formulas"));

    private final KnownCompounds knownCompounds;

    /** A novelty screen without known compounds: {@code known} must be false. */
    public NoveltyScreen() {
        this(KnownCompounds.NONE);
    }

    /** @param knownCompounds every composition of every installed data bundle */
    public NoveltyScreen(KnownCompounds knownCompounds) {
        this.knownCompounds = knownCompounds;
    }

    @Override
    public ParameterSchema parameters() {
        return SCHEMA;
    }

    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        parameters.requireOnly("novelty", Set.of(KNOWN, ReferenceSet.REFERENCE, ReferenceSet.FILE, ReferenceSet.COLUMN, "tolerance"));
        double tolerance = parameters.number("tolerance", 0);
        if (!(tolerance >= 0 && tolerance <= 2)) {
            throw new IllegalArgumentException("parameter 'tolerance' must be in [0, 2] (L1 distance of element fractions), got " + tolerance);
        }
        boolean known = parameters.flag(KNOWN, true);
        ReferenceSet references = ReferenceSet.forNovelty(parameters, knownCompounds, context);
        ReferenceIndex index = new ReferenceIndex(references.compositions(), references.origins());
        context.log("novelty: " + index.size() + " distinct reference compositions" + (known ? " (with every installed dataset's)" : "")
                + ", tolerance " + tolerance);
        List<ScreenResult> results = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            if (i % 1000 == 0) {
                context.checkCancelled();
                context.progress((double) i / candidates.size(), "novelty " + i + "/" + candidates.size());
            }
            results.add(judge(candidates.get(i).composition(), index, tolerance));
        }
        context.progress(1, "novelty done");
        return results;
    }

    private static ScreenResult judge(Composition c, ReferenceIndex index, double tolerance) {
        int exact = index.exact(c);
        if (exact >= 0) {
            return new ScreenResult(Verdict.FAIL, "known: " + index.composition(exact).reducedFormula()
                    + " (" + index.origin(exact) + ")", 0);
        }
        int nearest = index.nearest(c);
        if (nearest < 0) {
            return new ScreenResult(Verdict.PASS, "no known composition shares an element", 2);
        }
        Composition known = index.composition(nearest);
        double distance = ReferenceIndex.distance(c, known);
        String where = String.format(Locale.ROOT, "nearest known %s (%s) at distance %.4g", known.reducedFormula(), index.origin(nearest), distance);
        return distance > tolerance ? new ScreenResult(Verdict.PASS, where, distance)
                : new ScreenResult(Verdict.FAIL, "within tolerance " + tolerance + ": " + where, distance);
    }
}
