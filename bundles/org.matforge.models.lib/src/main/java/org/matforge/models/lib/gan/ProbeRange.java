package org.matforge.models.lib.gan;

import java.util.Optional;

/**
 * The property range a conditional GAN's per-epoch probe draws for (trainer parameter {@code probeCondition},
 * written {@code "min:max"}), so that the epoch kept is the one that draws best where the generator will be sampled.
 *
 * @param min lower bound of the trained property
 * @param max upper bound, ≥ min
 */
public record ProbeRange(double min, double max) {
    /** Checks the bounds. */
    public ProbeRange {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("gan: probeCondition must be \"min:max\" with finite min ≤ max, got " + min + ":" + max);
        }
    }

    /** @return the range written {@code "min:max"} @throws IllegalArgumentException naming the parameter and the text */
    public static ProbeRange parse(String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("gan: probeCondition " + problem.get());
        }
        String[] parts = text.split(":");
        return new ProbeRange(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
    }

    /** @return what is wrong with {@code text} as a {@code "min:max"} range, empty when it is one */
    static Optional<String> problem(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            return Optional.of("must be \"min:max\" (e.g. \"3:4.5\"), got \"" + text + "\"");
        }
        try {
            double min = Double.parseDouble(parts[0].trim());
            double max = Double.parseDouble(parts[1].trim());
            if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
                return Optional.of("must be \"min:max\" with finite min ≤ max, got \"" + text + "\"");
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("must be \"min:max\" of two numbers (e.g. \"3:4.5\"), got \"" + text + "\"");
        }
    }

    /** @return whether {@code value} lies in the range */
    boolean contains(double value) {
        return value >= min && value <= max;
    }
}
