package org.matforge.orchestrator.itest.plugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.datasource.DataSourceInfo;
import org.matforge.spi.task.TaskContext;
import org.osgi.service.component.annotations.Component;

/**
 * Test data source: a two-column {@code formula,target} CSV (the matbench files) as a table with the target
 * renamed. Parameters: {@code path} (relative paths are read under the shared data folder), {@code target}
 * (new name of the target column), {@code rows} (first rows only).
 */
@Component
@DataSourceInfo(id = "test-csv", name = "Test CSV", description = "formula,target CSV files for the orchestrator tests")
public class CsvTableSource implements DataSource {
    @Override
    public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
        Path path = Path.of(System.getProperty("matforge.shared.data", "")).resolve(parameters.requireString("path"));
        String target = parameters.string("target").orElse("target");
        long limit = parameters.integer("rows", Long.MAX_VALUE);
        List<String> formulas = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size() && formulas.size() < limit; i++) {
                String[] f = lines.get(i).split(",");
                formulas.add(f[0]);
                values.add(Double.parseDouble(f[1]));
            }
        } catch (IOException | RuntimeException e) {
            throw new DataSourceException("test-csv: cannot read " + path + ": " + e, e);
        }
        context.progress(1, formulas.size() + " rows");
        return Table.builder(formulas.size()).text("formula", formulas).numbers(target, values.stream().mapToDouble(Double::doubleValue).toArray()).build();
    }
}
