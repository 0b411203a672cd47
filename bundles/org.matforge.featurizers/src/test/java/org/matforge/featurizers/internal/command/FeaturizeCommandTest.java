package org.matforge.featurizers.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.spi.featurizer.Featurizer;

import picocli.CommandLine.ParameterException;

class FeaturizeCommandTest {
    private final Map<String, Featurizer> featurizers = StandardFeaturizers.create(ElementTable.load());
    private final FeaturizeCommand command = new FeaturizeCommand(featurizers::get, featurizers.keySet(),
            new PrintStream(new ByteArrayOutputStream()));

    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolders() {
        FileRoots.allow(dir);
        FileRoots.allow(SharedData.root());
    }

    @Test
    void keepsInputColumnsAddsFeaturesAndFlagsBadRows() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,composition\n1,Fe2O3\n2,Xx3\n3,\"NaCl\"\n");
        Path out = dir.resolve("out.csv");
        String summary = command.run("--featurizers", "magpie,stoichiometry", "--input", in.toString(),
                "--formula-column", "composition", "--output", out.toString());
        assertTrue(summary.startsWith("featurized 3 rows with 138 features"), summary);
        List<String[]> rows = read(out);
        assertEquals(4, rows.size());
        String[] header = rows.get(0);
        assertEquals(2 + 132 + 6 + 1, header.length);
        assertEquals("MagpieData minimum Number", header[2]);
        assertEquals("0-norm", header[134]);
        assertEquals("error", header[140]);
        double[] expected = new double[132];
        featurizers.get("magpie").featurize(Composition.parse("Fe2O3"), expected, 0);
        for (int c = 0; c < 132; c++) {
            assertEquals(expected[c], Double.parseDouble(rows.get(1)[2 + c]), 0, header[2 + c]);
        }
        assertEquals("", rows.get(1)[140]);
        assertEquals("2", rows.get(2)[0]);
        assertEquals("", rows.get(2)[2]);
        assertEquals("formula \"Xx3\" at position 0: unknown element 'Xx'", rows.get(2)[140]);
        assertEquals("2.0", rows.get(3)[134]);
    }

    @Test
    void streamsAWholeBenchmarkFile() throws IOException {
        Path out = dir.resolve("expt_gap_features.csv");
        command.run("--featurizers", "element-fraction", "--input", SharedData.root().resolve("matbench/expt_gap.csv").toString(),
                "--output", out.toString());
        List<String[]> rows = read(out);
        assertEquals(4605, rows.size());
        assertEquals(2 + 103 + 1, rows.get(4604).length);
    }

    /**
     * A real table (the first 300 rows of expt_gap, with a quoted note column) with three unreadable formulas mixed
     * in: every row keeps its place and input cells, readable rows carry the library's features and an empty error,
     * unreadable rows empty features and the parser's position and reason.
     */
    @Test
    void realTableWithUnreadableRowsKeepsEveryRowInPlace() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.root().resolve("matbench/expt_gap.csv")).subList(1, 301);
        List<String> input = new ArrayList<>();
        input.add("composition,band_gap,note");
        for (int i = 0; i < lines.size(); i++) {
            if (i == 10) {
                input.add("Xx3,1.0,\"unknown element, quoted\"");
            } else if (i == 150) {
                input.add("Fe((O,2.0,unclosed");
            } else if (i == 299) {
                input.add(",3.0,empty");
            }
            input.add(lines.get(i) + ",row " + i);
        }
        Path in = dir.resolve("expt_gap_head.csv");
        Files.write(in, input);
        Path out = dir.resolve("expt_gap_head_features.csv");
        command.run("--featurizers", "magpie,stoichiometry,oxidation-states", "--input", in.toString(),
                "--formula-column", "composition", "--output", out.toString());
        List<String[]> rows = read(out);
        assertEquals(input.size(), rows.size());
        String[] header = rows.get(0);
        assertEquals(3 + 132 + 6 + 4 + 1, header.length);
        assertEquals(List.of("composition", "band_gap", "note"), List.of(header).subList(0, 3));
        assertEquals("error", header[header.length - 1]);
        int unreadable = 0;
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            List<String> original = new ArrayList<>();
            try (CsvReader reader = new CsvReader(new StringReader(input.get(r)))) {
                original.addAll(List.of(reader.next()));
            }
            assertEquals(original, List.of(row).subList(0, 3), "input cells of row " + r);
            String error = row[header.length - 1];
            if (!error.isEmpty()) {
                unreadable++;
                assertTrue(error.contains("formula \"" + row[0] + "\""), error);
                for (int c = 3; c < header.length - 1; c++) {
                    assertEquals("", row[c], "row " + r + " " + header[c]);
                }
                continue;
            }
            double[] expected = new double[142];
            Composition composition = Composition.parse(row[0]);
            featurizers.get("magpie").featurize(composition, expected, 0);
            featurizers.get("stoichiometry").featurize(composition, expected, 132);
            featurizers.get("oxidation-states").featurize(composition, expected, 138);
            for (int c = 0; c < expected.length; c++) {
                String cell = row[3 + c];
                if (Double.isNaN(expected[c])) {
                    assertEquals("", cell, "NaN is an empty cell: row " + r + " " + header[3 + c]);
                } else {
                    assertEquals(Double.toString(expected[c]), cell, "row " + r + " " + row[0] + " " + header[3 + c]);
                }
            }
        }
        assertEquals(3, unreadable);
        assertEquals("formula \"Xx3\" at position 0: unknown element 'Xx'", rows.get(11)[header.length - 1]);
        assertEquals("unknown element, quoted", rows.get(11)[2]);
        assertEquals("formula \"Fe((O\" at position 3: unclosed '(' opened at position 3", rows.get(152)[header.length - 1]);
    }

    @Test
    void misspelledFeaturizerOptionGetsDidYouMean() {
        ParameterException e = assertThrows(ParameterException.class, () -> command.run("--featurizer", "magpie", "--input", "x", "--output", "y"));
        assertEquals("featurize: unknown option '--featurizer'; did you mean --featurizers? (see: featurize --help)", e.getMessage());
    }

    @Test
    void helpFlagPrintsUsageWithDefaultsAndExample() throws IOException {
        String usage = command.run("--help");
        assertTrue(usage.startsWith("Usage: featurize "), usage);
        assertTrue(usage.contains("--formula-column=COLUMN") && usage.contains("Default: formula"), usage);
        assertTrue(usage.contains("Example:\n  featurize --featurizers magpie"), usage);
    }

    @Test
    void wrongUsageIsAOneLineError() {
        assertEquals("featurize: unknown featurizer 'magpi'; did you mean 'magpie'?; available: element-fraction, ion-property, magpie, "
                + "oxidation-states, stoichiometry, valence-orbital", message("--featurizers", "magpi", "--input", "x", "--output", "y"));
        assertEquals("featurize: missing required option --featurizers (see: featurize --help)",
                assertThrows(ParameterException.class, () -> command.run("--input", "x", "--output", "y")).getMessage());
        assertEquals("featurize: no such input file " + dir.resolve("none.csv"),
                message("--featurizers", "magpie", "--input", dir.resolve("none.csv").toString(), "--output", dir.resolve("o.csv").toString()));
    }

    @Test
    void missingFormulaColumnIsNamed() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,formula\n1,Fe\n");
        assertEquals("no column 'composition' in the input; columns are id, formula", message("--featurizers", "magpie",
                "--input", in.toString(), "--formula-column", "composition", "--output", dir.resolve("o.csv").toString()));
    }

    /** Issue 15: --output equal to --input left a 0-byte file. */
    @Test
    void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "formula\nGaN\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), in);
        for (Path output : new Path[] {in, dir.resolve("./in.csv"), link}) {
            String m = message("--featurizers", "magpie", "--input", in.toString(), "--output", output.toString());
            assertTrue(m.startsWith("featurize: the output file " + output + " is the input file "), m);
        }
        assertEquals("formula\nGaN\n", Files.readString(in));
        assertEquals(List.of("in.csv", "link.csv"), names());
    }

    /**
     * Issue 15: a bad byte at row 150,000 left 147,457 lines of output with no mark that they are incomplete, and an
     * existing output was truncated when the command then failed.
     */
    @Test
    void aFailureMidStreamKeepsThePreviousOutputAndLeavesNothingPartial() throws IOException {
        Path in = dir.resolve("big.csv");
        try (OutputStream bytes = Files.newOutputStream(in)) {
            StringBuilder rows = new StringBuilder("id,formula\n");
            for (int i = 1; i < 150_000; i++) {
                rows.append(i).append(i % 2 == 0 ? ",GaN\n" : ",ZnO\n");
            }
            bytes.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            bytes.write(new byte[] {'1', '5', '0', '0', '0', '0', ',', 'G', 'a', (byte) 0xC3, 'N', '\n', '9', ',', 'O', '\n'});
        }
        Path out = Files.writeString(dir.resolve("out.csv"), "the previous result\n");
        IOException e = assertThrows(IOException.class, () -> command.run("--featurizers", "element-fraction", "--input", in.toString(),
                "--output", out.toString()));
        assertEquals(in.toRealPath() + ": not UTF-8 text at line 150001 (a binary file, or another encoding?)", e.getMessage());
        assertEquals("the previous result\n", Files.readString(out));
        assertEquals(List.of("big.csv", "out.csv"), names());
    }

    /** Issue 15: rows with more fields than the header were cut silently. */
    @Test
    void rowsWithMoreFieldsThanTheHeaderAreErrorsAndNothingIsWritten() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "id,formula\n1,GaN\n2,Fe2O3,hematite\n3,ZnO\n");
        Path out = dir.resolve("out.csv");
        assertEquals(in.toRealPath() + ": 1 row has more fields than the 2 of the header (a field holding the delimiter ',' must be in double quotes): "
                + "line 3: 3 fields; nothing was written", message("--featurizers", "magpie", "--input", in.toString(), "--output", out.toString()));
        assertFalse(Files.exists(out));
        assertEquals(List.of("in.csv"), names());
    }

    /** Issue 15: a missing output folder was reported as a missing input file. */
    @Test
    void aMissingOutputFolderIsNamedAsSuch() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "formula\nGaN\n");
        assertEquals("featurize: output file: no folder " + dir.resolve("none") + " to write out.csv into",
                message("--featurizers", "magpie", "--input", in.toString(), "--output", dir.resolve("none/out.csv").toString()));
    }

    @Test
    void filesOutsideTheAllowedFoldersAreRefused() {
        String m = message("--featurizers", "magpie", "--input", "/etc/passwd", "--output", dir.resolve("o.csv").toString());
        assertTrue(m.startsWith("featurize: input file: /etc/passwd is outside the folders MatForge may read ("), m);
        assertFalse(m.contains("root:"), m);
        assertFalse(Files.exists(dir.resolve("o.csv")));
    }

    private List<String> names() throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String message(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> command.run(args)).getMessage();
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(Files.readString(file)))) {
            for (String[] row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
