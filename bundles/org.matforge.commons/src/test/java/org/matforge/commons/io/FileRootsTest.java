package org.matforge.commons.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRootsTest {
    @TempDir
    Path temp;

    @Test
    void filesInsideARootAreAllowedAndResolved() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root/data"));
        Path file = Files.writeString(root.resolve("a.csv"), "formula\n");
        FileRoots roots = FileRoots.of(List.of(temp.resolve("root")));
        assertEquals(file.toRealPath(), roots.readable(root.resolve("../data/./a.csv"), "input file"));
        assertEquals(root.toRealPath().resolve("b.csv"), roots.writable(root.resolve("b.csv"), "output file"));
    }

    @Test
    void dotDotOutOfARootIsRefusedNamingWhatAndWhere() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Files.writeString(temp.resolve("secret"), "x");
        FileRoots roots = FileRoots.of(List.of(root));
        FileAccessException e = assertThrows(FileAccessException.class, () -> roots.readable(root.resolve("../secret"), "steps[0].path"));
        assertTrue(e.getMessage().startsWith("steps[0].path: "), e.getMessage());
        assertTrue(e.getMessage().contains("outside the folders MatForge may read"), e.getMessage());
        assertThrows(FileAccessException.class, () -> roots.readable(Path.of("/etc/passwd"), "input file"));
        assertThrows(FileAccessException.class, () -> roots.writable(root.resolve("../out.csv"), "output file"));
    }

    @Test
    void symbolicLinksAreFollowedBeforeTheCheck() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.writeString(temp.resolve("outside.csv"), "x");
        Path link = Files.createSymbolicLink(root.resolve("link.csv"), outside);
        Path dangling = Files.createSymbolicLink(root.resolve("dangling.csv"), temp.resolve("missing.csv"));
        FileRoots roots = FileRoots.of(List.of(root));
        assertThrows(FileAccessException.class, () -> roots.readable(link, "input file"));
        assertThrows(FileAccessException.class, () -> roots.writable(link, "output file"));
        assertThrows(FileAccessException.class, () -> roots.writable(dangling, "output file"));
        Path linkedRoot = Files.createSymbolicLink(temp.resolve("alias"), root);
        Files.writeString(root.resolve("in.csv"), "x");
        assertEquals(root.toRealPath().resolve("in.csv"), FileRoots.of(List.of(linkedRoot)).readable(root.resolve("in.csv"), "input file"));
    }

    @Test
    void missingFilesFoldersAndParentsAreReportedAsSuch() throws IOException {
        FileRoots roots = FileRoots.of(List.of(temp));
        assertTrue(assertThrows(FileAccessException.class, () -> roots.readable(temp.resolve("none.csv"), "input file"))
                .getMessage().contains("no file"));
        assertTrue(assertThrows(FileAccessException.class, () -> roots.readable(temp, "input file"))
                .getMessage().contains("is a folder"));
        assertTrue(assertThrows(FileAccessException.class, () -> roots.writable(temp.resolve("no/such/out.csv"), "output file"))
                .getMessage().contains("no folder"));
    }

    @Test
    void allowAddsAFolderToTheProcessWideRoots() throws IOException {
        String before = System.getProperty(FileRoots.ROOTS_PROPERTY);
        try {
            Path folder = Files.createDirectories(temp.resolve("allowed"));
            Path file = Files.writeString(folder.resolve("w.json"), "{}");
            FileRoots.allow(folder);
            assertEquals(file.toRealPath(), FileRoots.current().readable(file, "workflow"));
        } finally {
            if (before == null) {
                System.clearProperty(FileRoots.ROOTS_PROPERTY);
            } else {
                System.setProperty(FileRoots.ROOTS_PROPERTY, before);
            }
        }
    }

    @Test
    void aFolderNeedNotExistButMayNotEscapeThroughALinkOrDotDot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(root.resolve("link"), outside);
        FileRoots roots = FileRoots.of(List.of(root));
        assertEquals(root.toRealPath().resolve("cache/matbench"), roots.folder(root.resolve("cache/matbench"), "parameter 'cacheFolder'"));
        assertEquals(root.toRealPath(), roots.folder(root, "parameter 'folder'"));
        for (Path escape : List.of(root.resolve("link/new/cache"), root.resolve("../outside"), root.resolve("new/../../outside/x"))) {
            FileAccessException e = assertThrows(FileAccessException.class, () -> roots.folder(escape, "parameter 'cacheFolder'"));
            assertTrue(e.getMessage().startsWith("parameter 'cacheFolder': " + escape + " is outside the folders MatForge may use"),
                    e.getMessage());
        }
    }
}
