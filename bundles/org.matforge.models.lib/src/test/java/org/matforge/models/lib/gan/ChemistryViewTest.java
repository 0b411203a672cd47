package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.models.lib.codec.CompositionCodec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The second discriminator's chemistry view: fraction-weighted element properties and their exact gradient. */
class ChemistryViewTest {
    private static final ElementTable TABLE = ElementTable.load();
    private static final CompositionCodec CODEC = new CompositionCodec(List.of(Element.Li, Element.O, Element.Fe, Element.P, Element.Ne), 8, 5);
    private static final ChemistryView VIEW = new ChemistryView(CODEC, TABLE);

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom random = new SplittableRandom(3);
        int rows = 3;
        double[] x = new double[rows * CODEC.width()];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(); // soft rows (what the gradient sees), not only one-hot ones
        }
        double[] g = new double[rows * VIEW.width()];
        for (int i = 0; i < g.length; i++) {
            g[i] = random.nextGaussian();
        }
        INDArray dView = Nd4j.create(g, new long[] {rows, VIEW.width()}, 'c');
        double[] analytic = VIEW.backward(rows(x, rows), dView).data().asDouble();
        double h = 1e-6;
        for (int i = 0; i < x.length; i++) {
            double keep = x[i];
            x[i] = keep + h;
            double up = weighted(rows(x, rows), dView);
            x[i] = keep - h;
            double down = weighted(rows(x, rows), dView);
            x[i] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, analytic[i], 1e-6 * Math.max(1, Math.abs(numeric)), "d view / d x[" + i + "]");
        }
    }

    @Test
    void theViewIsTheFractionWeightedMeanAndSpreadOfTheElementsProperties() {
        double[] fe2o3 = view("Fe2O3");
        double[] feO = view("FeO");
        double[] fe = view("Fe");
        double[] o = view("O");
        int properties = VIEW.width() / 2;
        for (int j = 0; j < properties; j++) {
            assertEquals(0.4 * fe[j] + 0.6 * o[j], fe2o3[j], 1e-9, "mean of property " + j);
            assertEquals(0.4 * 0.6 * Math.pow(fe[j] - o[j], 2), fe2o3[properties + j], 1e-9, "spread of property " + j);
            assertEquals(0, fe[properties + j], 1e-12, "one element has no spread");
        }
        assertEquals("Electronegativity", ChemistryView.PROPERTIES.get(0));
        assertTrue(o[0] > fe[0], "O is more electronegative than Fe (standardised values)");
        assertTrue(fe2o3[0] > feO[0], "more oxygen, higher mean electronegativity");
        assertArrayEquals(new double[VIEW.width()], VIEW.forward(Nd4j.zeros(DataType.DOUBLE, 1, CODEC.width())).data().asDouble(),
                "a row with no atoms maps to zeros");
    }

    private static double[] view(String formula) {
        float[] row = new float[CODEC.width()];
        CODEC.encode(Composition.parse(formula), row, 0);
        return VIEW.forward(Nd4j.create(row, new long[] {1, CODEC.width()}, 'c').castTo(DataType.DOUBLE)).data().asDouble();
    }

    private static INDArray rows(double[] x, int rows) {
        return Nd4j.create(x.clone(), new long[] {rows, CODEC.width()}, 'c');
    }

    private static double weighted(INDArray rows, INDArray dView) {
        return VIEW.forward(rows).mul(dView).sumNumber().doubleValue();
    }
}
