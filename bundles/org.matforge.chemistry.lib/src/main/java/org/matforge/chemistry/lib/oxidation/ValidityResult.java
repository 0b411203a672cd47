package org.matforge.chemistry.lib.oxidation;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;

/**
 * Outcome of the SMACT-style validity test for one composition.
 *
 * @param status      valid, invalid or unknown (search refused as too large)
 * @param reason      why, in words; for a valid ionic composition the oxidation states found, e.g. "Fe+3 O-2"
 * @param assignments charge-balanced oxidation states found, each aligned with the composition's element indices;
 *                    empty for pure elements, alloys and invalid compositions
 * @param mostProbable the most probable charge-balanced oxidation states as pymatgen's {@code oxi_state_guesses()}
 *                    ranks them ({@link OxidationGuesser}), whatever the verdict; null when there is none or not asked
 *                    for ({@link ValidityChecker#checkWithGuess})
 */
public record ValidityResult(Status status, String reason, List<int[]> assignments, OxidationGuess mostProbable) {
    /** The three outcomes. */
    public enum Status {
        /** Passes (pure element, all-metal alloy, or charge-balanced with Pauling order). */
        VALID,
        /** Fails. */
        INVALID,
        /** The search was refused as too large, or the amounts cannot be read as counts. */
        UNKNOWN;

        /** @return "true", "false" or "unknown", as the validity command writes it */
        public String text() {
            return switch (this) {
                case VALID -> "true";
                case INVALID -> "false";
                case UNKNOWN -> "unknown";
            };
        }
    }

    /** Copies the list. */
    public ValidityResult {
        assignments = List.copyOf(assignments);
    }

    /** A result without the most probable guess. */
    public ValidityResult(Status status, String reason, List<int[]> assignments) {
        this(status, reason, assignments, null);
    }

    /** @return this result with the most probable guess (or none) */
    public ValidityResult withMostProbable(Optional<OxidationGuess> guess) {
        return new ValidityResult(status, reason, assignments, guess.orElse(null));
    }

    /** @return the most probable guess, if any */
    public Optional<OxidationGuess> guess() {
        return Optional.ofNullable(mostProbable);
    }

    /**
     * @return the oxidation states to show a reader, elements in formula order: the most probable guess
     *         ("Li+1 Fe+2 P+5 O-2"); where pymatgen's states give none, the first charge balance found
     *         ({@link #assignments()}); "" when neither exists
     */
    public String shownStates(Composition composition) {
        if (mostProbable != null) {
            return mostProbable.describe(composition);
        }
        if (assignments.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i : OxidationGuess.formulaOrder(composition)) {
            int state = assignments.get(0)[i];
            sb.append(sb.length() > 0 ? " " : "").append(composition.element(i).symbol()).append(state > 0 ? "+" : "").append(state);
        }
        return sb.toString();
    }

    /** @return the probability of the most probable guess ({@link OxidationGuess#probability()}), NaN when there is none */
    public double probability() {
        return mostProbable == null ? Double.NaN : mostProbable.probability();
    }

    /** @return an assignment written as "Fe+3 O-2" in the composition's element order */
    public static String describe(Composition composition, int[] states) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < states.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(composition.element(i).symbol()).append(states[i] > 0 ? "+" : "").append(states[i]);
        }
        return sb.toString();
    }
}
