package org.matforge.chemistry.lib.oxidation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.ParameterSpec;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.api.discovery.Verdict;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * The {@code smact-validity} screen without OSGi: parameter {@code oxidationStates} (default {@code icsd24}, as
 * SMACT) picks the oxidation-state set; PASS for valid compositions with the most probable oxidation states as the
 * reason and their probability as the score, FAIL for invalid ones, UNKNOWN when the search gave up. Thread-safe.
 */
public final class ValidityScreening implements Screen {
    /** Parameter naming the oxidation-state set. */
    public static final String OXIDATION_STATES = "oxidationStates";
    /** SMACT's default set. */
    public static final String DEFAULT_SET = "icsd24";

    private final ElementTable table;
    private final Map<String, ValidityChecker> checkers = new ConcurrentHashMap<>();

    /** @param table element data */
    public ValidityScreening(ElementTable table) {
        this.table = table;
    }

    /** @return the screen's one parameter, {@value #OXIDATION_STATES}, with the sets of the element table as its choices */
    public ParameterSchema parameters() {
        return ParameterSchema.of(ParameterSpec.choice(OXIDATION_STATES, DEFAULT_SET, table.oxidationSetNames(),
                "the oxidation-state set the charge balance uses"));
    }

    /**
     * @return one result per candidate, in order; each distinct composition is checked once (generated candidates
     *         repeat), the distinct ones in parallel
     */
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        ValidityChecker checker = checker(parameters.string(OXIDATION_STATES).orElse(DEFAULT_SET));
        int n = candidates.size();
        int[] first = new int[n];
        Map<Composition, Integer> firstOf = new HashMap<>();
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Composition composition = candidates.get(i).composition();
            Integer seen = firstOf.putIfAbsent(composition, i);
            first[i] = seen == null ? i : seen;
            if (seen == null) {
                distinct.add(i);
            }
        }
        ScreenResult[] results = new ScreenResult[n];
        IntStream.range(0, distinct.size()).parallel().forEach(k -> {
            if (k % 4096 == 0) {
                context.checkCancelled();
            }
            int i = distinct.get(k);
            Composition composition = candidates.get(i).composition();
            results[i] = toScreenResult(checker.checkWithGuess(composition), composition, checker.oxidationSetName());
        });
        for (int i = 0; i < n; i++) {
            results[i] = results[first[i]];
        }
        return List.of(results);
    }

    /**
     * @return the checker for a set name
     * @throws IllegalArgumentException naming the parameter and the known sets
     */
    public ValidityChecker checker(String set) {
        if (!table.oxidationSetNames().contains(set)) {
            throw new IllegalArgumentException(OXIDATION_STATES + ": unknown oxidation-state set '" + set + "'; known: "
                    + String.join(", ", table.oxidationSetNames()));
        }
        return checkers.computeIfAbsent(set, s -> ValidityChecker.smactDefaults(table, s));
    }

    /**
     * @return the verdict with the reason: for a charge-balanced pass "charge-balanced (icsd24): Li+1 Fe+2 P+5 O-2",
     *         the most probable states ({@link ValidityResult#shownStates}), and their probability as the score; NaN
     *         where the reason names no most probable states (fails, alloys, pure elements, no pymatgen guess)
     */
    static ScreenResult toScreenResult(ValidityResult r, Composition composition, String set) {
        boolean balanced = r.status() == ValidityResult.Status.VALID && !r.assignments().isEmpty();
        String reason = balanced ? "charge-balanced (" + set + "): " + r.shownStates(composition) : r.reason();
        Verdict verdict = switch (r.status()) {
            case VALID -> Verdict.PASS;
            case INVALID -> Verdict.FAIL;
            case UNKNOWN -> Verdict.UNKNOWN;
        };
        return new ScreenResult(verdict, reason, balanced ? r.probability() : Double.NaN);
    }
}
