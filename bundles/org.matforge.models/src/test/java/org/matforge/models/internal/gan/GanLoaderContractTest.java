package org.matforge.models.internal.gan;

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
import org.matforge.models.lib.gan.GanModels;
import org.matforge.models.lib.generator.SampledGenerator;
import org.matforge.models.internal.osgi.GanLoaderComponent;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.task.TaskContext;
import org.matforge.testkit.ModelLoaderContract;

/** The test kit's loader contract on {@code gan}, with a tiny GAN trained on real expt_gap rows (no prediction checks: a generator). */
class GanLoaderContractTest extends ModelLoaderContract {
    private static byte[] file;

    @BeforeAll
    static void trainTinyGan() throws IOException {
        List<Composition> data = SharedData.table("expt_gap", 200).formulas().stream().map(Composition::parse).toList();
        SampledGenerator gan = GanModels.train(data, Optional.empty(), "gan-contract", Parameters.of(Map.of("epochs", 2,
                "noise", 8, "generatorLayers", "16", "discriminatorLayers", "16", "seed", 11)), TaskContext.unobserved());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gan.save(out);
        file = out.toByteArray();
    }

    @Override
    protected ModelLoader loader() {
        return new GanLoaderComponent(null);
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
