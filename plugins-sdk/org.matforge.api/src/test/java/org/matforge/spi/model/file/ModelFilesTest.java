package org.matforge.spi.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.SavableModel;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.task.TaskContext;

/** The platform's one loading of a model file: the loader of the file's trainer, and every way it can fail, named. */
class ModelFilesTest {
    @TempDir
    Path folder;

    /** A vendor's predictor written with nothing but the API: a constant, stored in one entry. */
    private record Constant(ModelMetadata metadata, double value) implements TrainedPredictor {
        @Override
        public String target() {
            return metadata.target();
        }

        @Override
        public List<String> featurizers() {
            return metadata.featurizers();
        }

        @Override
        public List<String> featureLabels() {
            return List.of();
        }

        @Override
        public Prediction[] predict(FeatureMatrix features, TaskContext context) {
            return new Prediction[] {new Prediction(value, 0)};
        }

        @Override
        public void save(OutputStream out) throws IOException {
            ModelFile.of(metadata, Map.of("value", Double.toString(value).getBytes())).write(out);
        }

        static Constant read(ModelFile file) throws IOException {
            return new Constant(file.metadata(), Double.parseDouble(new String(file.entry("value"))));
        }
    }

    private Path saved() throws IOException {
        Constant model = new Constant(new ModelMetadata(ModelMetadata.PREDICTOR, "constant", "gap", "band_gap", "eV", List.of(), Map.of(), "",
                0, Map.of(), Map.of(), ModelFile.FORMAT_VERSION), 3.5);
        Path file = folder.resolve("gap.mfm");
        try (OutputStream out = Files.newOutputStream(file)) {
            model.save(out);
        }
        return file;
    }

    @Test
    void aFileIsLoadedByTheLoaderOfItsTrainer() throws IOException {
        Path file = saved();
        ModelLoader constant = in -> Constant.read(ModelFile.read(in));
        TrainedPredictor loaded = ModelFiles.load(file.toString(), ModelSource.of(file), TrainedPredictor.class,
                Map.of("constant", constant)::get);
        assertEquals(3.5, loaded.predict(null, TaskContext.unobserved())[0].mean());
        assertEquals("gap", ModelFiles.readMetadata("gap.mfm", ModelSource.of(Files.readAllBytes(file))).id());
    }

    @Test
    void eachFailureNamesTheFileAndTheLoader() throws IOException {
        Path file = saved();
        String name = file.toString();
        ModelSource source = ModelSource.of(file);
        ModelFileException none = assertThrows(ModelFileException.class, () -> ModelFiles.load(name, source, SavableModel.class, id -> null));
        assertEquals(name + " was made by trainer 'constant', whose model-loader is not installed", none.getMessage());

        ModelFileException refused = assertThrows(ModelFileException.class, () -> ModelFiles.load(name, source, SavableModel.class, id -> in -> {
            throw new ModelFileException("model file is corrupt: entry 'value' is empty", "value");
        }));
        assertEquals("model-loader 'constant' cannot read " + name + ": model file is corrupt: entry 'value' is empty", refused.getMessage());
        assertEquals("model file is corrupt: entry 'value' is empty", refused.reason());
        assertEquals("value", refused.entry().orElseThrow());

        ModelFileException crashed = assertThrows(ModelFileException.class, () -> ModelFiles.load(name, source, SavableModel.class, id -> in -> {
            throw new ArrayIndexOutOfBoundsException("Index 3 out of bounds for length 3");
        }));
        assertEquals("model-loader 'constant' failed on " + name + ": ArrayIndexOutOfBoundsException: Index 3 out of bounds for length 3",
                crashed.getMessage());

        ModelLoader real = in -> Constant.read(ModelFile.read(in));
        ModelFileException wrongType = assertThrows(ModelFileException.class, () -> ModelFiles.load(name, source, TrainedGenerator.class,
                id -> real));
        assertEquals("model-loader 'constant' read " + name + " as a predictor, not a generator", wrongType.getMessage());

        Path missing = folder.resolve("missing.mfm");
        ModelFileException gone = assertThrows(ModelFileException.class, () -> ModelFiles.load(missing.toString(), ModelSource.of(missing),
                SavableModel.class, id -> real));
        assertEquals("cannot read model file " + missing + ": no such file", gone.getMessage());
        Path text = Files.writeString(folder.resolve("table.csv"), "formula,band_gap\nGaN,3.4\n");
        assertEquals("cannot read model file " + text + ": not a MatForge model file: no zip entries (empty, or not a zip)",
                assertThrows(ModelFileException.class, () -> ModelFiles.readMetadata(text.toString(), ModelSource.of(text))).getMessage());
        assertSame(ModelFileException.class, gone.getClass());
    }
}
