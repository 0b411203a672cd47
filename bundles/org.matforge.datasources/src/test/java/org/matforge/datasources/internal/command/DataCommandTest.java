package org.matforge.datasources.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.data.Parameters;
import org.matforge.api.data.Table;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.datasources.internal.tables.FileSource;
import org.matforge.datasources.internal.builtin.ClassPathBundles;
import org.matforge.datasources.internal.matbench.MatbenchSource;
import org.matforge.spi.datasource.DataSource;
import org.matforge.spi.task.TaskContext;

/** {@code mf:data} over the real sources: export round trip, summary, and messages for wrong input. */
class DataCommandTest {
    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolders() {
        FileRoots.allow(dir);
        FileRoots.allow(SharedData.root());
    }

    private final Map<String, DataSource> sources = Map.of(
            "builtin", ClassPathBundles.source()::load,
            "file", new FileSource()::load,
            "matbench", new MatbenchSource(SharedData.matbench().toString(), Path.of("unused"), false, MatbenchSource.PUBLIC_BASE,
                    Duration.ofSeconds(1))::load);
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

    private String run(String... args) throws Exception {
        return new DataCommand(sources::get, sources.keySet(), new PrintStream(terminal, true)).run(args);
    }

    @Test
    void exportsATableThatTheFileSourceReadsBackUnchanged() throws Exception {
        Path out = dir.resolve("gaps.csv");
        String summary = run("--source", "builtin", "--dataset", "expt-gap", "--output", out.toString());
        assertTrue(summary.matches("(?s)loaded 4604 rows from builtin \\{dataset=expt-gap\\} in [0-9.]+ s\n.*"), summary);
        assertTrue(summary.contains("band_gap  numeric, 4604 values, min 0, median 0, max 11.7"), summary);
        assertTrue(summary.endsWith("written to " + out), summary);
        Table original = ClassPathBundles.source().load(Parameters.empty(), TaskContext.unobserved());
        Table back = new FileSource().load(Parameters.of(Map.of("path", out.toString(), "numericColumns", java.util.List.of("band_gap"))),
                TaskContext.unobserved());
        assertEquals(original, back);
    }

    @Test
    void readsAMatbenchSetFromTheFolder() throws Exception {
        String summary = run("--source", "matbench", "--dataset", "steels_yield");
        assertTrue(summary.startsWith("loaded 312 rows from matbench {dataset=steels_yield} in "), summary);
        assertTrue(summary.contains("yield_strength  numeric, 312 values"), summary);
        assertTrue(terminal.toString().contains("no published checksum"), terminal.toString());
    }

    @Test
    void wrongInputGivesOneLineNamingIt() {
        assertEquals("data: no data source 'csv'; available: builtin, file, matbench",
                assertThrows(IllegalArgumentException.class, () -> run("--source", "csv")).getMessage());
        String bad = assertThrows(IllegalArgumentException.class, () -> run("--source", "file", "--path", dir.resolve("none.csv").toString()))
                .getMessage();
        assertTrue(bad.startsWith("data: parameter 'path': no such file"), bad);
        String unknown = assertThrows(picocli.CommandLine.ParameterException.class, () -> run("--source", "file", "--colour", "red")).getMessage();
        assertTrue(unknown.startsWith("data: unknown option '--colour'"), unknown);
        String misspelt = assertThrows(picocli.CommandLine.ParameterException.class, () -> run("--source", "matbench", "--fodler", "x")).getMessage();
        assertTrue(misspelt.contains("did you mean --folder?"), misspelt);
    }

    /** Issue 15: {@code data --path /etc/shadow --output o.csv} copied the file. */
    @Test
    void aPathOutsideTheAllowedFoldersIsRefusedAndNothingIsWritten() throws Exception {
        Path outside = Files.createTempDirectory("matforge-outside");
        try {
            Path secret = Files.writeString(outside.resolve("secret.csv"), "formula,password\nGaN,TOPSECRET\n");
            Path out = dir.resolve("o.csv");
            for (String path : new String[] {secret.toString(), dir.resolve("../" + outside.getFileName() + "/secret.csv").toString(),
                    "/etc/shadow", "/etc/passwd"}) {
                String message = assertThrows(IllegalArgumentException.class, () -> run("--source", "file", "--path", path,
                        "--output", out.toString())).getMessage();
                assertTrue(message.startsWith("data: --path file: " + path + " is outside the folders MatForge may read (")
                        || message.startsWith("data: no such --path file " + path), message);
                assertFalse(message.contains("TOPSECRET") || message.contains("root:"), message);
                String noOutput = assertThrows(IllegalArgumentException.class, () -> run("--source", "file", "--path", path)).getMessage();
                assertTrue(noOutput.contains("outside the folders MatForge may read") || noOutput.contains("no such file"), noOutput);
                assertFalse(noOutput.contains("TOPSECRET") || noOutput.contains("root:"), noOutput);
            }
            assertFalse(Files.exists(out));
            assertFalse(terminal.toString().contains("TOPSECRET") || terminal.toString().contains("root:"), terminal.toString());
        } finally {
            try (var files = Files.walk(outside)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void anOutputThatIsThePathIsRefused() throws Exception {
        Path in = Files.writeString(dir.resolve("in.csv"), "formula,gap\nGaN,3.4\n");
        String message = assertThrows(IllegalArgumentException.class, () -> run("--source", "file", "--path", in.toString(),
                "--output", dir.resolve("./in.csv").toString())).getMessage();
        assertTrue(message.startsWith("data: the output file " + dir.resolve("./in.csv") + " is the input file "), message);
        assertEquals("formula,gap\nGaN,3.4\n", Files.readString(in));
    }

    @Test
    void optionsAreCheckedAgainstTheSourcesDeclaredParametersBeforeLoading() {
        Map<String, DataSource> declared = Map.of("file", new FileSource());
        DataCommand command = new DataCommand(declared::get, declared.keySet(), new PrintStream(terminal, true));
        String message = assertThrows(IllegalArgumentException.class,
                () -> command.run("--source", "file", "--on-bad-row", "maybe", "--formula-column", " ")).getMessage();
        assertEquals("data: --path is required: the CSV, TSV, JSON, JSON lines or Parquet file (`.gz` read transparently, but Parquet); --formula-column must be a non-empty text,"
                + " got \" \"; --on-bad-row must be one of the known choices, got \"maybe\" — known: fail, flag, skip", message);
        assertEquals("", terminal.toString(), "nothing was loaded");
    }
}
