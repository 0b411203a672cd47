package org.matforge.spi.model.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.matforge.spi.model.ModelMetadata;

class ModelFileTest {
    private static ModelMetadata metadata(int formatVersion) {
        return new ModelMetadata("predictor", "mlp-ensemble", "gap-mlp", "band_gap", "eV", List.of("magpie"),
                Map.of("magpie", "1.0.0"), "ab12", 7, Map.of("validation_mae", 0.41, "undefined", Double.NaN),
                Map.of("loss", List.of(1.0, 0.5)), formatVersion);
    }

    private static Map<String, byte[]> entries() {
        byte[] net = new byte[50_000];
        new SplittableRandom(3).nextBytes(net);
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put("member-0.zip", net);
        e.put("standardizer.bin", new byte[] {1, 2, 3});
        e.put("empty", new byte[0]);
        return e;
    }

    private static byte[] file() throws IOException {
        return ModelFile.of(metadata(1), entries()).toBytes();
    }

    private static IOException rejected(byte[] bytes) {
        return assertThrows(IOException.class, () -> ModelFile.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void roundTripKeepsMetadataAndEntriesInOrder() throws IOException {
        ModelFile read = ModelFile.read(new ByteArrayInputStream(file()));
        assertEquals(metadata(1), read.metadata());
        assertEquals(List.copyOf(entries().keySet()), List.copyOf(read.names()));
        for (Map.Entry<String, byte[]> e : entries().entrySet()) {
            assertArrayEquals(e.getValue(), read.entry(e.getKey()));
        }
        assertTrue(assertThrows(IOException.class, () -> read.entry("nope")).getMessage().contains("'nope'"));
    }

    @Test
    void aModelCardRoundTripsAndAFileWithoutOneHasNoCardField() throws IOException {
        Map<String, String> card = Map.of(ModelMetadata.CARD_LICENCE, "CC-BY-4.0", ModelMetadata.CARD_DATA, "248 compounds, \"quoted\"\nline 2",
                "x_vendor", "ünïcode");
        ModelMetadata carded = metadata(1).withCard("vendor-gap", card);
        ModelFile read = ModelFile.read(new ByteArrayInputStream(ModelFile.of(carded, entries()).toBytes()));
        assertEquals(card, read.metadata().card());
        assertEquals("vendor-gap", read.metadata().id());
        assertEquals(carded, read.metadata());
        assertEquals(carded, ModelFile.readMetadata(new ByteArrayInputStream(ModelFile.of(carded, entries()).toBytes())));
        assertEquals(Map.of(), ModelFile.read(new ByteArrayInputStream(file())).metadata().card());
        String json = new String(ModelFile.read(new ByteArrayInputStream(file())).toBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(!json.contains("\"card\""), "a model without a card writes no card field");
    }

    @Test
    void metadataIsTheFirstEntryAndReadableAlone() throws IOException {
        byte[] bytes = file();
        assertEquals("metadata.json", new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes)).getNextEntry().getName());
        assertEquals("gap-mlp", ModelFile.readMetadata(new ByteArrayInputStream(bytes)).id());
    }

    @Test
    void writingLeavesTheStreamOpenAndIsReproducible() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.of(metadata(1), entries()).write(out);
        out.write(42);
        assertArrayEquals(file(), java.util.Arrays.copyOf(out.toByteArray(), out.size() - 1));
    }

    @Test
    void everyTruncationIsRejected() throws IOException {
        byte[] bytes = file();
        for (int length = 0; length < bytes.length; length += 97) {
            IOException e = rejected(java.util.Arrays.copyOf(bytes, length));
            assertTrue(e.getMessage().matches("(?s).*(truncated|corrupt|not a MatForge model file).*"), e.getMessage());
        }
    }

    @Test
    void flippedBytesAreRejected() throws IOException {
        byte[] bytes = file();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 200; i++) {
            byte[] copy = bytes.clone();
            copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            try {
                ModelFile read = ModelFile.read(new ByteArrayInputStream(copy));
                // a flip in unchecked zip bookkeeping (central directory, timestamps) may leave the content whole
                for (Map.Entry<String, byte[]> e : entries().entrySet()) {
                    assertArrayEquals(e.getValue(), read.entry(e.getKey()));
                }
            } catch (IOException expected) {
                assertTrue(expected.getMessage().startsWith("model file") || expected.getMessage().startsWith("not a MatForge"),
                        expected.getMessage());
            }
        }
    }

    @Test
    void otherFilesAreNamedForWhatTheyAre() throws IOException {
        assertTrue(rejected("formula,target\nNaCl,1\n".getBytes(StandardCharsets.UTF_8)).getMessage()
                .contains("not a MatForge model file"));
        assertTrue(rejected(zip(Map.of("readme.txt", "hi"))).getMessage().contains("first entry is 'readme.txt'"));
        assertTrue(rejected(zip(Map.of("metadata.json", "{not json"))).getMessage().contains("metadata.json is not valid"));
        assertTrue(rejected(zip(Map.of("metadata.json", "{\"kind\":\"predictor\",\"trainer\":\"x\",\"formatVersion\":1}")))
                .getMessage().contains("lacks the field 'id'"));
        assertTrue(rejected(zip(Map.of("metadata.json",
                "{\"kind\":\"oracle\",\"trainer\":\"x\",\"id\":\"y\",\"formatVersion\":1}"))).getMessage().contains("oracle"));
        assertTrue(rejected(zip(Map.of("metadata.json", "{\"kind\":\"predictor\",\"trainer\":\"x\",\"id\":\"y\",\"formatVersion\":1}")))
                .getMessage().contains("truncated"));
    }

    @Test
    void newerFormatVersionIsRejectedWithBothVersions() throws IOException {
        String json = MetadataJson.write(metadata(1)).replace("\"formatVersion\": 1", "\"formatVersion\": 9");
        IOException e = rejected(zip(Map.of("metadata.json", json)));
        assertTrue(e.getMessage().contains("format version 9") && e.getMessage().contains("(1)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelFile.of(metadata(2), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ModelFile.of(metadata(1), Map.of("metadata.json", new byte[0])));
    }

    @Test
    void filesWrittenBeforeTheContainerWasPublicStillLoad() throws IOException {
        ModelFile predictor = ModelFile.read(resource("predictor-0.1.mfm"));
        assertEquals(new ModelMetadata("predictor", "mlp-ensemble", "gap-mlp", "band_gap", "eV", List.of("magpie", "stoichiometry"),
                Map.of("magpie", "1.0.0"), "ab12", 7, Map.of("validation_mae", 0.41, "undefined", Double.NaN, "big", Double.POSITIVE_INFINITY,
                        "tiny", 1.0E-7), Map.of("loss", List.of(1.0, 0.5)), 1), predictor.metadata());
        assertEquals(List.of("member-0.zip", "spec.json", "empty"), predictor.names());
        assertEquals("{\"a\": \"\u00e9\\u0001\"}", new String(predictor.entry("spec.json"), StandardCharsets.UTF_8));
        assertEquals(5000, predictor.entry("member-0.zip").length);

        byte[] old = resource("generator-0.1.mfm").readAllBytes();
        ModelFile generator = ModelFile.read(new ByteArrayInputStream(old));
        assertEquals("gen \"quoted\" \u00e9", generator.metadata().id());
        assertEquals(-3, generator.metadata().seed());
        assertArrayEquals(old, generator.toBytes(), "the public container writes the bytes the private one wrote");
        assertEquals(predictor, ModelFile.read(new ByteArrayInputStream(predictor.toBytes())));
    }

    @Test
    void inspectingChecksEveryEntryAndListsSizesAndChecksums() throws IOException {
        ModelFileInfo info = ModelFile.inspect(resource("predictor-0.1.mfm"), ModelFileLimits.defaults());
        assertEquals("gap-mlp", info.metadata().id());
        assertEquals(List.of(new ModelFileEntry("member-0.zip", 5000, "e16b6b338a024dffea220d1da2464798117b81c983aa8a87d9cbb297fffd6990"),
                new ModelFileEntry("spec.json", 17, "be57ef8d7479915460bbd78ac390016b155fa4c2462f274bbdad08f15d507968"),
                new ModelFileEntry("empty", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")), info.entries());
        assertEquals(info.entries(), ModelFile.read(resource("predictor-0.1.mfm")).contents());

        byte[] bytes = ModelFile.of(metadata(1), Map.of("weights", "0123456789".repeat(10).getBytes(StandardCharsets.UTF_8))).toBytes();
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.inspect(new ByteArrayInputStream(
                storedZip(bytes, "0123456789", "0123456780")), ModelFileLimits.defaults()));
        assertEquals("weights", e.entry().orElseThrow());
        assertTrue(e.getMessage().startsWith("model file is corrupt: entry 'weights' does not match its checksum"), e.getMessage());
    }

    @Test
    void theModelFileIsImmutable() throws IOException {
        byte[] weights = {1, 2, 3};
        ModelFile file = ModelFile.of(metadata(1), Map.of("weights", weights));
        weights[0] = 9;
        file.entry("weights")[1] = 9;
        assertArrayEquals(new byte[] {1, 2, 3}, file.entry("weights"));
        assertArrayEquals(new byte[] {1, 2, 3}, file.open("weights").readAllBytes());
        assertThrows(UnsupportedOperationException.class, () -> file.names().add("x"));
    }

    @Test
    void metadataWithDuplicateKeysOrWrongTypesIsRefusedByName() {
        String base = "{\"kind\":\"predictor\",\"trainer\":\"x\",\"id\":\"y\",\"formatVersion\":1";
        assertTrue(rejected(zipBytes(Map.of("metadata.json", base + ",\"id\":\"z\"}"))).getMessage().contains("duplicate key 'id'"));
        assertTrue(rejected(zipBytes(Map.of("metadata.json", base + ",\"seed\":\"seven\"}"))).getMessage()
                .contains("field 'seed' must be a whole number"));
        assertTrue(rejected(zipBytes(Map.of("metadata.json", base + ",\"metrics\":{\"mae\":\"low\"}}"))).getMessage()
                .contains("field 'metrics.mae' must be numbers"));
        assertTrue(rejected(zipBytes(Map.of("metadata.json", "[".repeat(100) + "]".repeat(100)))).getMessage()
                .contains("nested deeper than"));
    }

    /** A zip of the file's entries, stored uncompressed with {@code from} replaced by {@code to} in every entry. */
    private static byte[] storedZip(byte[] modelFile, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(modelFile));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).replace(from, to).getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] zipBytes(Map<String, String> entries) {
        try {
            return zip(entries);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.io.InputStream resource(String name) {
        return ModelFileTest.class.getResourceAsStream(name);
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
