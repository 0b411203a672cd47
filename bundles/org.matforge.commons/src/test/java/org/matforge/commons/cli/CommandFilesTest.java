package org.matforge.commons.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.io.FileRoots;

class CommandFilesTest {
    @TempDir
    Path dir;
    @TempDir
    Path outside;
    private String roots;

    @BeforeEach
    void onlyDirIsAllowed() {
        roots = System.getProperty(FileRoots.ROOTS_PROPERTY);
        System.setProperty(FileRoots.ROOTS_PROPERTY, dir.toString());
    }

    @AfterEach
    void restore() {
        if (roots == null) {
            System.clearProperty(FileRoots.ROOTS_PROPERTY);
        } else {
            System.setProperty(FileRoots.ROOTS_PROPERTY, roots);
        }
    }

    @Test
    void anOutputThatIsTheInputIsRefusedHoweverItIsNamed() throws IOException {
        Path in = Files.writeString(dir.resolve("x.csv"), "formula\nGaN\n");
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in);
        Path hard = Files.createLink(dir.resolve("hard.csv"), in);
        CommandFiles files = CommandFiles.of("featurize");
        Path input = files.input(in, "input file");
        for (Path same : new Path[] {in, dir.resolve("./x.csv"), dir.resolve("sub/../x.csv"), link, hard}) {
            String message = assertThrows(IllegalArgumentException.class, () -> files.output(same, "output file", input)).getMessage();
            assertEquals("featurize: the output file " + same + " is the input file " + input
                    + "; writing it would destroy the input — name another file", message);
        }
        assertEquals(input.resolveSibling("y.csv"), files.output(dir.resolve("y.csv"), "output file", input));
        assertEquals("formula\nGaN\n", Files.readString(in));
    }

    /** Issue 15: a missing output folder was reported as a missing input file. */
    @Test
    void aMissingOutputFolderIsReportedAsSuch() throws IOException {
        Path in = Files.writeString(dir.resolve("x.csv"), "formula\n");
        CommandFiles files = CommandFiles.of("validity");
        String message = assertThrows(IllegalArgumentException.class,
                () -> files.output(dir.resolve("no/such/out.csv"), "output file", in)).getMessage();
        assertEquals("validity: output file: no folder " + dir.resolve("no/such") + " to write out.csv into", message);
        assertEquals("validity: no such input file " + dir.resolve("none.csv"),
                assertThrows(IllegalArgumentException.class, () -> files.input(dir.resolve("none.csv"), "input file")).getMessage());
    }

    @Test
    void filesOutsideTheRootsAreRefusedNamingThePathAndTheRoots() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.csv"), "formula\nTOPSECRET\n");
        Files.createSymbolicLink(dir.resolve("escape.csv"), secret);
        CommandFiles files = CommandFiles.of("featurize");
        for (Path escape : new Path[] {secret, dir.resolve("../" + outside.getFileName() + "/secret.csv"), dir.resolve("escape.csv"),
                Path.of("/etc/passwd")}) {
            String message = assertThrows(IllegalArgumentException.class, () -> files.input(escape, "input file")).getMessage();
            assertTrue(message.startsWith("featurize: input file: " + escape + " is outside the folders MatForge may read ("), message);
            assertTrue(message.contains(dir.toRealPath().toString()), message);
            assertTrue(!message.contains("TOPSECRET") && !message.contains("root:"), message);
        }
        String missing = assertThrows(IllegalArgumentException.class, () -> files.input(outside.resolve("none.csv"), "input file"))
                .getMessage();
        assertTrue(missing.startsWith("featurize: input file: " + outside.resolve("none.csv") + " is outside the folders MatForge may use"),
                "whether a file outside exists is not told: " + missing);
        assertThrows(IllegalArgumentException.class, () -> files.output(outside.resolve("o.csv"), "output file"));
        assertThrows(IllegalArgumentException.class, () -> files.output(dir.resolve("escape.csv"), "output file"));
    }
}
