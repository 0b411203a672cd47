package org.matforge.commons.modelfile;

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

class ModelArchiveTest {
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
        return ModelArchive.of(metadata(1), entries()).toBytes();
    }

    private static IOException rejected(byte[] bytes) {
        return assertThrows(IOException.class, () -> ModelArchive.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void roundTripKeepsMetadataAndEntriesInOrder() throws IOException {
        ModelArchive read = ModelArchive.read(new ByteArrayInputStream(file()));
        assertEquals(metadata(1), read.metadata());
        assertEquals(List.copyOf(entries().keySet()), List.copyOf(read.names()));
        for (Map.Entry<String, byte[]> e : entries().entrySet()) {
            assertArrayEquals(e.getValue(), read.entry(e.getKey()));
        }
        assertTrue(assertThrows(IOException.class, () -> read.entry("nope")).getMessage().contains("'nope'"));
    }

    @Test
    void metadataIsTheFirstEntryAndReadableAlone() throws IOException {
        byte[] bytes = file();
        assertEquals("metadata.json", new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes)).getNextEntry().getName());
        assertEquals("gap-mlp", ModelArchive.readMetadata(new ByteArrayInputStream(bytes)).id());
    }

    @Test
    void writingLeavesTheStreamOpenAndIsReproducible() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelArchive.of(metadata(1), entries()).write(out);
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
                ModelArchive read = ModelArchive.read(new ByteArrayInputStream(copy));
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
        assertThrows(IllegalArgumentException.class, () -> ModelArchive.of(metadata(2), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ModelArchive.of(metadata(1), Map.of("metadata.json", new byte[0])));
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
