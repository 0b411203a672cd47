package org.matforge.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.optimizer.Dimension;
import org.matforge.spi.optimizer.Observation;
import org.matforge.spi.optimizer.Optimizer;
import org.matforge.spi.task.TaskContext;

/**
 * The checks the platform relies on for every {@link Optimizer}. A plug-in author extends this class in a test and
 * returns the optimiser under test from {@link #optimizer()}; the design space, the observations and the parameters
 * have defaults (a three-dimensional space with an integer axis, twelve observations of a smooth objective) that an
 * author may override.
 */
public abstract class OptimizerContract {
    private static final long SEED = 23;

    /** @return the optimiser under test */
    protected abstract Optimizer optimizer();

    /** @return the design space: by default two fractions in [0, 1] and an integer temperature in [300, 1200] */
    protected List<Dimension> space() {
        return List.of(new Dimension("x_Ga", 0, 1, false), new Dimension("x_In", 0, 1, false),
                new Dimension("temperature", 300, 1200, true));
    }

    /** @return observations inside {@link #space()}: by default twelve points of a smooth objective with one maximum */
    protected List<Observation> observations() {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            double a = (i * 0.37) % 1;
            double b = (i * 0.61) % 1;
            double t = 300 + (i * 173) % 901;
            observations.add(new Observation(new double[] {a, b, t},
                    -Math.pow(a - 0.3, 2) - Math.pow(b - 0.6, 2) - Math.pow((t - 800) / 900, 2)));
        }
        return observations;
    }

    /** @return parameters the optimiser accepts (together with its declared defaults); none by default */
    protected Parameters validParameters() {
        return Parameters.empty();
    }

    @Test
    void suggestsCountPointsInsideTheSpace() {
        for (int count : new int[] {1, 5}) {
            checkInside(suggest(observations(), count, SEED), count);
        }
    }

    /** The first round of a campaign has nothing measured yet. */
    @Test
    void suggestsWithoutObservations() {
        checkInside(suggest(List.of(), 3, SEED), 3);
    }

    @Test
    void sameSeedGivesTheSameSuggestions() {
        List<double[]> first = suggest(observations(), 4, SEED);
        List<double[]> second = suggest(observations(), 4, SEED);
        assertEquals(first.size(), second.size(), "two calls with the same seed: number of points");
        for (int i = 0; i < first.size(); i++) {
            assertArrayEquals(first.get(i), second.get(i), "point " + i + " differs between two calls with the same seed");
        }
    }

    /**
     * Declared parameters let a workflow be checked before anything runs. A hint, not a requirement of the SPI: an
     * optimiser that checks its parameters itself overrides this method without {@code @Test}.
     */
    @Test
    protected void parametersAreDeclared() {
        assertTrue(optimizer().parameters().declared(),
                "parameters() is UNDECLARED: declare them so that workflows are checked before they run");
    }

    @Test
    void validParametersAndDefaultsPassTheSchema() {
        ParameterSchema schema = optimizer().parameters();
        assertNotNull(schema, "parameters() returned null");
        assertEquals(List.of(), schema.check(schema.withDefaults(validParameters())),
                "the declared defaults with validParameters() fail the optimiser's own schema");
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        List<Observation> shortOne = new ArrayList<>(observations());
        shortOne.add(new Observation(new double[space().size() - 1], 0));
        refused(() -> suggest(shortOne, 2, SEED), "an observation with " + (space().size() - 1) + " values for "
                + space().size() + " dimensions");
        refused(() -> suggest(observations(), -1, SEED), "count -1");
        Map<String, Object> values = new LinkedHashMap<>(validParameters().asMap());
        values.put(ScreenContract.UNKNOWN_PARAMETER, 1);
        IllegalArgumentException e = refused(() -> optimizer().suggest(space(), observations(), 2, SEED, Parameters.of(values),
                TaskContext.unobserved()), "an unknown parameter");
        assertTrue(e.getMessage().contains(ScreenContract.UNKNOWN_PARAMETER), "the message must name the parameter: " + e.getMessage());
    }

    private static IllegalArgumentException refused(Runnable call, String what) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run,
                what + " must be refused with IllegalArgumentException (Optimizer#suggest)");
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), what + ": IllegalArgumentException without a message");
        return e;
    }

    private void checkInside(List<double[]> points, int count) {
        List<Dimension> space = space();
        assertEquals(count, points.size(), "asked for " + count + " points");
        for (int i = 0; i < points.size(); i++) {
            double[] x = points.get(i);
            assertNotNull(x, "point " + i + " is null");
            assertEquals(space.size(), x.length, "point " + i + ": one value per dimension");
            for (int d = 0; d < x.length; d++) {
                Dimension dim = space.get(d);
                assertTrue(x[d] >= dim.lower() && x[d] <= dim.upper(),
                        "point " + i + ": " + dim.name() + " = " + x[d] + " is outside [" + dim.lower() + ", " + dim.upper() + "]");
                assertTrue(!dim.integer() || x[d] == Math.rint(x[d]),
                        "point " + i + ": " + dim.name() + " = " + x[d] + " on an integer dimension");
            }
        }
    }

    private List<double[]> suggest(List<Observation> observations, int count, long seed) {
        List<double[]> points = optimizer().suggest(space(), observations, count, seed, validParameters(), TaskContext.unobserved());
        assertNotNull(points, "suggest returned null");
        return points;
    }
}
