package org.matforge.stability.internal.osgi;

import java.time.Duration;

import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.api.plugin.PluginKind;
import org.matforge.api.plugin.PluginLease;
import org.matforge.api.plugin.PluginQuery;
import org.matforge.api.plugin.PluginRegistry;
import org.matforge.api.plugin.PluginUnavailableException;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;
import org.matforge.stability.internal.PhaseTables;

/** Loads a table through the data source the catalogue has under that id, leased for the load only. */
final class CatalogueTables implements PhaseTables {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PluginRegistry registry;

    CatalogueTables(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Table load(String source, Parameters parameters, TaskContext context) throws DataSourceException {
        try (PluginLease<DataSource> lease = registry.lease(PluginQuery.of(PluginKind.DATA_SOURCE, source), DataSource.class, WAIT, () -> { })) {
            return lease.service().load(parameters, context);
        } catch (PluginUnavailableException e) {
            throw new IllegalArgumentException("no data source '" + source + "' for the known phases: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for data source '" + source + "'", e);
        }
    }
}
