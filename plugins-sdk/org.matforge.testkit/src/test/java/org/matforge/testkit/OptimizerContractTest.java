package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.matforge.api.data.ParameterSpec.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.task.TaskContext;

/** Runs {@link OptimizerContract} on one correct and several broken optimisers and checks which checks fail. */
class OptimizerContractTest {
    private static final int CHECKS = 6;

    /** Correct: draws points around the best observation (or uniformly before any), seeded, clipped to the bounds. */
    static class Good implements Optimizer {
        static final ParameterSchema SCHEMA = ParameterSchema.of(number("spread", 0.2, 0, 1, "share of each range to search around the best point"));

        @Override
        public ParameterSchema parameters() {
            return SCHEMA;
        }

        @Override
        public List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed,
                Parameters parameters, TaskContext context) {
            parameters.requireOnly("good", Set.of("spread"));
            check(space, observations, count);
            double spread = parameters.number("spread", 0.2);
            Random random = random(seed);
            Observation best = observations.stream().max((a, b) -> Double.compare(a.value(), b.value())).orElse(null);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double[] x = new double[space.size()];
                for (int d = 0; d < x.length; d++) {
                    Dimension dim = space.get(d);
                    double range = dim.upper() - dim.lower();
                    double v = best == null ? dim.lower() + random.nextDouble() * range
                            : best.x()[d] + (random.nextDouble() * 2 - 1) * spread * range;
                    x[d] = place(dim, v);
                }
                points.add(x);
            }
            return points;
        }

        void check(List<Dimension> space, List<Observation> observations, int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must be ≥ 0, got " + count);
            }
            for (int i = 0; i < observations.size(); i++) {
                if (observations.get(i).x().length != space.size()) {
                    throw new IllegalArgumentException("observation " + i + " has " + observations.get(i).x().length
                            + " values for " + space.size() + " dimensions");
                }
            }
        }

        Random random(long seed) {
            return new Random(seed);
        }

        double place(Dimension dim, double v) {
            double clipped = Math.max(dim.lower(), Math.min(dim.upper(), v));
            return dim.integer() ? Math.max(Math.ceil(dim.lower()), Math.min(Math.floor(dim.upper()), Math.rint(clipped))) : clipped;
        }
    }

    public static class GoodContract extends OptimizerContract {
        @Override
        protected Optimizer optimizer() {
            return new Good();
        }

        @Override
        protected Parameters validParameters() {
            return Parameters.of(java.util.Map.of("spread", 0.1));
        }
    }

    /** Shifts every draw by half the range (a centring bug) and never clips. */
    public static class NoClipping extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                double place(Dimension dim, double v) {
                    double shifted = v + 0.5 * (dim.upper() - dim.lower());
                    return dim.integer() ? Math.rint(shifted) : shifted;
                }
            };
        }
    }

    public static class FractionalTemperature extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                double place(Dimension dim, double v) {
                    return Math.max(dim.lower(), Math.min(dim.upper(), v));
                }
            };
        }
    }

    public static class UnseededRandom extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                Random random(long seed) {
                    return new Random();
                }
            };
        }
    }

    public static class OneShort extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                public List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed,
                        Parameters parameters, TaskContext context) {
                    List<double[]> points = super.suggest(space, observations, count, seed, parameters, context);
                    return points.subList(0, points.size() - 1);
                }
            };
        }
    }

    /** Needs a best point to search around: fails on the first round of a campaign. */
    public static class NeedsObservations extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                public List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed,
                        Parameters parameters, TaskContext context) {
                    return super.suggest(space, observations, count, seed, parameters, context).stream()
                            .map(x -> observations.get(0).x()).toList();
                }
            };
        }
    }

    public static class NoInputChecks extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                void check(List<Dimension> space, List<Observation> observations, int count) {
                }

                @Override
                public List<double[]> suggest(List<Dimension> space, List<Observation> observations, int count, long seed,
                        Parameters parameters, TaskContext context) {
                    return super.suggest(space, List.of(), Math.max(0, count), seed, parameters, context);
                }
            };
        }
    }

    public static class UndeclaredParameters extends GoodContract {
        @Override
        protected Optimizer optimizer() {
            return new Good() {
                @Override
                public ParameterSchema parameters() {
                    return ParameterSchema.UNDECLARED;
                }
            };
        }
    }

    @Test
    void correctOptimizerPassesAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
    }

    @Test
    void pointsOutsideTheBoundsFail() {
        assertEquals(Set.of("suggestsCountPointsInsideTheSpace", "suggestsWithoutObservations"),
                ContractRun.failedChecks(NoClipping.class, CHECKS));
    }

    @Test
    void aFractionOnAnIntegerDimensionFails() {
        assertEquals(Set.of("suggestsCountPointsInsideTheSpace", "suggestsWithoutObservations"),
                ContractRun.failedChecks(FractionalTemperature.class, CHECKS));
    }

    @Test
    void suggestionsThatChangeForTheSameSeedFail() {
        assertEquals(Set.of("sameSeedGivesTheSameSuggestions"), ContractRun.failedChecks(UnseededRandom.class, CHECKS));
    }

    @Test
    void fewerPointsThanAskedFail() {
        assertEquals(Set.of("suggestsCountPointsInsideTheSpace", "suggestsWithoutObservations"),
                ContractRun.failedChecks(OneShort.class, CHECKS));
    }

    @Test
    void anOptimizerThatNeedsObservationsFails() {
        assertEquals(Set.of("suggestsWithoutObservations"), ContractRun.failedChecks(NeedsObservations.class, CHECKS));
    }

    @Test
    void unrefusedBadInputFails() {
        assertEquals(Set.of("badInputIsRefusedWithAMessage"), ContractRun.failedChecks(NoInputChecks.class, CHECKS));
    }

    @Test
    void undeclaredParametersFail() {
        assertEquals(Set.of("parametersAreDeclared"), ContractRun.failedChecks(UndeclaredParameters.class, CHECKS));
    }
}
