package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matforge.api.data.ParameterSpec.choice;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.datasource.DataSourceException;
import org.matforge.spi.task.TaskContext;

/** Runs {@link DataSourceContract} on one correct and several broken sources and checks which checks fail. */
class DataSourceContractTest {
    private static final int CHECKS = 4;

    /** Correct: dataset {@code small} is three band gaps; anything else is refused. */
    static class Good implements DataSource {
        static final ParameterSchema SCHEMA = ParameterSchema.of(choice("dataset", null, List.of("small", "large"), "which set").required());

        @Override
        public ParameterSchema parameters() {
            return SCHEMA;
        }

        @Override
        public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
            SCHEMA.require("good", parameters);
            String dataset = parameters.requireString("dataset");
            if (!dataset.equals("small")) {
                throw new DataSourceException("good: dataset '" + dataset + "' is not installed");
            }
            return table("formula");
        }

        static Table table(String formulaColumn) {
            return Table.builder(3).text(formulaColumn, new String[] {"GaAs", "ZnO", "SiO2"})
                    .numbers("band_gap", new double[] {1.42, 3.37, 8.9}).build();
        }
    }

    public static class GoodContract extends DataSourceContract {
        @Override
        protected DataSource dataSource() {
            return new Good();
        }

        @Override
        protected Parameters validParameters() {
            return Parameters.of(Map.of("dataset", "small"));
        }

        @Override
        protected List<Parameters> badParameters() {
            return List.of(Parameters.empty(), Parameters.of(Map.of("dataset", "huge")), Parameters.of(Map.of("dataset", "large")),
                    Parameters.of(Map.of("dataset", "small", "path", "/nowhere")));
        }
    }

    public static class Undeclared extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public ParameterSchema parameters() {
                    return ParameterSchema.UNDECLARED;
                }
            };
        }
    }

    public static class ValidParametersFailTheSchema extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public ParameterSchema parameters() {
                    return SCHEMA.rule("dataset", v -> Optional.of("is never right"));
                }
            };
        }
    }

    public static class NoFormulaColumn extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
                    super.load(parameters, context);
                    return table("composition");
                }
            };
        }
    }

    public static class EmptyTable extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
                    super.load(parameters, context);
                    return Table.builder(0).text("formula", new String[0]).build();
                }
            };
        }
    }

    public static class NullPointerOnMissingParameter extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
                    if (parameters.string("dataset").orElse(null).equals("small")) {
                        return table("formula");
                    }
                    return super.load(parameters, context);
                }
            };
        }
    }

    public static class LoadsAnything extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public Table load(Parameters parameters, TaskContext context) {
                    return table("formula");
                }
            };
        }
    }

    public static class ExceptionWithoutMessage extends GoodContract {
        @Override
        protected DataSource dataSource() {
            return new Good() {
                @Override
                public Table load(Parameters parameters, TaskContext context) throws DataSourceException {
                    try {
                        return super.load(parameters, context);
                    } catch (DataSourceException e) {
                        throw new DataSourceException("", e);
                    }
                }
            };
        }
    }

    @Test
    void correctSourcePassesAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
    }

    @Test
    void undeclaredParametersFail() {
        assertEquals(Set.of("parametersAreDeclared"), ContractRun.failedChecks(Undeclared.class, CHECKS));
    }

    @Test
    void validParametersThatFailTheSchemaFail() {
        assertEquals(Set.of("validParametersPassTheSchema"),
                ContractRun.failedChecks(ValidParametersFailTheSchema.class, CHECKS));
    }

    @Test
    void aTableWithoutFormulaColumnFails() {
        assertEquals(Set.of("validParametersLoadATableWithFormulas"), ContractRun.failedChecks(NoFormulaColumn.class, CHECKS));
    }

    @Test
    void anEmptyTableFails() {
        assertEquals(Set.of("validParametersLoadATableWithFormulas"), ContractRun.failedChecks(EmptyTable.class, CHECKS));
    }

    @Test
    void anotherExceptionTypeFails() {
        assertEquals(Set.of("badParametersAreReportedWithAMessage"),
                ContractRun.failedChecks(NullPointerOnMissingParameter.class, CHECKS));
    }

    @Test
    void loadingBadParametersFails() {
        assertEquals(Set.of("badParametersAreReportedWithAMessage"), ContractRun.failedChecks(LoadsAnything.class, CHECKS));
    }

    @Test
    void anExceptionWithoutMessageFails() {
        assertEquals(Set.of("badParametersAreReportedWithAMessage"), ContractRun.failedChecks(ExceptionWithoutMessage.class, CHECKS));
    }
}
