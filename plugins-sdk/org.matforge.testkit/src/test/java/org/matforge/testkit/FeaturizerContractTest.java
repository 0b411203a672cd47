package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** Runs {@link FeaturizerContract} on one correct and several broken featurizers and checks which checks fail. */
class FeaturizerContractTest {

    /** Correct: number of elements, mean atomic number, largest atomic fraction. */
    static class Good implements Featurizer {
        @Override
        public List<String> labels() {
            return List.of("element count", "mean Z", "max fraction");
        }

        @Override
        public void featurize(Composition c, double[] target, int offset) {
            double meanZ = 0;
            double maxFraction = 0;
            for (int i = 0; i < c.size(); i++) {
                meanZ += c.fraction(i) * c.element(i).atomicNumber();
                maxFraction = Math.max(maxFraction, c.fraction(i));
            }
            target[offset] = c.size();
            target[offset + 1] = meanZ;
            target[offset + 2] = maxFraction;
        }
    }

    public static class GoodContract extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good();
        }
    }

    public static class DuplicateLabels extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public List<String> labels() {
                    return List.of("element count", "mean Z", "element count");
                }
            };
        }
    }

    /** Clears one value past its range when the array has room: the next featurizer's first feature. */
    public static class WritesPastItsRange extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public void featurize(Composition c, double[] target, int offset) {
                    super.featurize(c, target, offset);
                    if (offset + 3 < target.length) {
                        target[offset + 3] = 0;
                    }
                }
            };
        }
    }

    public static class LeavesAFeatureUnwritten extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public List<String> labels() {
                    return List.of("element count", "mean Z", "max fraction", "forgotten");
                }
            };
        }
    }

    public static class NotDeterministic extends FeaturizerContract {
        private final Featurizer featurizer = new Good() {
            private long calls;

            @Override
            public synchronized void featurize(Composition c, double[] target, int offset) {
                super.featurize(c, target, offset);
                target[offset] += calls++;
            }
        };

        @Override
        protected Featurizer featurizer() {
            return featurizer;
        }
    }

    public static class BatchDiffersFromRows extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
                    FeatureMatrix matrix = super.featurizeAll(compositions, context);
                    double[] data = matrix.toArray();
                    data[0] += 1;
                    return FeatureMatrix.of(matrix.labels(), matrix.rowCount(), data);
                }
            };
        }
    }

    public static class NullGivesZeros extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
                    int width = labels().size();
                    double[] data = new double[compositions.size() * width];
                    for (int r = 0; r < compositions.size(); r++) {
                        if (compositions.get(r) != null) {
                            featurize(compositions.get(r), data, r * width);
                        }
                    }
                    return FeatureMatrix.of(labels(), compositions.size(), data);
                }
            };
        }
    }

    /** Keeps the composition of the call in a field: concurrent calls read each other's. */
    public static class NotThreadSafe extends FeaturizerContract {
        private final Featurizer featurizer = new Good() {
            private Composition current;

            @Override
            public void featurize(Composition c, double[] target, int offset) {
                current = c;
                for (int i = 0; i < 200; i++) {
                    Thread.yield();
                }
                super.featurize(current, target, offset);
            }
        };

        @Override
        protected Featurizer featurizer() {
            return featurizer;
        }
    }

    public static class ThrowsOnUnknownElement extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public void featurize(Composition c, double[] target, int offset) {
                    if (c.element(c.size() - 1).atomicNumber() > 100 || c.element(0).atomicNumber() > 100) {
                        throw new IllegalArgumentException("no data for " + c.formula());
                    }
                    super.featurize(c, target, offset);
                }
            };
        }
    }

    public static class InfiniteForUnknownElement extends FeaturizerContract {
        @Override
        protected Featurizer featurizer() {
            return new Good() {
                @Override
                public void featurize(Composition c, double[] target, int offset) {
                    super.featurize(c, target, offset);
                    if (Arrays.stream(c.amountsByNumber()).skip(101).anyMatch(a -> a > 0)) {
                        target[offset + 1] = Double.POSITIVE_INFINITY;
                    }
                }
            };
        }
    }

    private static Set<String> failedChecks(Class<?> contract) {
        return ContractRun.failedChecks(contract, 7);
    }

    @Test
    void correctFeaturizerPassesAll() {
        assertEquals(Set.of(), failedChecks(GoodContract.class));
    }

    @Test
    void duplicateLabelsFail() {
        assertEquals(Set.of("labelsAreNonEmptyUniqueAndStable"), failedChecks(DuplicateLabels.class));
    }

    @Test
    void writingOutsideTheRangeFails() {
        assertEquals(Set.of("featurizeWritesExactlyItsRangeAtTheOffset"), failedChecks(WritesPastItsRange.class));
    }

    @Test
    void anUnwrittenFeatureFails() {
        assertEquals(true, failedChecks(LeavesAFeatureUnwritten.class)
                .contains("featurizeWritesExactlyItsRangeAtTheOffset"));
    }

    @Test
    void nonDeterminismFails() {
        assertEquals(true, failedChecks(NotDeterministic.class).contains("sameCompositionGivesTheSameRow"));
    }

    @Test
    void aBatchPathThatDiffersFails() {
        assertEquals(Set.of("featurizeAllEqualsRowByRowFeaturize"), failedChecks(BatchDiffersFromRows.class));
    }

    @Test
    void zerosForANullCompositionFail() {
        assertEquals(Set.of("nullCompositionGivesNaNRow"), failedChecks(NullGivesZeros.class));
    }

    @Test
    void sharedPerCallStateFails() {
        assertEquals(true, failedChecks(NotThreadSafe.class).contains("concurrentCallsGiveTheSequentialRows"));
    }

    @Test
    void anExceptionForAnUnknownElementFails() {
        assertEquals(Set.of("elementWithoutDataGivesNaNNotAnException"), failedChecks(ThrowsOnUnknownElement.class));
    }

    @Test
    void anInfiniteFeatureForAnUnknownElementFails() {
        assertEquals(Set.of("elementWithoutDataGivesNaNNotAnException"),
                failedChecks(InfiniteForUnknownElement.class));
    }
}
