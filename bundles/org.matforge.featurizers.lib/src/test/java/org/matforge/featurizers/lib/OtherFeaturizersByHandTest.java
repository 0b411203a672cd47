package org.matforge.featurizers.lib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.commons.features.CompositeFeaturizer;
import org.matforge.spi.featurizer.Featurizer;

/** Values worked out by hand from the element tables (Magpie valence counts, SMACT Pauling electronegativities). */
class OtherFeaturizersByHandTest {
    private final Map<String, Featurizer> all = StandardFeaturizers.create(ElementTable.load());

    private double[] row(String id, String formula) {
        Featurizer f = all.get(id);
        double[] row = new double[f.labels().size()];
        f.featurize(Composition.parse(formula), row, 0);
        return row;
    }

    @Test
    void stoichiometryNorms() {
        // Fe2O3: fractions 0.4, 0.6; 2-norm = sqrt(0.16 + 0.36); 3-norm = (0.064 + 0.216)^(1/3)
        double[] r = row("stoichiometry", "Fe2O3");
        assertEquals(List.of("0-norm", "2-norm", "3-norm", "5-norm", "7-norm", "10-norm"), all.get("stoichiometry").labels());
        assertEquals(2, r[0]);
        assertEquals(Math.sqrt(0.52), r[1], 1e-12);
        assertEquals(Math.cbrt(0.28), r[2], 1e-12);
        assertEquals(Math.pow(Math.pow(0.4, 10) + Math.pow(0.6, 10), 0.1), r[5], 1e-12);
    }

    @Test
    void valenceOrbitals() {
        // NaCl: Na s1; Cl s2 p5; mean s 1.5, p 2.5, total (1 + 7)/2 = 4 → fractions 0.375, 0.625
        assertArrayEquals(new double[] {1.5, 2.5, 0, 0, 0.375, 0.625, 0, 0}, row("valence-orbital", "NaCl"), 1e-12);
        assertEquals("frac f valence electrons", all.get("valence-orbital").labels().get(7));
    }

    @Test
    void elementFractions() {
        double[] r = row("element-fraction", "Fe2O3");
        assertEquals(103, r.length);
        assertEquals(0.4, r[25], 1e-15);
        assertEquals(0.6, r[7], 1e-15);
        assertEquals(1.0, java.util.Arrays.stream(r).sum(), 1e-12);
        assertEquals("Lr", all.get("element-fraction").labels().get(102));
    }

    @Test
    void ionicCharacter() {
        // NaCl: Pauling 0.93 and 3.16 → 1 - exp(-(2.23)²/4); average weighted by 0.5 × 0.5; Na+1 Cl-1 balances
        double ionic = 1 - Math.exp(-0.25 * 2.23 * 2.23);
        assertArrayEquals(new double[] {1, ionic, 0.25 * ionic}, row("ion-property", "NaCl"), 1e-12);
        // ICSD-common states Fe+3, O-2: Fe2O3 balances, FeO does not
        assertEquals(1, row("ion-property", "Fe2O3")[0]);
        assertEquals(0, row("ion-property", "FeO")[0]);
        assertArrayEquals(new double[] {1, 0, 0}, row("ion-property", "Cu"), 0);
    }

    @Test
    void oxidationStateStatistics() {
        // Fe2O3 guessed Fe+3 O-2; weights 2, 3; mean 0; beta = 5 / (25 - 13); std = sqrt(beta · (2·9 + 3·4))
        assertArrayEquals(new double[] {-2, 3, 5, Math.sqrt(5.0 / 12 * 30)}, row("oxidation-states", "Fe2O3"), 1e-12);
        assertArrayEquals(new double[] {0, 0, 0, 0}, row("oxidation-states", "Fe"), 0);
        assertTrue(Double.isNaN(row("oxidation-states", "NaCl2")[0]));
    }

    @Test
    void compositeConcatenates() {
        CompositeFeaturizer c = CompositeFeaturizer.of("stoichiometry, valence-orbital", all::get);
        assertEquals(14, c.labels().size());
        double[] r = new double[14];
        c.featurize(Composition.parse("NaCl"), r, 0);
        assertArrayEquals(row("valence-orbital", "NaCl"), java.util.Arrays.copyOfRange(r, 6, 14), 0);
        assertEquals("unknown featurizer 'colour'", assertThrows(IllegalArgumentException.class,
                () -> CompositeFeaturizer.of("magpie,colour", all::get)).getMessage());
        assertEquals("featurizer 'magpie' listed twice in 'magpie,magpie'", assertThrows(IllegalArgumentException.class,
                () -> CompositeFeaturizer.of("magpie,magpie", all::get)).getMessage());
    }
}
