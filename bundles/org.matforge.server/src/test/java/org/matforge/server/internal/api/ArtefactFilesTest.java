package org.matforge.server.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtefactFilesTest {
    @TempDir
    Path dir;

    @Test
    void listsRegularFilesOnlyAndResolvesNamesInsideTheRunFolder() throws Exception {
        Path run = Files.createDirectories(dir.resolve("runs/r1")).toRealPath();
        Files.writeString(run.resolve("candidates.csv"), "formula\n");
        Files.createDirectories(run.resolve("models"));
        Files.writeString(run.resolve("models/gap.mfm"), "m");
        Files.writeString(run.resolve("cancel.request"), "");
        Files.writeString(dir.resolve("secret.txt"), "s");
        Files.createSymbolicLink(run.resolve("leak.txt"), dir.resolve("secret.txt"));
        assertEquals(List.of("candidates.csv", "models/gap.mfm"), ArtefactFiles.list(run).stream().map(ArtefactFiles.Artefact::name).toList());
        assertEquals("text/csv", ArtefactFiles.list(run).get(0).mediaType());
        assertEquals(run.resolve("models/gap.mfm"), ArtefactFiles.resolve(run, "models/gap.mfm"));
        for (String bad : List.of("../secret.txt", "models/../../secret.txt", "/etc/passwd", "a\\b", ".", "..", "x\0y", "c:x", "models//gap.mfm")) {
            assertEquals(400, assertThrows(ApiException.class, () -> ArtefactFiles.resolve(run, bad)).status(), bad);
        }
        assertEquals(400, assertThrows(ApiException.class, () -> ArtefactFiles.resolve(run, "leak.txt")).status());
        assertEquals(404, assertThrows(ApiException.class, () -> ArtefactFiles.resolve(run, "none.csv")).status());
        assertEquals(404, assertThrows(ApiException.class, () -> ArtefactFiles.resolve(run, "cancel.request")).status());
        assertEquals(404, assertThrows(ApiException.class, () -> ArtefactFiles.resolve(run, "models")).status());
    }

    @Test
    void aMissingRunFolderHasNoArtefacts() throws IOException {
        assertEquals(List.of(), ArtefactFiles.list(dir.resolve("none")));
    }
}
