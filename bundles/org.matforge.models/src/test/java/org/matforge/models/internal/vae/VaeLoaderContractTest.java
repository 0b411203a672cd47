package org.matforge.models.internal.vae;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.data.Parameters;
import org.matforge.commons.testdata.SharedData;
import org.matforge.models.internal.osgi.VaeLoaderComponent;
import org.matforge.models.lib.vae.VaeGenerator;
import org.matforge.models.lib.vae.VaeModels;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.ModelLoaderContract;

/** The test kit's loader contract on {@code vae}, with a tiny VAE trained on real expt_gap rows (no prediction checks: a generator). */
class VaeLoaderContractTest extends ModelLoaderContract {
    private static byte[] file;

    @BeforeAll
    static void trainTinyVae() throws IOException {
        List<Composition> data = SharedData.table("expt_gap", 200).formulas().stream().map(Composition::parse).toList();
        VaeGenerator vae = VaeModels.train(data, Optional.empty(), "vae-contract",
                Parameters.of(Map.of("epochs", 2, "batch", 64, "layers", "16", "latent", 4, "seed", 3)), TaskContext.unobserved());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        vae.save(out);
        file = out.toByteArray();
    }

    @Override
    protected ModelLoader loader() {
        return new VaeLoaderComponent(null);
    }

    @Override
    protected byte[] modelFile() {
        return file.clone();
    }

    @Override
    protected FeatureMatrix sampleInput() {
        return null;
    }
}
