package org.matforge.chemistry.lib.oxidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.testdata.SharedData;

/**
 * The most probable guess against real pymatgen: {@code pymatgen-oxi-guesses-expt-gap.tsv} holds what pymatgen
 * 2022.11.7's {@code oxi_state_guesses()} gave on the first 2,000 formulas of matbench expt_gap, and
 * {@code pymatgen-oxi-guesses-expt-gap-rest.tsv} on the other 2,604 (both written by
 * {@code tools/pymatgen-oxi-guesses.py}). Wherever pymatgen found a guess ours must be its first — or, when
 * pymatgen's first is tied in score with others, one of those tied (pymatgen's order among equals follows the
 * order elements are written in, which a parsed composition does not keep); wherever pymatgen found none or
 * raised on non-integer amounts, ours must be absent too. Formulas pymatgen did not finish in its time limit are
 * only counted.
 */
class PymatgenGuessAgreementTest {
    private static final String FIRST_2000 = "pymatgen-oxi-guesses-expt-gap.tsv";
    private static final String REST = "pymatgen-oxi-guesses-expt-gap-rest.tsv";

    private final OxidationGuesser guesser = OxidationGuesser.pymatgen(ElementTable.load());

    @Test
    void firstGuessEqualsPymatgensWhereverBothFindOneOnTheFirst2000() throws IOException {
        assertAgreement(FIRST_2000);
    }

    /** The other 2,604 formulas, where pymatgen's first guess is tied with another in two (MnTcOs, Nb3IrSe8). */
    @Test
    void firstGuessEqualsPymatgensWhereverBothFindOneOnTheRest() throws IOException {
        assertAgreement(REST);
    }

    private void assertAgreement(String file) throws IOException {
        List<String[]> rows = reference(file);
        int same = 0;
        int tiedOther = 0;
        int tiedSame = 0;
        int noneBoth = 0;
        int nonInteger = 0;
        int timeouts = 0;
        int timeoutOursFound = 0;
        List<String> differences = new ArrayList<>();
        for (String[] row : rows) {
            Composition composition = Composition.parse(row[0]);
            Optional<OxidationGuess> ours = guesser.mostProbable(composition);
            switch (row[1]) {
                case "guess" -> {
                    if (ours.isEmpty()) {
                        differences.add(row[0] + ": pymatgen " + row[2] + ", ours none");
                    } else if (written(composition, ours.get()).equals(canonical(composition, row[2]))) {
                        same++;
                        tiedSame += row[4].contains(";") ? 1 : 0;
                        assertEquals(Long.parseLong(row[3]), ours.get().score(), row[0] + " score");
                    } else if (tied(composition, row[4]).contains(written(composition, ours.get()))
                            && ours.get().score() == Long.parseLong(row[3])) {
                        tiedOther++;
                    } else {
                        differences.add(row[0] + ": pymatgen " + row[2] + " (score " + row[3] + "), ours " + written(composition, ours.get())
                                + " (score " + ours.get().score() + ")");
                    }
                }
                case "none" -> {
                    noneBoth += ours.isEmpty() ? 1 : 0;
                    if (ours.isPresent()) {
                        differences.add(row[0] + ": pymatgen none, ours " + written(composition, ours.get()));
                    }
                }
                case "non-integer" -> {
                    nonInteger++;
                    assertTrue(ours.isEmpty(), row[0] + ": pymatgen refuses non-integer amounts, so do we");
                }
                case "timeout" -> {
                    timeouts++;
                    timeoutOursFound += ours.isPresent() ? 1 : 0;
                }
                default -> throw new AssertionError("unexpected outcome " + row[1] + " of " + row[0]);
            }
        }
        System.out.printf("pymatgen agreement on %d expt_gap formulas (" + file + "): %d same first guess (%d of them tied in score with another), %d another of pymatgen's equally scored first guesses, "
                + "%d none in both, %d non-integer (both refuse), %d pymatgen timeouts (we found %d), %d differ%n",
                rows.size(), same, tiedSame, tiedOther, noneBoth, nonInteger, timeouts, timeoutOursFound, differences.size());
        assertEquals(List.of(), differences.subList(0, Math.min(20, differences.size())), differences.size() + " differences");
    }

    @Test
    void referencesHoldTheFirst2000FormulasOfExptGapAndThenTheRest() throws IOException {
        List<String> formulas = new ArrayList<>();
        for (String line : Files.readAllLines(SharedData.root().resolve("matbench/expt_gap.csv")).subList(1, 4605)) {
            formulas.add(line.substring(0, line.lastIndexOf(',')));
        }
        assertEquals(formulas.subList(0, 2000), reference(FIRST_2000).stream().map(r -> r[0]).toList());
        assertEquals(formulas.subList(2000, 4604), reference(REST).stream().map(r -> r[0]).toList());
    }

    /** The guess as "El:sum/atoms" per element in the composition's (atomic-number) order. */
    private static String written(Composition composition, OxidationGuess guess) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < composition.size(); i++) {
            parts.add(composition.element(i).symbol() + ":" + guess.chargeSums()[i] + "/" + guess.atoms()[i]);
        }
        return String.join(" ", parts);
    }

    /** pymatgen's "El:sum/atoms ..." (elements as written) in the composition's order. */
    private static String canonical(Composition composition, String pymatgen) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < composition.size(); i++) {
            String prefix = composition.element(i).symbol() + ":";
            for (String part : pymatgen.split(" ")) {
                if (part.startsWith(prefix)) {
                    parts.add(part);
                }
            }
        }
        return String.join(" ", parts);
    }

    private static List<String> tied(Composition composition, String tied) {
        return java.util.Arrays.stream(tied.split(";")).map(t -> canonical(composition, t)).toList();
    }

    private static List<String[]> reference(String file) throws IOException {
        try (InputStream in = PymatgenGuessAgreementTest.class.getResourceAsStream(file)) {
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#") && !line.startsWith("formula\t") && !line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        }
    }
}
