package org.matforge.models.lib.vae;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.spi.generator.GenerativeModel;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.GenerativeModelContract;

/** The test kit's generator contract on a tiny conditional VAE trained on 200 real expt_gap rows, sampled for 2–4 eV. */
class VaeGeneratorContractTest extends GenerativeModelContract {
    private static VaeGenerator vae;

    @BeforeAll
    static void trainTinyConditionalVae() {
        SharedData.Table table = SharedData.table("expt_gap", 200);
        List<Composition> data = table.formulas().stream().map(Composition::parse).toList();
        vae = VaeModels.train(data, Optional.of(new PropertyValues("band_gap", table.targets())), "vae-contract",
                Parameters.of(Map.of("epochs", 2, "batch", 64, "layers", "16", "latent", 4, "seed", 3)), TaskContext.unobserved());
    }

    @Override
    protected GenerativeModel generator() {
        return vae;
    }

    @Override
    protected Optional<PropertyCondition> condition() {
        return Optional.of(new PropertyCondition("band_gap", 2, 4));
    }
}
