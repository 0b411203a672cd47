package org.matforge.predictors.lib.ensemble;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

import org.matforge.commons.nn.Mlp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The applicability domain of an ensemble: a row's distance is the Euclidean distance, in the standardised feature
 * space the members see, to its nearest training row, divided by √(number of features) (a root-mean-square per
 * feature, so 1 means one training standard deviation per feature). The reference rows are the training rows the
 * members fit; the threshold is the {@value #QUANTILE} quantile of the held-out validation rows' distances to them —
 * a candidate farther than that lies farther from the training data than 95 % of unseen known compounds did.
 * Saved as the {@value #ENTRY} entry of the model file (float32 rows).
 *
 * @param rows      the reference rows, standardised, row-major
 * @param width     features per row
 * @param threshold the distance beyond which a row is outside the domain
 * @param heldOut   how many held-out rows set the threshold
 */
record ApplicabilityDomain(float[] rows, int width, double threshold, int heldOut) {
    static final String ENTRY = "domain.bin";
    static final double QUANTILE = 0.95;
    private static final int MAGIC = 0x4d46_4144; // "MFAD"
    /** Rows per Gram block in {@link #distances}. */
    private static final int GRAM_ROWS = 512;

    /**
     * @param standardised every training row, standardised, row-major
     * @param width        features per row
     * @param reference    the rows the members fit
     * @param heldOut      rows none of the members fit
     */
    static ApplicabilityDomain fit(float[] standardised, int width, int[] reference, int[] heldOut) {
        float[] rows = new float[reference.length * width];
        for (int i = 0; i < reference.length; i++) {
            System.arraycopy(standardised, reference[i] * width, rows, i * width, width);
        }
        ApplicabilityDomain unscaled = new ApplicabilityDomain(rows, width, Double.NaN, heldOut.length);
        double[] d = new double[heldOut.length];
        for (int i = 0; i < heldOut.length; i++) {
            d[i] = unscaled.distance(standardised, heldOut[i] * width);
        }
        Arrays.sort(d);
        double threshold = d.length == 0 ? Double.NaN : d[Math.min(d.length - 1, (int) Math.ceil(QUANTILE * d.length) - 1)];
        return new ApplicabilityDomain(rows, width, threshold, heldOut.length);
    }

    /** @return the distance of the row starting at {@code offset} of {@code x} (standardised) to the nearest reference row */
    double distance(float[] x, int offset) {
        double best = Double.POSITIVE_INFINITY;
        int n = rows.length / width;
        for (int r = 0; r < n; r++) {
            double sum = 0;
            int base = r * width;
            for (int j = 0; j < width && sum < best; j++) {
                double diff = x[offset + j] - rows[base + j];
                sum += diff * diff;
            }
            best = Math.min(best, sum);
        }
        return Math.sqrt(best / width);
    }

    /**
     * @return the distances of {@code count} standardised rows, row-major: exactly {@link #distance} of each row, found
     *         faster. A float32 matrix product gives every squared distance up to rounding (|x|² + |r|² − 2 x·r); only
     *         the reference rows within a bound far above that rounding of the smallest are measured exactly.
     */
    double[] distances(float[] x, int count) {
        int n = rows.length / width;
        double[] d = new double[count];
        if (n == 0 || count == 0) {
            Arrays.fill(d, Math.sqrt(Double.POSITIVE_INFINITY));
            return d;
        }
        double[] refNorms = squaredNorms(rows, n);
        try (INDArray reference = Nd4j.create(rows, new long[] {n, width}, 'c')) {
            for (int from = 0; from < count; from += GRAM_ROWS) {
                int k = Math.min(GRAM_ROWS, count - from);
                float[] gram;
                try (INDArray block = Nd4j.create(Arrays.copyOfRange(x, from * width, (from + k) * width), new long[] {k, width}, 'c');
                        INDArray product = block.mmul(reference.transpose())) {
                    gram = Mlp.values(product);
                }
                for (int i = 0; i < k; i++) {
                    d[from + i] = nearest(x, (from + i) * width, gram, i * n, refNorms);
                }
            }
        }
        return d;
    }

    /** The exact distance of the row at {@code offset}, measured against the reference rows its Gram row cannot rule out. */
    private double nearest(float[] x, int offset, float[] gram, int g, double[] refNorms) {
        int n = refNorms.length;
        double norm = 0;
        for (int j = 0; j < width; j++) {
            norm += (double) x[offset + j] * x[offset + j];
        }
        double bound = Double.POSITIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            bound = Math.min(bound, norm + refNorms[r] - 2.0 * gram[g + r] + slack(norm, refNorms[r]));
        }
        double best = Double.POSITIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            if (norm + refNorms[r] - 2.0 * gram[g + r] - slack(norm, refNorms[r]) <= bound) {
                best = Math.min(best, squaredDistance(x, offset, r, best));
            }
        }
        return Math.sqrt(best / width);
    }

    /** Far above float32 rounding of a dot product over {@code width} terms: |x·r − fl(x·r)| ≤ width·2⁻²⁴·|x||r|. */
    private double slack(double xNorm, double rNorm) {
        return 1e-4 + 1e-4 * (xNorm + rNorm);
    }

    private double squaredDistance(float[] x, int offset, int r, double best) {
        double sum = 0;
        int base = r * width;
        for (int j = 0; j < width && sum < best; j++) {
            double diff = x[offset + j] - rows[base + j];
            sum += diff * diff;
        }
        return sum;
    }

    private double[] squaredNorms(float[] v, int n) {
        double[] norms = new double[n];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < width; j++) {
                norms[r] += (double) v[r * width + j] * v[r * width + j];
            }
        }
        return norms;
    }

    String describe() {
        return String.format(Locale.ROOT, "RMS distance per standardised feature to the nearest of %,d training rows; outside beyond %.3f, "
                + "the %.0f %% quantile of %,d held-out rows' distances", rows.length / width, threshold, 100 * QUANTILE, heldOut);
    }

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + rows.length * 4);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(rows.length / width);
            out.writeInt(width);
            out.writeInt(heldOut);
            out.writeDouble(threshold);
            for (float v : rows) {
                out.writeFloat(v);
            }
        }
        return bytes.toByteArray();
    }

    static ApplicabilityDomain fromBytes(byte[] bytes, int expectedWidth) throws IOException {
        if (bytes.length < 24) {
            throw new IOException("model file is corrupt: " + ENTRY + " is " + bytes.length + " bytes, shorter than its header");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("model file is corrupt: " + ENTRY + " does not start with its marker");
            }
            int n = in.readInt();
            int width = in.readInt();
            int heldOut = in.readInt();
            double threshold = in.readDouble();
            if (width != expectedWidth || n < 0 || (long) n * width * 4 + 24 != bytes.length) {
                throw new IOException("model file is corrupt: " + ENTRY + " holds " + n + " rows of " + width + " features in "
                        + bytes.length + " bytes, expected rows of " + expectedWidth);
            }
            float[] rows = new float[n * width];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = in.readFloat();
            }
            return new ApplicabilityDomain(rows, width, threshold, heldOut);
        }
    }
}
