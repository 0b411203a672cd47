package org.matforge.core.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.file.ModelFile;

/** {@code model inspect}: metadata, entries, sizes and verified checksums; a bad file is one line naming it. */
class ModelCommandTest {
    private static final byte[] WEIGHTS = "0123456789".repeat(120).getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private Path write() throws IOException {
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, "knn", "gap-model", "band_gap", "eV", List.of("magpie"),
                Map.of("magpie", "1.0.0"), "ab12", 7, Map.of("validation_mae", 0.41), Map.of("loss", List.of(1.0, 0.5)), ModelFile.FORMAT_VERSION);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("weights", WEIGHTS);
        entries.put("empty", new byte[0]);
        return Files.write(folder.resolve("gap.mfm"), ModelFile.of(metadata, entries).toBytes());
    }

    @Test
    void printsMetadataEntriesSizesAndVerifiedChecksums() throws Exception {
        Path file = write();
        String out = new ModelCommand().run("inspect", file.toString());
        List<String> lines = out.lines().toList();
        assertEquals("model file " + file, lines.get(0));
        assertTrue(lines.contains("  kind            predictor"), out);
        assertTrue(lines.contains("  trainer         knn"), out);
        assertTrue(lines.contains("  target          band_gap (eV)"), out);
        assertTrue(lines.contains("  featurizers     magpie 1.0.0"), out);
        assertTrue(lines.contains("  metrics         validation_mae = 0.41"), out);
        assertTrue(lines.contains("  curves          loss (2 values)"), out);
        assertTrue(lines.contains("entries: 2, every size and SHA-256 checksum verified"), out);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(WEIGHTS));
        assertTrue(lines.contains("  weights  1,200 bytes  SHA-256 " + sha + "  verified"), out);
        assertTrue(lines.get(lines.size() - 1).startsWith("  empty        0 bytes  SHA-256 e3b0c442"), out);
    }

    @Test
    void printsTheModelCardWhenTheFileHasOne() throws Exception {
        ModelMetadata plain = ModelFile.read(Files.newInputStream(write())).metadata();
        Path file = Files.write(folder.resolve("carded.mfm"), ModelFile.of(plain.withCard("vendor-gap", Map.of(
                ModelMetadata.CARD_LICENCE, "CC-BY-4.0", ModelMetadata.CARD_DATA, "248 compounds\nsplit 80/20", "x_contact", "lab@example.org")),
                Map.of("weights", WEIGHTS)).toBytes());
        List<String> lines = new ModelCommand().run("inspect", file.toString()).lines().toList();
        int card = lines.indexOf("model card:");
        assertTrue(card > 0, String.join("\n", lines));
        assertEquals(List.of("  data            248 compounds", "                  split 80/20", "  licence         CC-BY-4.0",
                "  x_contact       lab@example.org"), lines.subList(card + 1, card + 5));
        assertTrue(!new ModelCommand().run("inspect", write().toString()).contains("model card"), "no card, no section");
    }

    @Test
    void aFileThatIsNoModelOrHasACorruptEntryIsOneLineNamingIt() throws Exception {
        Path csv = Files.writeString(folder.resolve("gaps.csv"), "formula,band_gap\nGaN,3.4\n");
        assertEquals("model inspect: cannot read model file " + csv + ": not a MatForge model file: no zip entries (empty, or not a zip)",
                failure("inspect", csv.toString()));

        Path file = write();
        byte[] bytes = Files.readAllBytes(file);
        Path corrupt = Files.write(folder.resolve("corrupt.mfm"), stored(bytes));
        String message = failure("inspect", corrupt.toString());
        assertTrue(message.startsWith("model inspect: cannot read model file " + corrupt
                + ": model file is corrupt: entry 'weights' does not match its checksum"), message);

        assertEquals("model inspect: cannot read model file " + folder.resolve("nope.mfm") + ": no such file",
                failure("inspect", folder.resolve("nope.mfm").toString()));
        assertEquals("model: no subcommand 'inspekt'; did you mean inspect? (see: model --help)", failure("inspekt", "x"));
        assertEquals("model: give a subcommand: inspect (see: model --help)", failure());
        assertEquals("model inspect: missing required FILE (see: model inspect --help)", failure("inspect"));
    }

    /** The model file rewritten uncompressed with one digit of the weights changed, its checksums left as they were. */
    private static byte[] stored(byte[] modelFile) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(modelFile));
                var zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("weights")) {
                    content[3] = '7';
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String failure(String... args) {
        String message = assertThrows(RuntimeException.class, () -> new ModelCommand().run(args)).getMessage();
        assertFalse(message.contains("\n"), message);
        return message;
    }
}
