package org.matforge.chemistry.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.chemistry.internal.SharedData;
import org.matforge.chemistry.internal.elements.ElementTable;
import org.matforge.chemistry.internal.oxidation.ValidityScreening;

class ValidityCommandTest {
    private final ValidityCommand command = new ValidityCommand(new ValidityScreening(ElementTable.load()),
            new PrintStream(new ByteArrayOutputStream()));

    @TempDir
    Path dir;

    @Test
    void appendsVerdictStatesAndErrors() throws IOException {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "composition,note\nFe2O3,rust\nNaCl2,\nFe((O,broken\nCu3Au,alloy\n");
        Path out = dir.resolve("out.csv");
        String summary = command.run("--input", in.toString(), "--formula-column", "composition", "--output", out.toString(),
                "--oxidation-states", "smact14");
        assertEquals("validity (smact14): 4 rows, 2 valid (50.0%), 1 invalid, 0 unknown, 1 unreadable; written to " + out, summary);
        assertEquals(List.of("composition,note,valid,oxidation_states,error", "Fe2O3,rust,true,O-2 Fe+3,", "NaCl2,,false,,",
                "Fe((O,broken,,,\"formula \"\"Fe((O\"\" at position 3: unclosed '(' opened at position 3\"", "Cu3Au,alloy,true,,"),
                Files.readAllLines(out));
    }

    @Test
    void exptGapRateMatchesSmact() throws IOException {
        Path out = dir.resolve("out.csv");
        String summary = command.run("--input", SharedData.root().resolve("matbench/expt_gap.csv").toString(), "--output", out.toString());
        assertEquals("validity (icsd24): 4604 rows, 3723 valid (80.9%), 770 invalid, 111 unknown, 0 unreadable; written to " + out, summary);
    }

    @Test
    void unknownSetIsAOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> command.run("--input", "x", "--output", "y",
                "--oxidation-states", "icsd"));
        assertEquals("validity: --oxidation-states: unknown oxidation-state set 'icsd'; known: magpie, smact14, icsd24, icsd24-common, pmg",
                e.getMessage());
    }
}
