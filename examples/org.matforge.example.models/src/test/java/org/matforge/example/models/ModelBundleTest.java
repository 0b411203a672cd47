package org.matforge.example.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.model.file.ModelFileEntry;
import org.matforge.spi.model.file.ModelFileInfo;
import org.matforge.spi.model.file.ModelFileLimits;

/**
 * The built bundle, read as the platform reads it: the {@code MatForge-Models} header, no code, and each listed file
 * through the SDK's model-file reader (metadata, every entry's checksum, the model card).
 */
class ModelBundleTest {
    private static final long MAX_FILE_BYTES = 2 << 20;
    private static JarFile bundle;
    private static Attributes manifest;

    @BeforeAll
    static void open() throws IOException {
        bundle = new JarFile(Path.of(System.getProperty("example.bundle")).toFile());
        manifest = bundle.getManifest().getMainAttributes();
    }

    private static List<String> paths() {
        String header = manifest.getValue("MatForge-Models");
        assertNotNull(header, "no MatForge-Models header");
        return Arrays.stream(header.split(",")).map(String::trim).toList();
    }

    private static ModelFileInfo inspect(String path) throws IOException {
        JarEntry entry = bundle.getJarEntry(path);
        assertNotNull(entry, path + " is listed in MatForge-Models but not in the bundle");
        assertTrue(entry.getSize() < MAX_FILE_BYTES, path + " is " + entry.getSize() + " bytes, above 2 MB");
        try (InputStream in = bundle.getInputStream(entry)) {
            return ModelFile.inspect(in, ModelFileLimits.defaults()); // verifies every entry's size and SHA-256
        }
    }

    @Test
    void aBundleWithNoCodeNamingItsTwoModels() {
        assertEquals("org.matforge.example.models", manifest.getValue("Bundle-SymbolicName"));
        assertEquals(List.of("models/example-band-gap.mfm", "models/example-composition-vae.mfm"), paths());
        assertNull(manifest.getValue("Import-Package"), "a model bundle imports nothing");
        assertNull(manifest.getValue("Export-Package"), "a model bundle exports nothing");
        assertFalse(bundle.stream().anyMatch(e -> e.getName().endsWith(".class")), "a model bundle has no code");
    }

    @Test
    void theBandGapPredictorIsATrainedEnsembleWithItsCard() throws IOException {
        ModelFileInfo info = inspect("models/example-band-gap.mfm");
        ModelMetadata m = info.metadata();
        assertEquals(ModelMetadata.PREDICTOR, m.kind());
        assertEquals("mlp-ensemble", m.trainer());
        assertEquals("example-band-gap", m.id());
        assertEquals("band_gap", m.target());
        assertEquals("eV", m.unit());
        assertEquals(List.of("magpie"), m.featurizers());
        assertEquals(64, m.fingerprint().length(), "SHA-256 of the training data");
        assertEquals(3.0, m.metrics().get("members"));
        assertEquals(3681.0, m.metrics().get("training_rows"));
        assertTrue(m.metrics().get("validation_mae") > 0 && m.metrics().get("validation_mae") < 2, m.metrics().toString());
        assertEquals(List.of("ensemble.json", "member-0.dl4j", "member-1.dl4j", "member-2.dl4j", "domain.bin"),
                info.entries().stream().map(ModelFileEntry::name).toList());
        assertCard(m);
        assertTrue(m.card().get("evaluation").matches("held-out 920 rows .*MAE \\d\\.\\d{3} eV.*"), m.card().get("evaluation"));
    }

    @Test
    void theGeneratorIsATrainedVaeWithItsCard() throws IOException {
        ModelFileInfo info = inspect("models/example-composition-vae.mfm");
        ModelMetadata m = info.metadata();
        assertEquals(ModelMetadata.GENERATOR, m.kind());
        assertEquals("vae", m.trainer());
        assertEquals("example-composition-vae", m.id());
        assertEquals(3371.0, m.metrics().get("training_compositions"));
        assertEquals(120.0, m.metrics().get("epochs"));
        assertTrue(m.metrics().containsKey("sample_unique") && m.metrics().containsKey("sample_novel"), m.metrics().toString());
        assertEquals(List.of("vae.json", "encoder.dl4j", "decoder.dl4j"), info.entries().stream().map(ModelFileEntry::name).toList());
        assertCard(m);
    }

    private static void assertCard(ModelMetadata m) {
        for (String key : List.of(ModelMetadata.CARD_NAME, ModelMetadata.CARD_DESCRIPTION, ModelMetadata.CARD_DATA,
                ModelMetadata.CARD_LICENCE, ModelMetadata.CARD_AUTHORS, ModelMetadata.CARD_INTENDED_USE, ModelMetadata.CARD_LIMITATIONS,
                "workflow")) {
            assertTrue(m.card().containsKey(key) && !m.card().get(key).isBlank(), m.id() + ": card lacks '" + key + "': " + m.card());
        }
        assertEquals("CC-BY-4.0", m.card().get(ModelMetadata.CARD_LICENCE));
        assertTrue(m.card().get(ModelMetadata.CARD_DATA).contains("expt_gap"), m.card().get(ModelMetadata.CARD_DATA));
        assertTrue(m.card().get("workflow").startsWith("examples/workflows/vendor-models.json, run "), m.card().get("workflow"));
    }
}
