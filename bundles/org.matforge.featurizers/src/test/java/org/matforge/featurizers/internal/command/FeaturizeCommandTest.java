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
import org.matforge.chemistry.internal.elements.ElementTable;
import org.matforge.commons.csv.CsvReader;
import org.matforge.featurizers.internal.SharedData;
import org.matforge.featurizers.internal.compute.StandardFeaturizers;
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
