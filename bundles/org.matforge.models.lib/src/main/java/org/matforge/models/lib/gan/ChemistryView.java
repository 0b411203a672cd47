package org.matforge.models.lib.gan;

import java.util.Arrays;
import java.util.List;

import org.matforge.api.chem.Element;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.chemistry.lib.elements.OxidationStateSet;
import org.matforge.models.lib.codec.CompositionCodec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The chemistry view the second discriminator of the two-discriminator GAN judges: a fixed, differentiable map of
 * one-hot composition rows (the codec's element × count encoding) to fraction-weighted element properties. With
 * counts n_e = Σ_c c·x[e,c], fractions f_e = n_e / Σ n and standardised properties P (over the codec's elements), the
 * view is, per property j, the mean Σ_e f_e·P_ej and the spread Σ_e f_e·P_ej² − mean². {@link #backward} gives the
 * gradient with respect to the rows, so the second discriminator's judgement reaches the generator. A row with no
 * atoms maps to zeros (and passes no gradient).
 */
public final class ChemistryView {
    /** Element-table columns used (Magpie's names), then the largest and smallest ICSD oxidation state. */
    static final List<String> PROPERTIES = List.of("Electronegativity", "Column", "Row", "CovalentRadius", "NValence",
            "MendeleevNumber", "NdValence");
    /** The oxidation-state set whose extremes are properties. */
    static final String OXIDATION_SET = "icsd24";

    private final int elements;
    private final int classes;
    private final int properties;
    /** standardised properties, element-major: p[e * properties + j] */
    private final double[] p;

    /**
     * @param codec the representation whose rows are mapped
     * @param table the element-property table ({@link ElementTable#load()})
     */
    public ChemistryView(CompositionCodec codec, ElementTable table) {
        List<Element> vocabulary = codec.vocabulary();
        this.elements = vocabulary.size();
        this.classes = codec.classes();
        this.properties = PROPERTIES.size() + 2;
        this.p = new double[elements * properties];
        OxidationStateSet states = table.oxidationStates(OXIDATION_SET);
        for (int e = 0; e < elements; e++) {
            Element element = vocabulary.get(e);
            for (int j = 0; j < PROPERTIES.size(); j++) {
                p[e * properties + j] = table.value(PROPERTIES.get(j), element);
            }
            int[] s = states.states(element);
            p[e * properties + PROPERTIES.size()] = s.length == 0 ? Double.NaN : Arrays.stream(s).max().getAsInt();
            p[e * properties + PROPERTIES.size() + 1] = s.length == 0 ? Double.NaN : Arrays.stream(s).min().getAsInt();
        }
        standardise();
    }

    /** @return the width of the view: a mean and a spread per property */
    public int width() {
        return 2 * properties;
    }

    /** @return the view of {@code rows} (rows × codec width) as rows × {@link #width()} */
    public INDArray forward(INDArray rows) {
        double[] x = rows.dup('c').data().asDouble();
        int n = (int) rows.rows();
        double[] out = new double[n * width()];
        double[] f = new double[elements];
        double[] mean = new double[properties];
        for (int r = 0; r < n; r++) {
            if (fractions(x, r, f) == 0) {
                continue;
            }
            moments(f, mean, out, r);
        }
        return Nd4j.create(out, new long[] {n, width()}, 'c').castTo(rows.dataType());
    }

    /**
     * @param rows  the rows {@link #forward} mapped
     * @param dView d loss / d view (rows × {@link #width()})
     * @return d loss / d rows (rows × codec width)
     */
    public INDArray backward(INDArray rows, INDArray dView) {
        double[] x = rows.dup('c').data().asDouble();
        double[] g = dView.dup('c').data().asDouble();
        int n = (int) rows.rows();
        int w = elements * classes;
        double[] dx = new double[n * w];
        double[] f = new double[elements];
        double[] mean = new double[properties];
        double[] gf = new double[elements];
        for (int r = 0; r < n; r++) {
            double total = fractions(x, r, f);
            if (total == 0) {
                continue;
            }
            moments(f, mean, null, r);
            int o = r * width();
            double s = 0;
            for (int e = 0; e < elements; e++) {
                double sum = 0;
                for (int j = 0; j < properties; j++) {
                    double v = p[e * properties + j];
                    sum += g[o + j] * v + g[o + properties + j] * (v * v - 2 * mean[j] * v);
                }
                gf[e] = sum;
                s += sum * f[e];
            }
            for (int e = 0; e < elements; e++) {
                double gn = (gf[e] - s) / total;
                for (int c = 1; c < classes; c++) {
                    dx[r * w + e * classes + c] = c * gn;
                }
            }
        }
        return Nd4j.create(dx, new long[] {n, w}, 'c').castTo(rows.dataType());
    }

    /** Fills f with the fractions of row r and returns its atom total (0: no atoms, f untouched). */
    private double fractions(double[] x, int r, double[] f) {
        int w = elements * classes;
        double total = 0;
        for (int e = 0; e < elements; e++) {
            double count = 0;
            for (int c = 1; c < classes; c++) {
                count += c * x[r * w + e * classes + c];
            }
            f[e] = count;
            total += count;
        }
        if (total <= 0) {
            return 0;
        }
        for (int e = 0; e < elements; e++) {
            f[e] /= total;
        }
        return total;
    }

    /** Fills mean with the weighted means and, when out is not null, writes means and spreads of row r into it. */
    private void moments(double[] f, double[] mean, double[] out, int r) {
        for (int j = 0; j < properties; j++) {
            double m = 0;
            double sq = 0;
            for (int e = 0; e < elements; e++) {
                double v = p[e * properties + j];
                m += f[e] * v;
                sq += f[e] * v * v;
            }
            mean[j] = m;
            if (out != null) {
                out[r * width() + j] = m;
                out[r * width() + properties + j] = sq - m * m;
            }
        }
    }

    /** z-scores each property over the codec's elements; an unknown value becomes the mean (0). */
    private void standardise() {
        for (int j = 0; j < properties; j++) {
            double sum = 0;
            int known = 0;
            for (int e = 0; e < elements; e++) {
                double v = p[e * properties + j];
                if (!Double.isNaN(v)) {
                    sum += v;
                    known++;
                }
            }
            double mean = known == 0 ? 0 : sum / known;
            double var = 0;
            for (int e = 0; e < elements; e++) {
                double v = p[e * properties + j];
                if (!Double.isNaN(v)) {
                    var += (v - mean) * (v - mean);
                }
            }
            double sd = known < 2 ? 1 : Math.sqrt(var / (known - 1));
            sd = sd > 1e-12 ? sd : 1;
            for (int e = 0; e < elements; e++) {
                double v = p[e * properties + j];
                p[e * properties + j] = Double.isNaN(v) ? 0 : (v - mean) / sd;
            }
        }
    }
}
