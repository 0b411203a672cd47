package org.matforge.chemistry.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.oxidation.ValidityScreening;
import org.matforge.commons.io.FileRoots;
import org.matforge.commons.testdata.SharedData;

class ValidityCommandTest {
    private final ValidityCommand command = new ValidityCommand(new ValidityScreening(ElementTable.load()),
            new PrintStream(new ByteArrayOutputStream()));

    @TempDir
    Path dir;

    @BeforeEach
    void allowTheTestFolders() {
        FileRoots.allow(dir);
        FileRoots.allow(SharedData.root());
    }

    @Test
    void appendsVerdictStatesAndErrors() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "composition,note\nFe2O3,rust\nNaCl2,\nFe((O,broken\nCu3Au,alloy\n");
        Path out = dir.resolve("out.csv");
        String summary = command.run("--input", in.toString(), "--formula-column", "composition", "--output", out.toString(),
                "--oxidation-states", "smact14");
        assertEquals("validity (smact14): 4 rows, 2 valid (50.0%), 1 invalid, 0 unknown, 1 unreadable; written to " + out, summary);
        assertEquals(List.of("composition,note,valid,oxidation_states,error", "Fe2O3,rust,true,O-2 Fe+3,", "NaCl2,,false,,",
                "Fe((O,broken,,,\"formula \"\"Fe((O\"\" at position 3: unclosed '(' opened at position 3\"", "Cu3Au,alloy,true,,"),
                Files.readAllLines(out));
    }

    /** The summary's counts on expt_gap are SMACT's (literal transcription over SMACT's own files, see SmactReference). */
    @Test
    void exptGapCountsAreSmacts() throws IOException {
        org.matforge.chemistry.lib.oxidation.SmactReference smact = new org.matforge.chemistry.lib.oxidation.SmactReference(
                SharedData.root().resolve("elements/smact"), "oxidation_states_icsd24_filtered.txt", Long.MAX_VALUE);
        long valid = 0;
        long invalid = 0;
        long raises = 0;
        for (String formula : SharedData.formulas("expt_gap")) {
            try {
                if (smact.smactValidity(org.matforge.api.chem.Composition.parse(formula))) {
                    valid++;
                } else {
                    invalid++;
                }
            } catch (org.matforge.chemistry.lib.oxidation.SmactReference.ZeroDivision e) {
                raises++;
            }
        }
        Path out = dir.resolve("out.csv");
        String summary = command.run("--input", SharedData.root().resolve("matbench/expt_gap.csv").toString(), "--output", out.toString());
        assertEquals(String.format(java.util.Locale.ROOT, "validity (icsd24): 4604 rows, %d valid (%.1f%%), %d invalid, %d unknown, 0 unreadable; written to %s",
                valid, 100.0 * valid / 4604, invalid, raises, out), summary);
        assertEquals(0.809, valid / 4604.0, 0.0005, "the rate quoted with the data for SMACT icsd24");
    }

    /**
     * The whole of expt_gap plus unreadable rows: every row keeps its place; a "true" row's oxidation states name each
     * element once and balance SMACT's integer counts; "unknown" rows are exactly those whose amounts all truncate to
     * 0; unreadable rows have an empty verdict and the parser's reason.
     */
    @Test
    void realTableVerdictsAreConsistentRowByRow() throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(SharedData.root().resolve("matbench/expt_gap.csv")));
        lines.add(7, "Fe2O,0.0");
        lines.add(100, "Fe-1O,0.0");
        lines.add(2000, "Fe2\u041e,0.0"); // Cyrillic capital O
        Path in = dir.resolve("expt_gap.csv");
        Files.write(in, lines);
        Path out = dir.resolve("validity.csv");
        command.run("--input", in.toString(), "--formula-column", "formula", "--output", out.toString(), "--oxidation-states", "smact14");
        List<String[]> rows = new java.util.ArrayList<>();
        try (org.matforge.commons.csv.CsvReader reader = new org.matforge.commons.csv.CsvReader(Files.newBufferedReader(out))) {
            for (String[] row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        assertEquals(lines.size(), rows.size());
        assertEquals(List.of("formula", "target", "valid", "oxidation_states", "error"), List.of(rows.get(0)));
        java.util.Map<String, Integer> verdicts = new java.util.TreeMap<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            assertEquals(lines.get(r).substring(0, lines.get(r).indexOf(',')), row[0], "row " + r + " in place");
            verdicts.merge(row[4].isEmpty() ? row[2] : "unreadable", 1, Integer::sum);
            if (!row[4].isEmpty()) {
                assertEquals("", row[2] + row[3]);
                continue;
            }
            org.matforge.api.chem.Composition c = org.matforge.api.chem.Composition.parse(row[0]);
            boolean noWholeAtoms = java.util.stream.IntStream.range(0, c.size()).allMatch(i -> c.amount(i) < 1);
            assertEquals(noWholeAtoms, row[2].equals("unknown"), row[0]);
            if (row[2].equals("false") || row[3].isEmpty()) {
                assertEquals("", row[3], row[0]);
                continue;
            }
            assertEquals("true", row[2], row[0]);
            String[] tokens = row[3].split(" ");
            assertEquals(c.size(), tokens.length, row[0] + ": " + row[3]);
            long charge = 0;
            for (int i = 0; i < c.size(); i++) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z][a-z]?)([+-]\\d+)").matcher(tokens[i]);
                assertTrue(m.matches(), tokens[i]);
                assertEquals(c.element(i).symbol(), m.group(1), row[0]);
                charge += Integer.parseInt(m.group(2)) * (long) c.amount(i);
            }
            assertEquals(0, charge, row[0] + ": " + row[3]);
        }
        assertEquals(java.util.Set.of("false", "true", "unknown", "unreadable"), verdicts.keySet(), verdicts.toString());
        assertEquals(2, verdicts.get("unreadable"));
        assertEquals("true", rows.get(7)[2], "Fe2O is a formula; smact14 balances it with Fe+1");
        assertTrue(rows.get(2000)[4].contains("position 3"), rows.get(2000)[4]);
    }

    @Test
    void unknownSetIsAOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command.run("--input", "x", "--output", "y",
                "--oxidation-states", "icsd"));
        assertEquals("validity: --oxidation-states: unknown oxidation-state set 'icsd'; known: magpie, smact14, icsd24, icsd24-common, pmg",
                e.getMessage());
    }

    /** Issue 15: --output equal to --input left a 0-byte file; a failed command truncated the previous output. */
    @Test
    void theInputIsNeverTheOutputAndAFailureKeepsThePreviousOutput() throws IOException {
        Path in = Files.writeString(dir.resolve("in.csv"), "formula\nGaN\n");
        String same = assertThrows(IllegalArgumentException.class, () -> command.run("--input", in.toString(), "--output",
                dir.resolve("./in.csv").toString())).getMessage();
        assertTrue(same.startsWith("validity: the output file " + dir.resolve("./in.csv") + " is the input file "), same);
        assertEquals("formula\nGaN\n", Files.readString(in));
        Path broken = Files.writeString(dir.resolve("broken.csv"), "formula\nGaN\nFe2O3,2,3\n");
        Path out = Files.writeString(dir.resolve("out.csv"), "previous\n");
        String extra = assertThrows(IllegalArgumentException.class, () -> command.run("--input", broken.toString(), "--output",
                out.toString())).getMessage();
        assertTrue(extra.endsWith("1 row has more fields than the 1 of the header (a field holding the delimiter ',' must be in double quotes): "
                + "line 3: 3 fields; nothing was written"), extra);
        assertEquals("previous\n", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("broken.csv", "in.csv", "out.csv"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
