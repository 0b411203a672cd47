package org.matforge.datasources.internal.osgi;

import org.matforge.commons.adapter.DelegatingDataSource;
import org.matforge.datasources.internal.builtin.BuiltinSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceInfo;
import org.osgi.service.component.annotations.Component;

/** Data source {@code builtin}: a thin adapter over {@link BuiltinSource}. */
@Component(service = DataSource.class)
@DataSourceInfo(id = "builtin", name = "Built-in demo data", formats = {"band-gaps"},
        description = "Datasets shipped with MatForge for offline runs: band-gaps (experimental band gaps of known inorganic compounds, a source per row).")
public final class BuiltinDataSourceComponent extends DelegatingDataSource {
    /** Creates the component. */
    public BuiltinDataSourceComponent() {
        super(new BuiltinSource());
    }
}
