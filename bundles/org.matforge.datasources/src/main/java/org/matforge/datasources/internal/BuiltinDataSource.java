package org.matforge.datasources.internal;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.datasources.internal.builtin.BuiltinSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.datasource.DataSourceInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/** Data source {@code builtin}: a thin adapter over {@link BuiltinSource}. */
@Component(service = DataSource.class)
@DataSourceInfo(id = "builtin", name = "Built-in demo data", formats = {"band-gaps"},
        description = "Datasets shipped with MatForge for offline runs: band-gaps (experimental band gaps of known inorganic compounds, a source per row).")
public final class BuiltinDataSource implements DataSource {
    private final BuiltinSource source = new BuiltinSource();

    @Override
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        return source.load(parameters, context);
    }

    @Override
    public ParameterSchema parameters() {
        return BuiltinSource.SCHEMA;
    }
}
