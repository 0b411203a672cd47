package org.matforge.example.featurizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;

/**
 * Values computed by hand from the bundled table (band-center-elements.tsv: I₁ and A in kJ/mol), and matminer's own
 * reference values (tests/featurizers/composition/test_element.py, commit 8ddb18c, {@code BandCenter(impute_nan=False)}).
 */
class BandCenterFeaturizerTest {
    private static final double TOLERANCE = 1e-12;
    private final BandCenterFeaturizer featurizer = new BandCenterFeaturizer();

    /** χ = ½(I₁ + A) / 96.48, from the table's two numbers. */
    private static double chi(double firstIonisation, double electronAffinity) {
        return 0.5 * (firstIonisation + electronAffinity) / 96.48;
    }

    private double bandCenter(String formula) {
        double[] row = new double[1];
        featurizer.featurize(Composition.parse(formula), row, 0);
        return row[0];
    }

    @Test
    void electronegativitiesAreReadFromTheTable() {
        MullikenTable table = MullikenTable.load();
        // table rows: Ga 578.8 28.9 | N 1402.3 7 | O 1313.9 141 | Fe 762.5 15.7
        assertEquals(3.149357379767827, table.electronegativity(Element.Ga), TOLERANCE);
        assertEquals(7.30358623548922, table.electronegativity(Element.N), TOLERANCE);
        assertEquals(chi(1313.9, 141), table.electronegativity(Element.O), TOLERANCE);
        assertEquals(chi(762.5, 15.7), table.electronegativity(Element.Fe), TOLERANCE);
        assertTrue(Double.isNaN(table.electronegativity(Element.U)), "U has no first ionisation energy in Deml's table");
    }

    @Test
    void binaryCompoundsByHand() {
        // GaN: sqrt(χ_Ga · χ_N) = sqrt(3.149357 · 7.303586) = 4.795999 eV
        assertEquals(Math.sqrt(chi(578.8, 28.9) * chi(1402.3, 7)), bandCenter("GaN"), TOLERANCE);
        assertEquals(4.795998666545758, bandCenter("GaN"), TOLERANCE);
        // ZnO: sqrt(χ_Zn · χ_O), Zn 906.4 0 | O 1313.9 141
        assertEquals(5.951264188702442, bandCenter("ZnO"), TOLERANCE);
        // NaCl: Na 495.8 52.8 | Cl 1251.2 349
        assertEquals(Math.sqrt(chi(495.8, 52.8) * chi(1251.2, 349)), bandCenter("NaCl"), TOLERANCE);
        // TiO2: χ_Ti^(1/3) · χ_O^(2/3), Ti 658.8 7.6
        assertEquals(Math.pow(chi(658.8, 7.6), 1.0 / 3) * Math.pow(chi(1313.9, 141), 2.0 / 3), bandCenter("TiO2"), TOLERANCE);
        assertEquals(5.812100762654848, bandCenter("TiO2"), TOLERANCE);
    }

    @Test
    void matminersReferenceValues() {
        assertEquals(5.870418816395603, bandCenter("Fe2O3"), TOLERANCE);
        assertEquals(6.033480099340539, bandCenter("Ag33O500V200"), TOLERANCE);
    }

    @Test
    void anElementIsItsOwnElectronegativityAndScaleDoesNotMatter() {
        assertEquals(chi(762.5, 15.7), bandCenter("Fe"), TOLERANCE);
        assertEquals(bandCenter("Fe2O3"), bandCenter("Fe4O6"), TOLERANCE);
        assertEquals(bandCenter("Fe2O3"), bandCenter("Fe0.4O0.6"), TOLERANCE);
    }

    @Test
    void anElementWithoutDataGivesNaN() {
        assertTrue(Double.isNaN(bandCenter("UO2")));
        assertTrue(Double.isNaN(bandCenter("LrCl3")));
    }
}
