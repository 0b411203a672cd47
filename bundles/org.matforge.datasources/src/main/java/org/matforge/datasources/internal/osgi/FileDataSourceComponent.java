package org.matforge.datasources.internal.osgi;

import org.matforge.commons.adapter.DelegatingDataSource;
import org.matforge.datasources.internal.tables.FileSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceInfo;
import org.osgi.service.component.annotations.Component;

/** Data source {@code file}: a thin adapter over {@link FileSource}. */
@Component(service = DataSource.class)
@DataSourceInfo(id = "file", name = "CSV, JSON lines or Parquet file", formats = {"csv", "tsv", "json", "jsonl", "parquet"},
        description = "Your own table: parameters path, formulaColumn (default formula), format (csv|tsv|json|jsonl|parquet), delimiter (, ; tab;"
                + " default detected), numericColumns, onBadRow (fail|flag|skip).")
public final class FileDataSourceComponent extends DelegatingDataSource {
    /** Creates the component. */
    public FileDataSourceComponent() {
        super(new FileSource());
    }
}
