package org.matforge.datasources.internal.builtin;

import java.util.List;
import java.util.Map;

import org.matforge.api.data.Parameters;
import org.matforge.spi.datasource.DataSource;
import org.matforge.testkit.DataSourceContract;

/** The plug-in test kit's data-source contract on {@link BuiltinSource}. */
class BuiltinSourceContractTest extends DataSourceContract {
    @Override
    protected DataSource dataSource() {
        return ClassPathBundles.source();
    }

    @Override
    protected Parameters validParameters() {
        return Parameters.of(Map.of("dataset", "expt-gap"));
    }

    @Override
    protected List<Parameters> badParameters() {
        return List.of(Parameters.of(Map.of("dataset", "no-such-set")), Parameters.of(Map.of("dataset", "expt-gap", "path", "x.csv")));
    }
}
