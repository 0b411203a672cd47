package org.matforge.example.featurizer;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.spi.featurizer.Featurizer;

/**
 * The band center of Butler and Ginley (J. Electrochem. Soc. 125, 228 (1978)): the geometric mean of the elements'
 * Mulliken electronegativities χ = ½(I₁ + A), weighted by atomic fraction, BC = Π χᵢ^xᵢ (eV) — an estimate of the
 * absolute position of a compound's band center, used for flat-band potentials. Computed as matminer's
 * {@code BandCenter} does: I₁ from Deml et al. (2016), A from Magpie, both in kJ/mol and converted with 96.48
 * kJ/mol per eV ({@link MullikenTable}). An element without data gives NaN. Plain Java, immutable, thread-safe.
 */
public final class BandCenterFeaturizer implements Featurizer {
    /** The plug-in id workflows use. */
    public static final String ID = "band-center";
    /** The one feature, labelled as matminer labels it. */
    public static final String LABEL = "band center";

    private final MullikenTable table;

    /** Uses the bundled element table. */
    public BandCenterFeaturizer() {
        this(MullikenTable.load());
    }

    BandCenterFeaturizer(MullikenTable table) {
        this.table = table;
    }

    @Override
    public List<String> labels() {
        return List.of(LABEL);
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        double logSum = 0;
        for (int i = 0; i < composition.size(); i++) {
            logSum += composition.fraction(i) * Math.log(table.electronegativity(composition.element(i)));
        }
        target[offset] = Math.exp(logSum);
    }
}
