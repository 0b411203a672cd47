package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link DataSource}. A plug-in author extends this class in a test and
 * supplies the source, parameters that load real data, and parameters that must be refused.
 */
public abstract class DataSourceContract {
    /** The column the platform reads compositions from. */
    public static final String FORMULA_COLUMN = "formula";

    /** @return the data source under test */
    protected abstract DataSource dataSource();

    /** @return parameters that load a table (e.g. the path of a small file written by the test) */
    protected abstract Parameters validParameters();

    /** @return parameter sets that cannot load, e.g. a missing file, a wrong type, an unknown dataset */
    protected abstract List<Parameters> badParameters();

    /**
     * Declared parameters let a workflow be checked before anything runs. A hint, not a requirement of the SPI: a
     * source that checks its parameters itself overrides this method without {@code @Test}.
     */
    @Test
    protected void parametersAreDeclared() {
        assertTrue(dataSource().parameters().declared(),
                "parameters() is UNDECLARED: declare them so that workflows are checked before they run");
    }

    @Test
    void validParametersPassTheSchema() {
        ParameterSchema schema = dataSource().parameters();
        assertNotNull(schema, "parameters() returned null");
        assertEquals(List.of(), schema.check(validParameters()), "validParameters() fail the source's own schema");
    }

    @Test
    void validParametersLoadATableWithFormulas() throws DataSourceException {
        Table table = dataSource().load(validParameters(), TaskContext.unobserved());
        assertNotNull(table, "load returned null");
        assertTrue(table.hasColumn(FORMULA_COLUMN), "no '" + FORMULA_COLUMN + "' column: " + table.columnNames());
        assertFalse(table.isNumeric(FORMULA_COLUMN), "the '" + FORMULA_COLUMN + "' column is numeric");
        assertTrue(table.rowCount() >= 1, "the table has no rows");
        assertTrue(Arrays.stream(table.strings(FORMULA_COLUMN)).anyMatch(DataSourceContract::parses),
                "no formula of the table parses with Composition.parse");
    }

    @Test
    void badParametersAreReportedWithAMessage() {
        List<Parameters> bad = badParameters();
        assertFalse(bad.isEmpty(), "badParameters() is empty: give at least one set that cannot load");
        for (Parameters parameters : bad) {
            try {
                dataSource().load(parameters, TaskContext.unobserved());
                fail(parameters + ": loaded; expected DataSourceException or IllegalArgumentException");
            } catch (DataSourceException | IllegalArgumentException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), parameters + ": exception without message");
            } catch (RuntimeException e) {
                fail(parameters + ": " + e.getClass().getName() + " (" + e.getMessage()
                        + "); the SPI reports DataSourceException (data unreadable) or IllegalArgumentException (wrong options)", e);
            }
        }
    }

    private static boolean parses(String formula) {
        try {
            return formula != null && Composition.parse(formula).size() > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
