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
        // Fe2O3's probability: the mean over its five atoms of the share of Fe's ICSD sites in +3 and of O's in -2
        org.matforge.chemistry.lib.oxidation.IcsdOccurrence icsd = org.matforge.chemistry.lib.oxidation.IcsdOccurrence.load();
        int fe = org.matforge.api.chem.Element.Fe.ordinal();
        int o = org.matforge.api.chem.Element.O.ordinal();
        double p = (2.0 * icsd.count(fe, 3) / icsd.total(fe) + 3.0 * icsd.count(o, -2) / icsd.total(o)) / 5;
        assertEquals(List.of("composition,note,valid,oxidation_states,oxidation_probability,error",
                String.format(java.util.Locale.ROOT, "Fe2O3,rust,true,Fe+3 O-2,%.4f,", p), "NaCl2,,false,,,",
                "Fe((O,broken,,,,\"formula \"\"Fe((O\"\" at position 3: unclosed '(' opened at position 3\"", "Cu3Au,alloy,true,,,"),
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
     * The whole of expt_gap plus unreadable rows: every row keeps its place; oxidation states name each element once,
     * in formula order; with a probability they are the most probable guess (integer amounts, charges balance to the
     * two decimals written, probability in (0, 1]), without one they are SMACT's integer states of a "true" row
     * balancing SMACT's integer counts; "unknown" rows are exactly those whose amounts all truncate to 0; unreadable
     * rows have an empty verdict and the parser's reason.
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
        assertEquals(List.of("formula", "target", "valid", "oxidation_states", "oxidation_probability", "error"), List.of(rows.get(0)));
        java.util.Map<String, Integer> verdicts = new java.util.TreeMap<>();
        int guesses = 0;
        for (int r = 1; r < rows.size(); r++) {
            String[] row = rows.get(r);
            assertEquals(lines.get(r).substring(0, lines.get(r).indexOf(',')), row[0], "row " + r + " in place");
            verdicts.merge(row[5].isEmpty() ? row[2] : "unreadable", 1, Integer::sum);
            if (!row[5].isEmpty()) {
                assertEquals("", row[2] + row[3] + row[4]);
                continue;
            }
            org.matforge.api.chem.Composition c = org.matforge.api.chem.Composition.parse(row[0]);
            boolean noWholeAtoms = java.util.stream.IntStream.range(0, c.size()).allMatch(i -> c.amount(i) < 1);
            assertEquals(noWholeAtoms, row[2].equals("unknown"), row[0]);
            if (row[3].isEmpty()) {
                assertEquals("", row[4], row[0]);
                continue;
            }
            boolean guess = !row[4].isEmpty();
            guesses += guess ? 1 : 0;
            if (!guess) {
                assertEquals("true", row[2], row[0] + ": states without probability are those SMACT's test found");
            }
            String[] tokens = row[3].split(" ");
            assertEquals(c.size(), tokens.length, row[0] + ": " + row[3]);
            java.util.List<String> formulaOrder = new java.util.ArrayList<>();
            java.util.regex.Matcher symbols = java.util.regex.Pattern.compile("[A-Z][a-z]?").matcher(c.formula());
            while (symbols.find()) {
                formulaOrder.add(symbols.group());
            }
            double charge = 0;
            double atoms = 0;
            for (int t = 0; t < tokens.length; t++) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("([A-Z][a-z]?)([+-]?\\d+(\\.\\d{1,2})?)").matcher(tokens[t]);
                assertTrue(m.matches(), tokens[t]);
                assertEquals(formulaOrder.get(t), m.group(1), row[0] + ": formula order");
                double amount = c.amountOf(org.matforge.api.chem.Element.ofSymbol(m.group(1)).orElseThrow());
                assertTrue(!guess || amount == Math.rint(amount), row[0] + ": a guess needs integer amounts, as pymatgen");
                charge += Double.parseDouble(m.group(2)) * (guess ? amount : Math.floor(amount));
                atoms += amount;
            }
            if (guess) {
                double p = Double.parseDouble(row[4]);
                assertTrue(p > 0 && p <= 1, row[0] + ": probability " + row[4]);
                assertEquals(0, charge, 0.005 * atoms + 1e-9, row[0] + ": " + row[3]);
            } else {
                assertEquals(0, charge, 0.0, row[0] + ": " + row[3]);
            }
        }
        assertEquals(java.util.Set.of("false", "true", "unknown", "unreadable"), verdicts.keySet(), verdicts.toString());
        assertEquals(2, verdicts.get("unreadable"));
        assertTrue(guesses > 2500, guesses + " most probable guesses");
        assertEquals("true", rows.get(7)[2], "Fe2O is a formula; smact14 balances it with Fe+1");
        assertTrue(rows.get(2000)[5].contains("position 3"), rows.get(2000)[5]);
    }

    @Test
    void unknownSetIsAOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command.run("--input", "x", "--output", "y",
                "--oxidation-states", "icsd"));
        assertEquals("validity: --oxidation-states: unknown oxidation-state set 'icsd'; known: magpie, smact14, icsd24, icsd24-common, pmg, pmg-icsd",
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
