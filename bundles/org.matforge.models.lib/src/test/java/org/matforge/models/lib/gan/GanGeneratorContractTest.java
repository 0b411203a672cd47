package org.matforge.models.lib.gan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.GenerativeModelContract;

/** The test kit's generator contract on a tiny unconditional GAN trained on 200 real expt_gap compositions. */
class GanGeneratorContractTest extends GenerativeModelContract {
    private static SampledGenerator gan;

    @BeforeAll
    static void trainTinyGan() {
        List<Composition> data = SharedData.table("expt_gap", 200).formulas().stream().map(Composition::parse).toList();
        gan = GanModels.train(data, Optional.empty(), "gan-contract", Parameters.of(Map.of("epochs", 2,
                "noise", 8, "generatorLayers", "16", "discriminatorLayers", "16", "seed", 11)), TaskContext.unobserved());
    }

    @Override
    protected GenerativeModel generator() {
        return gan;
    }
}
