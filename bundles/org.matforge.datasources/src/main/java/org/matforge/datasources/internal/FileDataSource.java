package org.matforge.datasources.internal;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.datasources.internal.tables.FileSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.datasource.DataSourceInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/** Data source {@code file}: a thin adapter over {@link FileSource}. */
@Component(service = DataSource.class)
@DataSourceInfo(id = "file", name = "CSV or JSON file", formats = {"csv", "json"},
        description = "Your own table: parameters path, formulaColumn (default formula), format (csv|json), numericColumns, onBadRow (fail|flag|skip).")
public final class FileDataSource implements DataSource {
    private final FileSource source = new FileSource();

    @Override
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        return source.load(parameters, context);
    }

    @Override
    public ParameterSchema parameters() {
        return FileSource.SCHEMA;
    }
}
