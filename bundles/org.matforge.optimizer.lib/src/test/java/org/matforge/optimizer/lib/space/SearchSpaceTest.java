package org.matforge.optimizer.lib.space;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SearchSpaceTest {
    private final SearchSpace space = new SearchSpace(List.of(new Variable.Continuous("a", 0, 1), new Variable.Continuous("b", 0, 1),
            new Variable.Continuous("c", 0, 1), new Variable.Integer("n", 2, 8), new Variable.Categorical("halide", List.of("Cl", "Br", "I"))),
            List.of(new SearchSpace.Simplex(List.of("a", "b", "c"), 1)));

    @Test
    void randomPointsLieInTheSpaceAndOnTheSimplex() {
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double[] p = space.random(random);
            assertTrue(space.problem(p).isEmpty(), () -> space.problem(p).get());
            double[] q = space.perturb(p, 0.3, random);
            assertTrue(space.problem(q).isEmpty(), () -> space.problem(q).get());
        }
    }

    @Test
    void encodingScalesToTheUnitBoxAndOneHotsCategories() {
        assertEquals(7, space.encodedSize());
        assertArrayEquals(new double[] {0.2, 0.3, 0.5, 0.5, 0, 0, 1}, space.encode(new double[] {0.2, 0.3, 0.5, 5, 2}), 1e-12);
        assertEquals(List.of("a", "b", "c", "n", "halide=Cl", "halide=Br", "halide=I"), space.encodedNames());
    }

    @Test
    void problemsNameTheVariableAndTheAllowedValues() {
        assertEquals("n = 2.5 is not a whole number in [2, 8]", space.problem(new double[] {0.2, 0.3, 0.5, 2.5, 0}).get());
        assertEquals("a + b + c = 1.1, must be 1.0", space.problem(new double[] {0.2, 0.4, 0.5, 2, 0}).get().replace("1.1000000000000003", "1.1"));
        assertTrue(space.problem(new double[] {Double.NaN, 0.3, 0.5, 2, 0}).get().startsWith("a is NaN"));
        assertTrue(space.problem(new double[] {0.2, 0.3, 0.5, 2, 3}).get().contains("[Cl, Br, I]"));
        assertThrows(IllegalArgumentException.class, () -> new Variable.Continuous("x", 1, 1));
    }
}
