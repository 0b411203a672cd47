package org.matforge.stability.internal;

import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.lib.ConvexHull;
import org.matforge.stability.lib.PhaseIndex;
import org.matforge.stability.lib.Phases;
import org.matforge.stability.lib.phases.PhasesSpec;

/** The convex hull of the known phases a {@link PhasesSpec} names, loaded once and kept for the same spec. */
public final class KnownPhases {
    private final PhaseTables tables;
    private PhasesSpec cachedSpec;
    private ConvexHull cachedHull;

    /** @param tables how data sources are reached */
    public KnownPhases(PhaseTables tables) {
        this.tables = tables;
    }

    /**
     * @return the hull of the phases
     * @throws IllegalArgumentException naming the parameter, the source and the reason when they cannot be loaded
     */
    public synchronized ConvexHull hull(PhasesSpec spec, TaskContext context) {
        if (spec.equals(cachedSpec)) {
            return cachedHull;
        }
        Table table;
        try {
            table = tables.load(spec.source(), spec.sourceParameters(), context);
        } catch (DataSourceException | IllegalArgumentException e) {
            throw new IllegalArgumentException("known phases (" + spec.describe() + "): " + e.getMessage(), e);
        }
        ConvexHull hull = new ConvexHull(PhaseIndex.of(Phases.of(spec.formulas(table),
                table.doubles(spec.energyColumn(table)), spec.describe())));
        context.log("stability: " + hull.index().size() + " known compositions from " + spec.describe());
        cachedSpec = spec;
        cachedHull = hull;
        return hull;
    }
}
