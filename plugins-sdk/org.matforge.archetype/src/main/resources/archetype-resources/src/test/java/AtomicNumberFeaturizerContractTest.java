package ${package};

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.testkit.FeaturizerContract;

/** The test kit's featurizer contract (labels, row length, determinism, threads, NaN rows), plus values by hand. */
class AtomicNumberFeaturizerContractTest extends FeaturizerContract {
    private static final Featurizer FEATURIZER = new AtomicNumberFeaturizer();

    @Override
    protected Featurizer featurizer() {
        return FEATURIZER;
    }

    @Test
    void galliumNitrideByHand() {
        double[] row = new double[2];
        FEATURIZER.featurize(Composition.parse("GaN"), row, 0);
        // Ga Z = 31, N Z = 7: mean (31 + 7) / 2 = 19, range 31 - 7 = 24
        assertArrayEquals(new double[] {19, 24}, row, 1e-12);
    }
}
