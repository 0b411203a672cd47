package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Every loss term's gradient against central finite differences of its loss, for both objectives. */
class GanObjectiveTest {
    private static final double[] SCORES = {-3.0, -0.7, 0.0, 0.4, 2.5};

    @Test
    void nonSaturatingGradientsMatchFiniteDifferences() {
        check(new NonSaturatingObjective(), 0);
    }

    @Test
    void dualDiscriminatorGradientsMatchFiniteDifferencesForBothDiscriminators() {
        DualDiscriminatorObjective d2 = new DualDiscriminatorObjective(0.2, 0.1);
        check(d2, 0);
        check(d2, 1);
        // D1 rewards real samples, D2 generated ones: raising a real score lowers D1's loss and raises D2's
        INDArray s = scores();
        assertTrue(sum(d2.discriminatorOnReal(0, s).gradient()) < 0);
        assertTrue(sum(d2.discriminatorOnReal(1, s).gradient()) > 0);
    }

    @Test
    void wassersteinGradientsMatchFiniteDifferences() {
        check(new WassersteinObjective(10), 0);
        check(new WassersteinObjective(10), 1);
    }

    @Test
    void settingsChooseTheObjective() {
        assertInstanceOf(NonSaturatingObjective.class, GanObjectives.of(GanSettings.DEFAULTS));
        assertInstanceOf(NonSaturatingObjective.class, GanObjectives.of(GanSettings.DEFAULTS.with(Parameters.of(Map.of("discriminators", 2)))),
                "two discriminators: the standard loss for both");
        assertInstanceOf(DualDiscriminatorObjective.class,
                GanObjectives.of(GanSettings.DEFAULTS.with(Parameters.of(Map.of("discriminators", 2, "loss", "d2gan")))));
        GanObjective wgan = GanObjectives.of(GanSettings.DEFAULTS.with(Parameters.of(Map.of("loss", "wgan-gp"))));
        assertInstanceOf(WassersteinObjective.class, wgan);
        assertEquals(10.0, wgan.gradientPenalty());
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> GanSettings.DEFAULTS.with(Parameters.of(Map.of("loss", "wgan"))));
        assertTrue(unknown.getMessage().contains("known: standard, wgan-gp, d2gan"), unknown.getMessage());
    }

    private static void check(GanObjective objective, int k) {
        List<BiFunction<Integer, INDArray, ScoreGradient>> terms = List.of(objective::discriminatorOnReal,
                objective::discriminatorOnFake, objective::generator);
        for (int t = 0; t < terms.size(); t++) {
            INDArray s = scores();
            INDArray analytic = terms.get(t).apply(k, s).gradient();
            for (int i = 0; i < SCORES.length; i++) {
                double h = 1e-3;
                INDArray plus = s.dup();
                plus.putScalar(i, 0, SCORES[i] + h);
                INDArray minus = s.dup();
                minus.putScalar(i, 0, SCORES[i] - h);
                double fd = (terms.get(t).apply(k, plus).loss() - terms.get(t).apply(k, minus).loss()) / (2 * h);
                assertEquals(fd, analytic.getDouble(i, 0), 1e-6 + 1e-3 * Math.abs(fd),
                        objective.id() + " term " + t + " discriminator " + k + " score " + SCORES[i]);
            }
        }
    }

    private static INDArray scores() {
        return Nd4j.create(SCORES, new long[] {SCORES.length, 1}, DataType.DOUBLE);
    }

    private static double sum(INDArray a) {
        return a.sumNumber().doubleValue();
    }
}
