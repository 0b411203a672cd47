package org.matforge.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.matforge.api.chem.Composition;

/**
 * The benchmark inputs: every formula of the five matbench tables in {@code ../shared/data/matbench} (system
 * property {@code matforge.shared.data}, default {@code ../shared/data} relative to the working directory).
 */
final class Formulas {
    static final String[] TASKS = {"expt_gap", "expt_is_metal", "steels_yield", "mp_e_form", "mp_gap"};

    private Formulas() {
    }

    static List<String> all() {
        Path root = Path.of(System.getProperty("matforge.shared.data", "../shared/data"));
        List<String> formulas = new ArrayList<>();
        try {
            for (String task : TASKS) {
                List<String> lines = Files.readAllLines(root.resolve("matbench").resolve(task + ".csv"));
                for (String line : lines.subList(1, lines.size())) {
                    if (!line.isBlank()) {
                        formulas.add(line.substring(0, line.indexOf(',')));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("matbench tables not found under " + root.toAbsolutePath()
                    + " (set -Dmatforge.shared.data=...)", e);
        }
        return formulas;
    }

    /** @return {@code count} compositions cycling through every matbench formula */
    static Composition[] compositions(int count) {
        List<String> formulas = all();
        Composition[] parsed = new Composition[formulas.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = Composition.parse(formulas.get(i));
        }
        Composition[] out = new Composition[count];
        for (int i = 0; i < count; i++) {
            out[i] = parsed[i % parsed.length];
        }
        return out;
    }
}
