package org.matforge.commons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
    @TempDir
    Path dir;

    @Test
    void theTargetKeepsItsOldContentUntilTheCommitAndGetsTheWholeNewOne() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "old\n");
        try (AtomicOutput out = AtomicOutput.open(target)) {
            out.writer().write("new\n");
            out.writer().flush();
            assertEquals("old\n", Files.readString(target), "nothing is visible before the commit");
            out.commit();
        }
        assertEquals("new\n", Files.readString(target));
        assertEquals(List.of("out.csv"), names());
    }

    @Test
    void aFailureMidStreamLeavesTheOldContentAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "old\n");
        IOException e = assertThrows(IOException.class, () -> {
            try (AtomicOutput out = AtomicOutput.open(target)) {
                for (int i = 0; i < 100_000; i++) {
                    out.writer().write("row " + i + "\n");
                }
                throw new IOException("bad byte at row 100000");
            }
        });
        assertEquals("bad byte at row 100000", e.getMessage());
        assertEquals("old\n", Files.readString(target));
        assertEquals(List.of("out.csv"), names());
        AtomicFiles.write(dir.resolve("new.csv"), "x");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(dir.resolve("never.csv"), out -> {
            out.write(1);
            throw new IllegalStateException("content failed");
        }));
        assertEquals(List.of("new.csv", "out.csv"), names(), "a failed whole-content write leaves no file either");
    }

    @Test
    void aLinkPlantedAtTheTemporaryNameIsReplacedNotFollowed() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path target = dir.resolve("out.csv");
        Files.createSymbolicLink(dir.resolve("out.csv.tmp"), victim);
        AtomicFiles.write(target, "new");
        assertEquals("precious", Files.readString(victim, StandardCharsets.UTF_8));
        assertEquals("new", Files.readString(target));
        assertFalse(Files.exists(dir.resolve("out.csv.tmp"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
