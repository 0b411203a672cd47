package org.matforge.orchestrator.itest.plugins;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;

/**
 * k nearest neighbours in standardised feature space; prediction = mean and standard deviation of the neighbours.
 * Saved as a third party would save it, with nothing but the SDK: a public {@link ModelFile} with one entry,
 * {@value #ENTRY}, holding k, the feature labels, the standardisation and the training rows.
 */
final class KnnModel implements TrainedPredictor {
    static final String TRAINER = "knn";
    static final String ENTRY = "knn.bin";

    private final double[][] x;
    private final double[] y;
    private final double[] mean;
    private final double[] scale;
    private final int k;
    private final List<String> labels;
    private final ModelMetadata metadata;

    private KnnModel(double[][] x, double[] y, double[] mean, double[] scale, int k, List<String> labels, ModelMetadata metadata) {
        this.x = x;
        this.y = y;
        this.mean = mean;
        this.scale = scale;
        this.k = k;
        this.labels = labels;
        this.metadata = metadata;
    }

    static KnnModel fit(FeatureMatrix f, double[] y, int k, PredictionTask task, long seed) {
        int n = f.rowCount();
        int d = f.columnCount();
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int c = 0; c < d; c++) {
            double[] col = Arrays.stream(f.column(c)).filter(Double::isFinite).toArray();
            mean[c] = col.length == 0 ? 0 : Arrays.stream(col).average().orElse(0);
            double m = mean[c];
            double var = col.length == 0 ? 0 : Arrays.stream(col).map(v -> (v - m) * (v - m)).sum() / col.length;
            scale[c] = var > 0 ? Math.sqrt(var) : 1;
        }
        double[][] x = new double[n][];
        for (int r = 0; r < n; r++) {
            x[r] = standardise(f.row(r), mean, scale);
        }
        ModelMetadata meta = new ModelMetadata(ModelMetadata.PREDICTOR, TRAINER, task.id(), task.target(), task.unit(), task.featurizers(),
                task.featurizerVersions(), Integer.toHexString(Arrays.hashCode(y)), seed, Map.of("k", (double) k), Map.of(), ModelFile.FORMAT_VERSION);
        return new KnnModel(x, y.clone(), mean, scale, k, f.labels(), meta);
    }

    KnnModel withCurves(Map<String, List<Double>> curves) {
        ModelMetadata m = metadata;
        return new KnnModel(x, y, mean, scale, k, labels, new ModelMetadata(m.kind(), m.trainer(), m.id(), m.target(), m.unit(), m.featurizers(),
                m.featurizerVersions(), m.fingerprint(), m.seed(), m.metrics(), curves, m.formatVersion()));
    }

    double leaveOneOutMae(int kk, int rows) {
        double s = 0;
        int n = Math.min(rows, y.length);
        for (int r = 0; r < n; r++) {
            s += Math.abs(predict(x[r], kk, r).mean() - y[r]);
        }
        return s / n;
    }

    private static double[] standardise(double[] row, double[] mean, double[] scale) {
        double[] out = new double[row.length];
        for (int c = 0; c < row.length; c++) {
            out[c] = Double.isFinite(row[c]) ? (row[c] - mean[c]) / scale[c] : 0;
        }
        return out;
    }

    private Prediction predict(double[] q, int kk, int skip) {
        double[] best = new double[kk];
        int[] idx = new int[kk];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int r = 0; r < x.length; r++) {
            if (r == skip) {
                continue;
            }
            double d = 0;
            for (int c = 0; c < q.length; c++) {
                double t = q[c] - x[r][c];
                d += t * t;
            }
            if (d < best[kk - 1]) {
                int p = kk - 1;
                while (p > 0 && best[p - 1] > d) {
                    best[p] = best[p - 1];
                    idx[p] = idx[p - 1];
                    p--;
                }
                best[p] = d;
                idx[p] = r;
            }
        }
        double m = 0;
        for (int i : idx) {
            m += y[i];
        }
        m /= kk;
        double v = 0;
        for (int i : idx) {
            v += (y[i] - m) * (y[i] - m);
        }
        return new Prediction(m, Math.sqrt(v / kk));
    }

    @Override
    public String target() {
        return metadata.target();
    }

    @Override
    public List<String> featurizers() {
        return metadata.featurizers();
    }

    @Override
    public List<String> featureLabels() {
        return labels;
    }

    @Override
    public Prediction[] predict(FeatureMatrix features, TaskContext context) {
        if (!features.labels().equals(labels)) {
            throw new IllegalArgumentException("knn: feature columns differ from training");
        }
        Prediction[] out = new Prediction[features.rowCount()];
        for (int r = 0; r < out.length; r++) {
            if (r % 256 == 0) {
                context.checkCancelled();
            }
            out[r] = predict(standardise(features.row(r), mean, scale), k, -1);
        }
        return out;
    }

    @Override
    public ModelMetadata metadata() {
        return metadata;
    }

    @Override
    public void save(OutputStream out) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(bytes)) {
            data.writeInt(k);
            data.writeInt(labels.size());
            for (String label : labels) {
                data.writeUTF(label);
            }
            write(data, mean);
            write(data, scale);
            write(data, y);
            for (double[] row : x) {
                write(data, row);
            }
        }
        ModelFile.of(metadata, Map.of(ENTRY, bytes.toByteArray())).write(out);
    }

    /** @return the model saved in {@code file} @throws IOException naming what does not fit */
    static KnnModel read(ModelFile file) throws IOException {
        ModelMetadata m = file.metadata();
        if (!TRAINER.equals(m.trainer()) || !ModelMetadata.PREDICTOR.equals(m.kind())) {
            throw new IOException("not a knn model file: it holds a " + m.kind() + " of trainer '" + m.trainer() + "'");
        }
        try (DataInputStream data = new DataInputStream(file.open(ENTRY))) {
            int k = data.readInt();
            int d = data.readInt();
            List<String> labels = new ArrayList<>();
            for (int c = 0; c < d; c++) {
                labels.add(data.readUTF());
            }
            double[] mean = read(data);
            double[] scale = read(data);
            double[] y = read(data);
            double[][] x = new double[y.length][];
            for (int r = 0; r < y.length; r++) {
                x[r] = read(data);
            }
            return new KnnModel(x, y, mean, scale, k, List.copyOf(labels), m);
        } catch (java.io.EOFException e) {
            throw new IOException("model file is corrupt: entry '" + ENTRY + "' ends early", e);
        }
    }

    private static void write(DataOutputStream data, double[] values) throws IOException {
        data.writeInt(values.length);
        for (double v : values) {
            data.writeDouble(v);
        }
    }

    private static double[] read(DataInputStream data) throws IOException {
        int n = data.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("model file is corrupt: entry '" + ENTRY + "' declares " + n + " values");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = data.readDouble();
        }
        return values;
    }
}
