package org.matforge.featurizers.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;

/** Values worked out by hand from the Magpie tables (Fe: Z 26, MeltingT 1811; O: Z 8, MeltingT 54.8; ...). */
class MagpieByHandTest {
    private final MagpieFeaturizer magpie = new MagpieFeaturizer(ElementTable.load());
    private final List<String> labels = magpie.labels();

    private double feature(String formula, String label) {
        double[] row = new double[labels.size()];
        magpie.featurize(Composition.parse(formula), row, 0);
        return row[labels.indexOf(label)];
    }

    @Test
    void ironOxideNumber() {
        // Fe2O3: Z = 26 (×2), 8 (×3); mean = (2·26 + 3·8)/5 = 76/5 = 15.2
        assertEquals(8, feature("Fe2O3", "MagpieData minimum Number"));
        assertEquals(26, feature("Fe2O3", "MagpieData maximum Number"));
        assertEquals(18, feature("Fe2O3", "MagpieData range Number"));
        assertEquals(15.2, feature("Fe2O3", "MagpieData mean Number"), 1e-12);
        // avg_dev = (2·|26 − 15.2| + 3·|8 − 15.2|)/5 = (21.6 + 21.6)/5 = 8.64
        assertEquals(8.64, feature("Fe2O3", "MagpieData avg_dev Number"), 1e-12);
        // mode: the most abundant element is O (3 atoms)
        assertEquals(8, feature("Fe2O3", "MagpieData mode Number"));
    }

    @Test
    void meltingPointAndTies() {
        // NaCl: MeltingT Na 370.87, Cl 171.6; mean = 271.235; avg_dev = 99.635; tie on amount → smaller value
        assertEquals(271.235, feature("NaCl", "MagpieData mean MeltingT"), 1e-9);
        assertEquals(99.635, feature("NaCl", "MagpieData avg_dev MeltingT"), 1e-9);
        assertEquals(171.6, feature("NaCl", "MagpieData mode MeltingT"), 1e-12);
    }

    @Test
    void missingPropertyGivesNaNExceptForAModeThatAvoidsIt() {
        // He has no Electronegativity in Magpie's table; H is 2.2. HeH2: all statistics NaN but mode = H's 2.2
        assertTrue(Double.isNaN(feature("HeH2", "MagpieData mean Electronegativity")));
        assertTrue(Double.isNaN(feature("HeH2", "MagpieData minimum Electronegativity")));
        assertEquals(2.2, feature("HeH2", "MagpieData mode Electronegativity"), 1e-12);
        assertTrue(Double.isNaN(feature("He2H", "MagpieData mode Electronegativity")));
    }
}
