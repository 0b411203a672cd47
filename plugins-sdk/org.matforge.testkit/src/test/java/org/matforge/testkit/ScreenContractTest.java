package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matforge.api.data.ParameterSpec.integer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/** Runs {@link ScreenContract} on one correct and several broken screens and checks which checks fail. */
class ScreenContractTest {
    private static final int CHECKS = 5;

    /** Correct: passes candidates with at least {@code min} elements. */
    static class Good implements Screen {
        static final ParameterSchema SCHEMA = ParameterSchema.of(integer("min", 2, 1, 118, "fewest elements"));

        @Override
        public ParameterSchema parameters() {
            return SCHEMA;
        }

        @Override
        public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
            parameters.requireOnly("good", Set.of("min"));
            long min = parameters.integer("min", 2);
            List<ScreenResult> results = new ArrayList<>();
            for (Candidate c : candidates) {
                int n = c.composition().size();
                results.add(new ScreenResult(n >= min ? Verdict.PASS : Verdict.FAIL, n + " elements", n));
            }
            return results;
        }
    }

    public static class GoodContract extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good();
        }

        @Override
        protected Parameters validParameters() {
            return Parameters.of(java.util.Map.of("min", 3));
        }
    }

    public static class DropsTheLastResult extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    List<ScreenResult> results = super.screen(candidates, parameters, context);
                    return results.isEmpty() ? results : results.subList(0, results.size() - 1);
                }
            };
        }
    }

    public static class SortsTheResults extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    List<ScreenResult> results = new ArrayList<>(super.screen(candidates, parameters, context));
                    results.sort(Comparator.comparingDouble(ScreenResult::score));
                    return results;
                }
            };
        }
    }

    public static class NullResult extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    List<ScreenResult> results = new ArrayList<>(super.screen(candidates, parameters, context));
                    results.replaceAll(r -> r.score() == 1 ? null : r);
                    return results;
                }
            };
        }
    }

    public static class Undeclared extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public ParameterSchema parameters() {
                    return ParameterSchema.UNDECLARED;
                }
            };
        }
    }

    /** The same screen whose author opted out of the declared-parameters hint. */
    public static class UndeclaredOptedOut extends Undeclared {
        @Override
        protected void parametersAreDeclared() {
        }
    }

    public static class DefaultsFailTheSchema extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public ParameterSchema parameters() {
                    return SCHEMA.rule("min", v -> v.integer("min", 2) < 5 ? Optional.of("must be at least 5") : Optional.empty());
                }
            };
        }
    }

    public static class IgnoresUnknownParameters extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    return super.screen(candidates, Parameters.of(java.util.Map.of("min", parameters.integer("min", 2))), context);
                }
            };
        }
    }

    public static class WrongExceptionForUnknownParameters extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    if (parameters.asMap().size() > 1 || !parameters.asMap().keySet().stream().allMatch("min"::equals)) {
                        throw new IllegalStateException("bad options");
                    }
                    return super.screen(candidates, parameters, context);
                }
            };
        }
    }

    public static class FailsOnNoCandidates extends ScreenContract {
        @Override
        protected Screen screen() {
            return new Good() {
                @Override
                public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
                    if (candidates.isEmpty()) {
                        throw new IndexOutOfBoundsException("no candidates");
                    }
                    return super.screen(candidates, parameters, context);
                }
            };
        }
    }

    @Test
    void correctScreenPassesAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
    }

    @Test
    void aMissingResultFails() {
        assertEquals(Set.of("oneResultPerCandidateInOrder"), ContractRun.failedChecks(DropsTheLastResult.class, CHECKS));
    }

    @Test
    void resultsOutOfOrderFail() {
        assertEquals(Set.of("oneResultPerCandidateInOrder"), ContractRun.failedChecks(SortsTheResults.class, CHECKS));
    }

    @Test
    void aNullResultFails() {
        assertEquals(Set.of("oneResultPerCandidateInOrder"), ContractRun.failedChecks(NullResult.class, CHECKS));
    }

    @Test
    void undeclaredParametersFailUnlessTheAuthorOptsOut() {
        assertEquals(Set.of("parametersAreDeclared"), ContractRun.failedChecks(Undeclared.class, CHECKS));
        assertEquals(Set.of(), ContractRun.failedChecks(UndeclaredOptedOut.class, CHECKS - 1));
    }

    @Test
    void defaultsThatFailTheSchemaFail() {
        assertEquals(Set.of("validParametersAndDefaultsPassTheSchema"),
                ContractRun.failedChecks(DefaultsFailTheSchema.class, CHECKS));
    }

    @Test
    void ignoringAnUnknownParameterFails() {
        assertEquals(Set.of("unknownParameterIsRefusedByName"), ContractRun.failedChecks(IgnoresUnknownParameters.class, CHECKS));
    }

    @Test
    void anotherExceptionTypeForAnUnknownParameterFails() {
        assertEquals(Set.of("unknownParameterIsRefusedByName"),
                ContractRun.failedChecks(WrongExceptionForUnknownParameters.class, CHECKS));
    }

    @Test
    void failingOnNoCandidatesFails() {
        assertEquals(Set.of("noCandidatesGiveNoResults"), ContractRun.failedChecks(FailsOnNoCandidates.class, CHECKS));
    }
}
