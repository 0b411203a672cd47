package org.matforge.spi.model.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.spi.model.ModelMetadata;

/**
 * A small file whose one entry inflates to 200 MB (zeros, written through a stream, never held in memory) is refused
 * as soon as reading passes the limit, naming the entry; within the limit it is checked in constant memory.
 */
class ModelFileLimitsTest {
    private static final long ENTRY_BYTES = 200L << 20;

    @TempDir
    static Path folder;

    private static Path bomb;

    @BeforeAll
    static void writeACompressedTwoHundredMegabyteEntry() throws Exception {
        bomb = folder.resolve("bomb.mfm");
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, "knn", "bomb", "band_gap", "eV", List.of("magpie"), Map.of(),
                "", 1, Map.of(), Map.of(), ModelFile.FORMAT_VERSION);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(ModelFile.METADATA));
            zip.write(MetadataJson.write(metadata).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("weights"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < ENTRY_BYTES; written += zeros.length) {
                zip.write(zeros);
                sha256.update(zeros);
            }
            zip.putNextEntry(new ZipEntry(ModelFile.CONTENTS));
            String contents = Contents.toJson(List.of(new ModelFileEntry("weights", ENTRY_BYTES, HexFormat.of().formatHex(sha256.digest()))));
            zip.write(contents.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(bomb) < 1 << 20, "the file is small: " + Files.size(bomb));
    }

    @Test
    void anEntryOverTheLimitIsRefusedNamingTheEntryAndTheLimit() throws Exception {
        ModelFileLimits limits = new ModelFileLimits(64L << 20, 1 << 20);
        try (InputStream in = Files.newInputStream(bomb)) {
            ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.read(in, limits));
            assertEquals("model file entry 'weights' holds more than 64 MiB, more than the limit of 64 MiB (system property "
                    + ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY + ")", e.getMessage());
            assertEquals("weights", e.entry().orElseThrow());
        }
        ModelFileException named = assertThrows(ModelFileException.class,
                () -> ModelFiles.inspect(bomb.toString(), ModelSource.of(bomb), limits));
        assertTrue(named.getMessage().startsWith("cannot read model file " + bomb + ": model file entry 'weights' holds more than"),
                named.getMessage());
        assertEquals(bomb.toString(), named.file().orElseThrow());
        assertEquals("weights", named.entry().orElseThrow());
    }

    @Test
    void withinTheLimitTheEntryIsCheckedWithoutBeingKept() throws Exception {
        ModelFileInfo info = ModelFiles.inspect(bomb.toString(), ModelSource.of(bomb), ModelFileLimits.defaults());
        assertEquals(ENTRY_BYTES, info.entries().get(0).size());
        assertEquals("bomb", ModelFiles.readMetadata(bomb.toString(), ModelSource.of(bomb)).id(), "the metadata alone is read at once");
    }

    @Test
    void metadataOverItsLimitIsRefusedBeforeItIsParsed() throws Exception {
        Path big = folder.resolve("big-metadata.mfm");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(big))) {
            zip.putNextEntry(new ZipEntry(ModelFile.METADATA));
            zip.write("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 32; i++) {
                zip.write(spaces);
            }
        }
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.readMetadata(big.toString(), ModelSource.of(big)));
        assertEquals("cannot read model file " + big + ": model file entry 'metadata.json' holds more than 1 MiB, more than the limit of"
                + " 1 MiB (system property " + ModelFileLimits.MAX_METADATA_BYTES_PROPERTY + ")", e.getMessage());
    }

    @Test
    void theDefaultsComeFromSystemPropertiesWhenSet() {
        assertEquals(new ModelFileLimits(512L << 20, 1 << 20), ModelFileLimits.defaults());
        System.setProperty(ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY, "1000");
        try {
            assertEquals(1000, ModelFileLimits.defaults().maxEntryBytes());
            System.setProperty(ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY, "lots");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ModelFileLimits::defaults);
            assertTrue(e.getMessage().contains(ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY), e.getMessage());
        } finally {
            System.clearProperty(ModelFileLimits.MAX_ENTRY_BYTES_PROPERTY);
        }
    }

    @Test
    void aTruncatedEntryIsNamed() throws IOException {
        byte[] whole = Files.readAllBytes(bomb);
        Path cut = Files.write(folder.resolve("cut.mfm"), java.util.Arrays.copyOf(whole, whole.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFiles.inspect(cut.toString(), ModelSource.of(cut),
                ModelFileLimits.defaults()));
        assertTrue(e.getMessage().startsWith("cannot read model file " + cut + ": model file is corrupt or truncated in entry 'weights'"),
                e.getMessage());
    }
}
