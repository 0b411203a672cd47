package org.matforge.spi.datasource;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.task.TaskContext;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Loads a table of compositions and properties: a file, a built-in benchmark set, a remote database.
 * Register an implementation as a service annotated with {@link DataSourceInfo}.
 */
@ConsumerType
public interface DataSource {
    /**
     * @param parameters source-specific options from the workflow step (e.g. {@code path}, {@code dataset})
     * @param context    progress and cancellation
     * @return the table
     * @throws DataSourceException naming the source, the input and the reason when the data cannot be read
     */
    Table load(Parameters parameters, TaskContext context) throws DataSourceException;

    /**
     * @return the parameters this plug-in reads, with their types, defaults and ranges, so that a workflow or command
     *         is checked before anything runs; {@link ParameterSchema#UNDECLARED} (the default) when it checks them itself
     */
    default ParameterSchema parameters() {
        return ParameterSchema.UNDECLARED;
    }
}
