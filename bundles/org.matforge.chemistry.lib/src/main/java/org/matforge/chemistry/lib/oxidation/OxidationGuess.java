package org.matforge.chemistry.lib.oxidation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.matforge.api.chem.Composition;

/**
 * The most probable charge-balanced oxidation states of a composition as pymatgen's
 * {@code Composition.oxi_state_guesses()} ranks them: per element the sum of its sites' states (so mixed valence,
 * Fe3O4 → Fe +2.67, is possible), aligned with the composition's element indices.
 *
 * @param atoms       atoms of each element (the composition's integer amounts)
 * @param chargeSums  sum of the oxidation states over each element's sites; they add up to 0
 * @param score       pymatgen's ranking score: the ICSD occurrence counts of the sites' states, summed over all sites
 * @param probability the atom-weighted mean, over all sites, of the share of that element's ICSD sites found in the
 *                    site's state (0..1; 1 when every atom is in the only state ICSD knows for its element)
 */
public record OxidationGuess(long[] atoms, long[] chargeSums, long score, double probability) {
    /** Copies the arrays. */
    public OxidationGuess {
        atoms = atoms.clone();
        chargeSums = chargeSums.clone();
    }

    /** @return the mean oxidation state of element {@code i}, as pymatgen reports it */
    public double averageState(int i) {
        return (double) chargeSums[i] / atoms[i];
    }

    /**
     * @return the states written as "Li+1 Fe+2 P+5 O-2", elements in the order of {@link Composition#formula()}
     *         (pymatgen's), mixed valence as a mean to two decimals ("Fe+2.67 O-2")
     */
    public String describe(Composition composition) {
        StringBuilder sb = new StringBuilder();
        for (int i : formulaOrder(composition)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            BigDecimal mean = BigDecimal.valueOf(chargeSums[i]).divide(BigDecimal.valueOf(atoms[i]), 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
            sb.append(composition.element(i).symbol()).append(mean.signum() > 0 ? "+" : "").append(mean.signum() == 0 ? "0" : mean.toPlainString());
        }
        return sb.toString();
    }

    /** @return the composition's element indices in the order {@link Composition#formula()} writes the elements */
    static int[] formulaOrder(Composition composition) {
        String formula = composition.formula();
        int[] order = new int[composition.size()];
        int k = 0;
        for (int at = 0; at < formula.length(); at++) {
            if (Character.isUpperCase(formula.charAt(at))) {
                int end = at + 1 < formula.length() && Character.isLowerCase(formula.charAt(at + 1)) ? at + 2 : at + 1;
                String symbol = formula.substring(at, end);
                for (int i = 0; i < composition.size(); i++) {
                    if (composition.element(i).symbol().equals(symbol)) {
                        order[k++] = i;
                    }
                }
            }
        }
        return order;
    }
}
