package org.matforge.stability.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.matforge.commons.io.FileRoots;
import org.matforge.stability.internal.command.HullCommand;

import picocli.CommandLine.ParameterException;

/** {@code hull <formula> <energy>} on a hand-made Fe–O file and on the real matbench_mp_e_form phases. */
class HullCommandTest {
    @TempDir
    static Path folder;
    private static String feO;
    private static HullCommand command;

    @BeforeAll
    static void setUp() throws IOException {
        FileRoots.allow(folder);
        feO = Files.writeString(folder.resolve("fe-o.csv"), "formula,e_form\nFeO,-1.5\nFe3O4,-1.63\nFe2O3,-1.7\n").toString();
        command = new HullCommand(new KnownPhases(RealSources.tables(Path.of("target", "matbench-cache"))));
    }

    @Test
    void printsHullEnergyAndDecomposition() {
        String out = command.run("Fe3O4", "-1.63", "--sigma", "0.02", "--source", "file", "--path", feO);
        assertEquals(String.join(System.lineSeparator(),
                "Fe3O4 at -1.6300 eV/atom against 3 known compositions (data source 'file' file '" + feO + "')",
                "hull energy      -1.6429 eV/atom",
                "e_above_hull     0.0129 ± 0.0200 eV/atom",
                "decomposition    0.714 Fe2O3 + 0.286 FeO (shares of the atoms)",
                "  Fe2O3          0.7143 of the atoms, -1.7000 eV/atom",
                "  FeO            0.2857 of the atoms, -1.5000 eV/atom"), out);
    }

    @Test
    void realPhasesAndASystemWithNoKnownCompound() {
        String out = command.run("HeNe", "0.1", "--source", "matbench", "--dataset", "mp_e_form");
        assertTrue(out.contains("against 95118 known compositions"), out);
        assertTrue(out.contains("no known compound in the He-Ne chemical system"), out);
        assertTrue(out.contains("e_above_hull     0.1000 ± 0.0000 eV/atom"), out);
    }

    @Test
    void badArgumentsGetOneLineMessages() {
        assertEquals("hull: missing required ENERGY (see: hull --help)",
                assertThrows(ParameterException.class, () -> command.run("Fe2O3")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.run("Xq2", "-1")).getMessage()
                .startsWith("hull: \"Xq2\" is not a formula"));
        assertEquals("hull: the formation energy must be a finite number, got \"low\"",
                assertThrows(IllegalArgumentException.class, () -> command.run("FeO", "low")).getMessage());
        assertTrue(assertThrows(ParameterException.class, () -> command.run("FeO", "-1", "--colour", "red")).getMessage()
                .startsWith("hull: unknown option '--colour'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> command.run("FeO", "-1", "--source", "nowhere")).getMessage()
                .startsWith("hull: known phases (data source 'nowhere'): no data source 'nowhere'"));
    }
}
