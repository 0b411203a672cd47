package org.matforge.models.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.predictors.lib.ensemble.MlpEnsemble;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/** The shipped model file: what the bundle's header names, read by the mlp-ensemble reader, predicting real energies. */
class FormationEnergyModelTest {
    private static final Path MODEL = Path.of("models", "formation-energy.mfm");

    @Test
    void manifestNamesTheShippedFile() throws IOException {
        assertTrue(Files.readString(Path.of("bnd.bnd")).contains("MatForge-Models: models/formation-energy.mfm"));
        assertTrue(Files.size(MODEL) < 5_000_000, "model file under 5 MB: " + Files.size(MODEL));
    }

    @Test
    void predictsMaterialsProjectFormationEnergies() throws IOException {
        MlpEnsemble model;
        try (InputStream in = Files.newInputStream(MODEL)) {
            model = MlpEnsemble.read(ModelFile.read(in));
        }
        assertEquals(MlpEnsemble.TRAINER, model.metadata().trainer());
        assertEquals("formation_energy", model.metadata().target());
        assertEquals("eV/atom", model.metadata().unit());
        assertEquals(List.of("magpie", "stoichiometry", "valence-orbital", "ion-property"), model.metadata().featurizers());
        // every 50th row of mp_e_form (the model saw about 90 % of the compositions: this checks the file, not generalisation)
        List<SharedData.Row> rows = SharedData.rows("mp_e_form");
        List<SharedData.Row> sample = java.util.stream.IntStream.range(0, rows.size()).filter(i -> i % 50 == 0).mapToObj(rows::get).toList();
        Map<String, Featurizer> standard = StandardFeaturizers.create(ElementTable.load());
        FeatureMatrix x = CompositeFeaturizer.of(String.join(",", model.metadata().featurizers()), standard::get)
                .featurizeAll(sample.stream().map(SharedData.Row::composition).toList(), TaskContext.unobserved());
        Prediction[] p = model.predict(x, TaskContext.unobserved());
        double mae = 0;
        for (int i = 0; i < p.length; i++) {
            mae += Math.abs(p[i].mean() - sample.get(i).target());
            assertTrue(p[i].std() >= 0 && Double.isFinite(p[i].mean()), sample.get(i).formula());
        }
        mae /= p.length;
        assertTrue(mae < 0.25, "MAE " + mae + " eV/atom on " + p.length + " MP entries (polymorphs included)");
        Prediction nacl = model.predict(CompositeFeaturizer.of(String.join(",", model.metadata().featurizers()), standard::get)
                .featurizeAll(List.of(Composition.parse("NaCl")), TaskContext.unobserved()), TaskContext.unobserved())[0];
        assertTrue(nacl.mean() < -1.5 && nacl.mean() > -2.5, "NaCl (MP ≈ -2.1 eV/atom): " + nacl);
    }
}
