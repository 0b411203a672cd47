package org.matforge.predictors.lib.ensemble;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.nn.Mlp;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.TrainedPredictor;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.predictor.DifferentiablePredictor;
import org.matforge.spi.predictor.DomainAwarePredictor;
import org.matforge.spi.predictor.TrainingFeatureMeans;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained deep ensemble (Lakshminarayanan et al. 2017): M member networks over standardised features. Each
 * prediction's mean is the members' average; its standard deviation is that of the uniform mixture of the members'
 * predictive distributions (spread of member means, plus each member's own variance when trained with the Gaussian
 * NLL head), times the factor calibrated on validation rows. For classification the mean is the average probability
 * of class 1 and the std the members' spread.
 * Thread-safe: each member network is used by one thread at a time.
 */
public final class MlpEnsemble implements TrainedPredictor, DifferentiablePredictor, DomainAwarePredictor, TrainingFeatureMeans {
    /** Id of the trainer and loader of this model kind. */
    public static final String TRAINER = "mlp-ensemble";
    private static final int CHUNK = 4096;

    private final ModelMetadata metadata;
    private final EnsembleSpec spec;
    private final List<Mlp> members;
    /** null in files written before the domain was kept */
    private final ApplicabilityDomain domain;

    MlpEnsemble(ModelMetadata metadata, EnsembleSpec spec, List<Mlp> members) {
        this(metadata, spec, members, null);
    }

    MlpEnsemble(ModelMetadata metadata, EnsembleSpec spec, List<Mlp> members, ApplicabilityDomain domain) {
        if (members.size() != spec.members()) {
            throw new IllegalArgumentException("ensemble spec names " + spec.members() + " members, got " + members.size());
        }
        this.metadata = metadata;
        this.spec = spec;
        this.members = List.copyOf(members);
        this.domain = domain;
    }

    @Override
    public double[] domainDistances(FeatureMatrix features, TaskContext context) {
        checkColumns(features);
        if (domain == null) {
            double[] none = new double[features.rowCount()];
            java.util.Arrays.fill(none, Double.NaN);
            return none;
        }
        double[] d = new double[features.rowCount()];
        IntStream.range(0, (d.length + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            context.checkCancelled();
            int from = c * CHUNK;
            int to = Math.min(d.length, from + CHUNK);
            System.arraycopy(domain.distances(spec.standardizer().apply(features, from, to), to - from), 0, d, from, to - from);
        });
        return d;
    }

    /** @return the standardiser's means: each feature's mean over the training rows, stored in the model file */
    @Override
    public double[] trainingFeatureMeans() {
        return spec.standardizer().mean().clone();
    }

    @Override
    public double domainThreshold() {
        return domain == null ? Double.NaN : domain.threshold();
    }

    @Override
    public String domainDescription() {
        return domain == null ? "no applicability domain (model file written before it was kept)" : domain.describe();
    }

    @Override
    public ModelMetadata metadata() {
        return metadata;
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
        return spec.labels();
    }

    /** @return whether the model predicts the probability of class 1 */
    public boolean classification() {
        return spec.classification();
    }

    EnsembleSpec spec() {
        return spec;
    }

    /** @return number of member networks */
    public int size() {
        return members.size();
    }

    /**
     * Chunks of {@value #CHUNK} rows are predicted in parallel (common fork-join pool); each chunk's members are
     * combined in member order, so the predictions do not depend on the number of threads.
     */
    @Override
    public Prediction[] predict(FeatureMatrix features, TaskContext context) {
        checkColumns(features);
        int rows = features.rowCount();
        Prediction[] out = new Prediction[rows];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, (rows + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
            context.checkCancelled();
            int from = c * CHUNK;
            int to = Math.min(rows, from + CHUNK);
            predict(features, from, to, c, out);
            int finished = done.addAndGet(to - from);
            context.progress((double) finished / rows, "predicted " + finished + " of " + rows + " rows");
        });
        return out;
    }

    /** Rows {@code from..to} into {@code out}; chunk {@code c} starts at member c mod M, so two threads seldom wait for one member. */
    private void predict(FeatureMatrix features, int from, int to, int c, Prediction[] out) {
        int m = members.size();
        float[][] outputs = new float[m][];
        try (INDArray x = standardised(features, from, to)) {
            for (int k = 0; k < m; k++) {
                int i = (c + k) % m;
                Mlp member = members.get(i);
                synchronized (member) {
                    try (INDArray output = member.output(x)) {
                        outputs[i] = Mlp.values(output);
                    }
                }
            }
        }
        int width = spec.loss().outputs();
        for (int r = 0; r < to - from; r++) {
            double sum = 0;
            double sumSq = 0;
            double sumVar = 0;
            for (float[] o : outputs) {
                double z = o[r * width];
                double mean = spec.classification() ? sigmoid(z) : spec.target().toTarget(z);
                sum += mean;
                sumSq += mean * mean;
                if (spec.loss() == MemberLoss.NLL) {
                    double slope = spec.target().slope(z);
                    sumVar += Math.exp(clampLogVar(o[r * width + 1])) * slope * slope;
                }
            }
            double mean = sum / m;
            double variance = sumVar / m + Math.max(0, sumSq / m - mean * mean);
            out[from + r] = new Prediction(mean, Math.sqrt(variance) * spec.sigmaScale());
        }
    }

    @Override
    public FeatureMatrix gradients(FeatureMatrix features, TaskContext context) {
        checkColumns(features);
        int rows = features.rowCount();
        int width = features.columnCount();
        double[] grad = new double[rows * width];
        double[] scale = spec.standardizer().scale();
        for (int from = 0; from < rows; from += CHUNK) {
            context.checkCancelled();
            int to = Math.min(rows, from + CHUNK);
            INDArray x = standardised(features, from, to);
            for (Mlp member : members) {
                float[] g;
                synchronized (member) {
                    float[] o;
                    try (INDArray out = member.forward(x, false)) {
                        o = Mlp.values(out);
                    }
                    int outputs = spec.loss().outputs();
                    float[] dOut = new float[(to - from) * outputs];
                    for (int r = 0; r < to - from; r++) {
                        double z = o[r * outputs];
                        double slope = spec.classification() ? sigmoid(z) * (1 - sigmoid(z)) : spec.target().slope(z);
                        dOut[r * outputs] = (float) (slope / members.size());
                    }
                    try (INDArray d = Nd4j.create(dOut, new long[] {to - from, outputs}, 'c'); INDArray dx = member.backward(d)) {
                        g = Mlp.values(dx);
                    }
                }
                for (int r = 0; r < to - from; r++) {
                    for (int j = 0; j < width; j++) {
                        grad[(from + r) * width + j] += g[r * width + j] / scale[j];
                    }
                }
            }
            x.close();
        }
        return FeatureMatrix.wrap(spec.labels(), rows, grad);
    }

    @Override
    public void save(OutputStream out) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(EnsembleSpec.ENTRY, spec.toJson().getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < members.size(); i++) {
            ByteArrayOutputStream net = new ByteArrayOutputStream();
            synchronized (members.get(i)) {
                ModelSerializer.writeModel(members.get(i).network(), net, false);
            }
            entries.put(EnsembleSpec.memberEntry(i), net.toByteArray());
        }
        if (domain != null) {
            entries.put(ApplicabilityDomain.ENTRY, domain.toBytes());
        }
        ModelFile.of(metadata, entries).write(out);
    }

    /**
     * @return the ensemble in a model file already read
     * @throws IOException when the file is not an mlp-ensemble predictor or its parts are corrupt
     */
    public static MlpEnsemble read(ModelFile archive) throws IOException {
        ModelMetadata md = archive.metadata();
        if (!ModelMetadata.PREDICTOR.equals(md.kind()) || !TRAINER.equals(md.trainer())) {
            throw new IOException("model file '" + md.id() + "' is a " + md.kind() + " of trainer '" + md.trainer()
                    + "', not an " + TRAINER + " predictor");
        }
        EnsembleSpec spec = EnsembleSpec.fromJson(new String(archive.entry(EnsembleSpec.ENTRY), StandardCharsets.UTF_8));
        List<Mlp> members = new ArrayList<>();
        for (int i = 0; i < spec.members(); i++) {
            String entry = EnsembleSpec.memberEntry(i);
            MultiLayerNetwork net;
            try {
                net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(archive.entry(entry)), false);
            } catch (IOException | RuntimeException e) {
                throw new IOException("model file '" + md.id() + "': network " + entry + " is unreadable (" + e + ")", e);
            }
            long inputs = net.layerInputSize(0);
            long outputs = net.layerSize(net.getnLayers() - 1);
            if (inputs != spec.labels().size() || outputs != spec.loss().outputs()) {
                throw new IOException("model file '" + md.id() + "': network " + entry + " has " + inputs + " inputs and "
                        + outputs + " outputs, expected " + spec.labels().size() + " and " + spec.loss().outputs());
            }
            members.add(Mlp.wrap(net));
        }
        ApplicabilityDomain domain = archive.names().contains(ApplicabilityDomain.ENTRY)
                ? ApplicabilityDomain.fromBytes(archive.entry(ApplicabilityDomain.ENTRY), spec.labels().size()) : null;
        return new MlpEnsemble(md, spec, members, domain);
    }

    private INDArray standardised(FeatureMatrix features, int from, int to) {
        return Nd4j.create(spec.standardizer().apply(features, from, to), new long[] {to - from, features.columnCount()},
                'c');
    }

    private void checkColumns(FeatureMatrix features) {
        List<String> expected = spec.labels();
        List<String> got = features.labels();
        if (got.equals(expected)) {
            return;
        }
        for (int j = 0; j < Math.min(got.size(), expected.size()); j++) {
            if (!got.get(j).equals(expected.get(j))) {
                throw new IllegalArgumentException("predictor '" + metadata.id() + "' expects feature '" + expected.get(j)
                        + "' in column " + (j + 1) + ", got '" + got.get(j) + "' (featurizers " + metadata.featurizers() + ")");
            }
        }
        throw new IllegalArgumentException("predictor '" + metadata.id() + "' expects " + expected.size() + " features ("
                + metadata.featurizers() + "), got " + got.size());
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double clampLogVar(double logVar) {
        return Math.max(-12, Math.min(12, logVar));
    }
}
