package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** Runs {@link GenerativeModelContract} on one correct and several broken generators and checks which checks fail. */
class GenerativeModelContractTest {
    private static final int CHECKS = 6;
    private static final List<String> SYMBOLS = List.of("Ga", "N", "Zn", "O", "Al", "In", "Se", "Cd", "Te", "Mg");

    /** Correct: binary compositions with counts 1–4 drawn from the seed; conditional when given a target. */
    static class Good implements TrainedGenerator {
        final String target;

        Good(String target) {
            this.target = target;
        }

        @Override
        public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
            if (condition.isPresent() && target.isEmpty()) {
                throw new UnsupportedOperationException("not conditional");
            }
            Random random = random(seed);
            List<Composition> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int a = random.nextInt(SYMBOLS.size());
                int b = (a + 1 + random.nextInt(SYMBOLS.size() - 1)) % SYMBOLS.size();
                out.add(composition(Element.valueOf(SYMBOLS.get(a)), 1 + random.nextInt(4), Element.valueOf(SYMBOLS.get(b)), 1 + random.nextInt(4)));
            }
            return out;
        }

        Random random(long seed) {
            return new Random(seed);
        }

        Composition composition(Element a, double na, Element b, double nb) {
            return Composition.of(Map.of(a, na, b, nb));
        }

        @Override
        public boolean conditional() {
            return !target.isEmpty();
        }

        @Override
        public ModelMetadata metadata() {
            return new ModelMetadata(ModelMetadata.GENERATOR, trainer(), "pairs", target, "", List.of(), Map.of(), "", 1,
                    Map.of(), Map.of(), ModelFile.FORMAT_VERSION);
        }

        String trainer() {
            return "pairs";
        }

        @Override
        public void save(OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }

    public static class GoodContract extends GenerativeModelContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("");
        }
    }

    public static class GoodConditionalContract extends GenerativeModelContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("band_gap");
        }

        @Override
        protected Optional<PropertyCondition> condition() {
            return Optional.of(new PropertyCondition("band_gap", 3, 6));
        }
    }

    public static class HalfAtoms extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                Composition composition(Element a, double na, Element b, double nb) {
                    return super.composition(a, na + 0.5, b, nb);
                }
            };
        }
    }

    public static class UnseededRandom extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                Random random(long seed) {
                    return new Random();
                }
            };
        }
    }

    public static class IgnoresTheSeed extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                Random random(long seed) {
                    return new Random(1);
                }
            };
        }
    }

    public static class OneTooMany extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
                    return super.sample(count + 1, seed, condition, context);
                }
            };
        }
    }

    /** Drops most draws, as a collapsed decoder would. */
    public static class MostlyEmpty extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
                    return super.sample(count / 5, seed, condition, context);
                }
            };
        }
    }

    public static class SilentlyIgnoresACondition extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                public List<Composition> sample(int count, long seed, Optional<PropertyCondition> condition, TaskContext context) {
                    return super.sample(count, seed, Optional.empty(), context);
                }
            };
        }
    }

    public static class BlankTrainer extends GoodContract {
        @Override
        protected GenerativeModel generator() {
            return new Good("") {
                @Override
                String trainer() {
                    return "";
                }
            };
        }
    }

    @Test
    void correctGeneratorsPassAll() {
        assertEquals(Set.of(), ContractRun.failedChecks(GoodContract.class, CHECKS));
        assertEquals(Set.of(), ContractRun.failedChecks(GoodConditionalContract.class, CHECKS));
    }

    @Test
    void fractionalAmountsFail() {
        assertEquals(Set.of("samplesAreWellFormedCompositions"), ContractRun.failedChecks(HalfAtoms.class, CHECKS));
    }

    @Test
    void samplesThatChangeForTheSameSeedFail() {
        assertEquals(Set.of("sameSeedGivesTheSameSamples"), ContractRun.failedChecks(UnseededRandom.class, CHECKS));
    }

    @Test
    void aGeneratorThatIgnoresTheSeedFails() {
        assertEquals(Set.of("otherSeedGivesOtherSamples"), ContractRun.failedChecks(IgnoresTheSeed.class, CHECKS));
    }

    @Test
    void moreSamplesThanAskedFail() {
        assertEquals(Set.of("countIsHonoured"), ContractRun.failedChecks(OneTooMany.class, CHECKS));
    }

    @Test
    void farFewerSamplesThanAskedFail() {
        assertEquals(Set.of("countIsHonoured"), ContractRun.failedChecks(MostlyEmpty.class, CHECKS));
    }

    @Test
    void anIgnoredConditionFails() {
        assertEquals(Set.of("conditionIsRefusedByAnUnconditionalGenerator"),
                ContractRun.failedChecks(SilentlyIgnoresACondition.class, CHECKS));
    }

    @Test
    void metadataWithoutTrainerFails() {
        assertEquals(Set.of("metadataIsWellFormed"), ContractRun.failedChecks(BlankTrainer.class, CHECKS));
    }
}
