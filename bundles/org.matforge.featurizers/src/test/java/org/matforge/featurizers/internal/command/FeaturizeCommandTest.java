package org.matforge.featurizers.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.csv.CsvReader;
import org.matforge.commons.testdata.SharedData;
import org.matforge.featurizers.lib.StandardFeaturizers;
import org.matforge.spi.featurizer.Featurizer;

class FeaturizeCommandTest {
    private final Map<String, Featurizer> featurizers = StandardFeaturizers.create(ElementTable.load());
    private final FeaturizeCommand command = new FeaturizeCommand(featurizers::get, featurizers.keySet(),
            new PrintStream(new ByteArrayOutputStream()));

    @TempDir
    Path dir;

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
    void wrongUsageIsAOneLineError() {
        assertEquals("featurize: unknown featurizer 'magpi'; available: element-fraction, ion-property, magpie, "
                + "oxidation-states, stoichiometry, valence-orbital", message("--featurizers", "magpi", "--input", "x", "--output", "y"));
        assertEquals("featurize: missing required option --featurizers", message("--input", "x", "--output", "y"));
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
