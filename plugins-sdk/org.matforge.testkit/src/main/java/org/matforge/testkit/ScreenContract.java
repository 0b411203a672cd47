package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link Screen}. A plug-in author extends this class in a test, returns
 * the screen under test from {@link #screen()} and, when the screen needs some, valid parameters from
 * {@link #validParameters()} and candidates (e.g. with predictions) from {@link #candidates()}.
 */
public abstract class ScreenContract {
    /** A parameter name no screen reads. */
    public static final String UNKNOWN_PARAMETER = "no-such-parameter-testkit";

    /** @return the screen under test */
    protected abstract Screen screen();

    /** @return parameters the screen accepts (together with its declared defaults); none by default */
    protected Parameters validParameters() {
        return Parameters.empty();
    }

    /**
     * @return distinct candidates to screen; the real compositions of {@link FeaturizerContract#FORMULAS} by
     *         default. Override to add what the screen reads (e.g. predictions).
     */
    protected List<Candidate> candidates() {
        return FeaturizerContract.FORMULAS.stream().map(f -> Candidate.of(Composition.parse(f), "testkit")).toList();
    }

    @Test
    void oneResultPerCandidateInOrder() {
        List<Candidate> candidates = candidates();
        List<ScreenResult> results = screen(candidates);
        assertNotNull(results, "screen returned null");
        assertEquals(candidates.size(), results.size(), "one result per candidate");
        for (int i = 0; i < results.size(); i++) {
            assertNotNull(results.get(i), "result " + i + " is null");
            assertNotNull(results.get(i).verdict(), "result " + i + " has no verdict");
        }
        List<Candidate> reversed = new ArrayList<>(candidates);
        Collections.reverse(reversed);
        List<ScreenResult> reversedResults = new ArrayList<>(screen(reversed));
        Collections.reverse(reversedResults);
        assertEquals(results, reversedResults,
                "the results of the reversed candidates are not the reversed results: they are not in input order");
    }

    /**
     * Declared parameters let a workflow be checked before anything runs. A hint, not a requirement of the SPI: a
     * screen that checks its parameters itself overrides this method without {@code @Test}.
     */
    @Test
    protected void parametersAreDeclared() {
        assertTrue(screen().parameters().declared(),
                "parameters() is UNDECLARED: declare them so that workflows are checked before they run");
    }

    @Test
    void validParametersAndDefaultsPassTheSchema() {
        ParameterSchema schema = screen().parameters();
        assertNotNull(schema, "parameters() returned null");
        assertEquals(List.of(), schema.check(schema.withDefaults(validParameters())),
                "the declared defaults with validParameters() fail the screen's own schema");
        assertEquals(List.of(), schema.check(validParameters()), "validParameters() fail the screen's own schema");
    }

    @Test
    void unknownParameterIsRefusedByName() {
        Map<String, Object> values = new LinkedHashMap<>(validParameters().asMap());
        values.put(UNKNOWN_PARAMETER, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> screen().screen(candidates(), Parameters.of(values), TaskContext.unobserved()),
                "an unknown parameter must be refused with IllegalArgumentException (Screen#screen)");
        assertTrue(e.getMessage() != null && e.getMessage().contains(UNKNOWN_PARAMETER),
                "the message must name the parameter: " + e.getMessage());
    }

    @Test
    void noCandidatesGiveNoResults() {
        List<ScreenResult> results = screen(List.of());
        assertNotNull(results, "screen returned null");
        assertEquals(List.of(), results, "no candidates, no results");
    }

    private List<ScreenResult> screen(List<Candidate> candidates) {
        return screen().screen(candidates, validParameters(), TaskContext.unobserved());
    }
}
