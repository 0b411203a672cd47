package org.matforge.commons.adapter;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** Base of the DS components of data sources: a thin adapter that forwards to a plain-Java data source. */
public abstract class DelegatingDataSource implements DataSource {
    private final DataSource delegate;

    protected DelegatingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public final Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        return delegate.load(parameters, context);
    }

    @Override
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
