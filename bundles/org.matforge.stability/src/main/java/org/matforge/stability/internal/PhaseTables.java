package org.matforge.stability.internal;

import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** Loads a table through a data source named by its id (the catalogue's in the bundle, a real source in tests). */
@FunctionalInterface
public interface PhaseTables {
    /**
     * @return the table the source loads with these parameters
     * @throws IllegalArgumentException when there is no such source, or the parameters are wrong (naming them)
     * @throws DataSourceException      when the data cannot be read
     */
    Table load(String source, Parameters parameters, TaskContext context) throws DataSourceException;
}
