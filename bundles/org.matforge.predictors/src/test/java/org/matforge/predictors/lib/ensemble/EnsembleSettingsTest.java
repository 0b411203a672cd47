package org.matforge.predictors.lib.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;

class EnsembleSettingsTest {
    @Test
    void parametersOverrideTheDefaultsAndUnknownOnesAreNamed() {
        EnsembleSettings s = EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("members", 2, "layers", List.of(64, 32),
                "transform", "log1p", "loss", "nll")));
        assertEquals(2, s.members());
        assertArrayEquals(new int[] {64, 32}, s.layers());
        assertEquals("log1p", s.transform());
        assertEquals(EnsembleSettings.DEFAULTS.epochs(), s.epochs());
        String message = assertThrows(IllegalArgumentException.class,
                () -> EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("memebrs", 3)))).getMessage();
        assertTrue(message.contains("memebrs") && message.contains("members"), message);
        assertThrows(IllegalArgumentException.class, () -> EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("loss", "hinge"))));
        assertThrows(IllegalArgumentException.class, () -> EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("layers", "0"))));
        assertThrows(IllegalArgumentException.class, () -> EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("validation", 0.7))));
    }

    @Test
    void log1pTargetScaleRoundTripsAndItsSlopeIsTheDerivative() {
        double[] y = {0, 0.5, 1.2, 3.4, 6.0};
        TargetScale t = TargetScale.fit("log1p", y, new int[] {0, 1, 2, 3, 4});
        for (double v : y) {
            assertEquals(v, t.toTarget(t.toModel(v)), 1e-12);
        }
        double z = 0.3;
        double h = 1e-6;
        assertEquals((t.toTarget(z + h) - t.toTarget(z - h)) / (2 * h), t.slope(z), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> TargetScale.fit("log1p", new double[] {-2}, new int[] {0}));
    }

    @Test
    void aBoundedTargetIsClippedIntoItsRangeWithZeroSlopeOutside() {
        double[] y = {0, 0, 0.4, 1.1, 3.0};
        TargetScale t = TargetScale.fit("none", y, new int[] {0, 1, 2, 3, 4}, 0, Double.POSITIVE_INFINITY);
        double below = t.toModel(0) - 1;
        assertEquals(0, t.toTarget(below));
        assertEquals(0, t.slope(below));
        assertEquals(2.5, t.toTarget(t.toModel(2.5)), 1e-12);
        assertEquals(t.scale(), t.slope(t.toModel(2.5)));
        String message = assertThrows(IllegalArgumentException.class,
                () -> TargetScale.fit("none", new double[] {0.5, -0.2}, new int[] {0, 1}, 0, 10)).getMessage();
        assertTrue(message.contains("row 1") && message.contains("-0.2"), message);
        assertThrows(IllegalArgumentException.class, () -> EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("targetMin", 5,
                "targetMax", 1))));
        assertEquals(0, EnsembleSettings.DEFAULTS.with(Parameters.of(Map.of("targetMin", 0))).targetMin());
    }
}
