package org.matforge.predictors.lib.ensemble;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.matforge.api.data.FeatureMatrix;
import org.matforge.api.discovery.Prediction;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.model.ModelMetadata;
import org.matforge.spi.model.PredictionTask;
import org.matforge.spi.model.file.ModelFile;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains an {@link MlpEnsemble}: inputs standardised with statistics of the given (training) rows, NaN imputed by
 * the training mean; each member i gets seed + i, a validation split for early stopping (the parameters of its best
 * validation epoch are kept) and its own mini-batch order. The split is the member's own, or, when σ is calibrated,
 * one shared by all members, on which the ensemble's σ is then calibrated ({@link SigmaCalibration}).
 */
public final class EnsembleTraining {
    private EnsembleTraining() {
    }

    /**
     * @throws IllegalArgumentException when rows and targets disagree, a target is not finite, or a classification
     *                                  target is not 0/1
     */
    public static MlpEnsemble train(FeatureMatrix x, double[] y, PredictionTask task, EnsembleSettings s,
            TaskContext context) {
        checkTargets(x, y, task);
        int n = x.rowCount();
        if (n < 10) {
            throw new IllegalArgumentException("mlp-ensemble needs at least 10 training rows, got " + n);
        }
        int[] all = Randoms.identity(n);
        Standardizer standardizer = Standardizer.fit(x, all);
        TargetScale scale = task.classification() ? TargetScale.IDENTITY : TargetScale.fit(s.transform(), y, all, s.targetMin(), s.targetMax());
        MemberLoss loss = MemberLoss.of(s.loss(), task.classification());
        INDArray inputs = Nd4j.create(standardizer.apply(x, all), new long[] {n, x.columnCount()}, 'c');
        float[] z = new float[n];
        for (int r = 0; r < n; r++) {
            z[r] = (float) scale.toModel(y[r]);
        }
        INDArray targets = Nd4j.create(z, new long[] {n, 1}, 'c');

        boolean calibrate = s.calibrate() && !task.classification();
        Split shared = calibrate ? Split.of(n, s.validation(), new SplittableRandom(s.seed())) : null;
        TaskContext memberContext = s.threads() > 1 ? synchronizedContext(context) : context;
        List<MemberRun> runs = IntStream.range(0, s.members()).mapToObj(i -> new MemberRun(i, s, shared, loss, scale,
                task.classification(), inputs, targets, y, memberContext)).toList();
        List<Mlp> members = trainMembers(runs, s.threads());
        Map<String, List<Double>> curves = new LinkedHashMap<>();
        double[] bestScores = new double[s.members()];
        double[] bestEpochs = new double[s.members()];
        for (int i = 0; i < s.members(); i++) {
            MemberRun run = runs.get(i);
            curves.put("member" + i + ".train_loss", run.trainLoss);
            curves.put("member" + i + ".validation", run.validation);
            bestScores[i] = run.bestScore;
            bestEpochs[i] = run.bestEpoch;
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put(task.classification() ? "validation_logloss" : "validation_mae", Arrays.stream(bestScores).average().orElseThrow());
        metrics.put("best_epoch_mean", Arrays.stream(bestEpochs).average().orElseThrow());
        metrics.put("members", (double) s.members());
        metrics.put("training_rows", (double) n);
        EnsembleSpec uncalibrated = new EnsembleSpec(x.labels(), standardizer, scale, loss, task.classification(), s.members(), 1);
        double sigmaScale = 1;
        if (calibrate) {
            sigmaScale = calibrate(new MlpEnsemble(null, uncalibrated, members), x, y, shared.valid(), metrics, context);
        }
        Split domainSplit = shared != null ? shared : Split.of(n, s.validation(), new SplittableRandom(s.seed()));
        ApplicabilityDomain domain = ApplicabilityDomain.fit(standardizer.apply(x, all), x.columnCount(), domainSplit.train(), domainSplit.valid());
        metrics.put("domain_threshold", domain.threshold());
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.PREDICTOR, MlpEnsemble.TRAINER, task.id(), task.target(),
                task.unit(), task.featurizers(), task.featurizerVersions(), fingerprint(x, y), s.seed(), metrics, curves,
                ModelFile.FORMAT_VERSION);
        return new MlpEnsemble(metadata, uncalibrated.withSigmaScale(sigmaScale), members, domain);
    }

    /**
     * Trains the members one after the other, or on {@code threads} threads at once: each member runs wholly on one
     * thread with its own seeds (ND4J's random generator is per thread), so the result does not depend on the count.
     */
    private static List<Mlp> trainMembers(List<MemberRun> runs, int threads) {
        if (threads <= 1) {
            return runs.stream().map(MemberRun::train).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, runs.size()), r -> {
            Thread t = new Thread(r, "mlp-ensemble-member");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Mlp>> futures = runs.stream().map(run -> pool.submit(run::train)).toList();
            List<Mlp> members = new ArrayList<>();
            for (Future<Mlp> f : futures) {
                members.add(f.get());
            }
            return members;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("mlp-ensemble: a member failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mlp-ensemble: interrupted while training members", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return {@code context} with its calls serialised, for members reporting from several threads */
    private static TaskContext synchronizedContext(TaskContext context) {
        return new TaskContext() {
            @Override
            public synchronized void progress(double fraction, String message) {
                context.progress(fraction, message);
            }

            @Override
            public synchronized void log(String message) {
                context.log(message);
            }

            @Override
            public synchronized boolean isCancelled() {
                return context.isCancelled();
            }
        };
    }

    /** @return the σ factor fitted on the shared validation rows; their coverage before and after goes to metrics */
    private static double calibrate(MlpEnsemble ensemble, FeatureMatrix x, double[] y, int[] rows, Map<String, Double> metrics,
            TaskContext context) {
        double[] actual = Arrays.stream(rows).mapToDouble(r -> y[r]).toArray();
        Prediction[] raw = ensemble.predict(x.rows(rows), TaskContext.unobserved());
        OptionalDouble fitted = SigmaCalibration.fit(actual, raw);
        double before = SigmaCalibration.coverage(actual, raw, 1);
        metrics.put("validation_ensemble_mae", IntStream.range(0, raw.length).mapToDouble(i -> Math.abs(raw[i].mean() - actual[i]))
                .average().orElseThrow());
        metrics.put("validation_within_1sigma_uncalibrated", before);
        if (fitted.isEmpty()) {
            metrics.put("sigma_scale", 1.0);
            long spread = Arrays.stream(raw).filter(p -> p.std() > 0).count();
            context.log(String.format("mlp-ensemble: σ left uncalibrated — %d of the %d validation rows have a spread, "
                    + "calibrating needs %d (%.1f %% of their errors are within ±σ); more training rows or a larger "
                    + "'validation' share would allow it", spread, rows.length, SigmaCalibration.MIN_ROWS, 100 * before));
            return 1;
        }
        double factor = fitted.getAsDouble();
        metrics.put("sigma_scale", factor);
        metrics.put("validation_within_2sigma", SigmaCalibration.coverage(actual, raw, 2 * factor));
        context.log(String.format("mlp-ensemble: σ × %.3f so that 68.3 %% of the %d validation errors fall within ±σ "
                + "(%.1f %% did before); ±2σ then holds %.1f %%", factor, rows.length, 100 * before,
                100 * metrics.get("validation_within_2sigma")));
        return factor;
    }

    /** Row indices held out for validation and those trained on. */
    private record Split(int[] valid, int[] train) {
        static Split of(int n, double share, SplittableRandom random) {
            int[] order = Randoms.identity(n);
            Randoms.shuffle(order, random);
            int held = Math.max(1, (int) Math.round(n * share));
            return new Split(Arrays.copyOfRange(order, 0, held), Arrays.copyOfRange(order, held, n));
        }
    }

    private static void checkTargets(FeatureMatrix x, double[] y, PredictionTask task) {
        if (y.length != x.rowCount()) {
            throw new IllegalArgumentException("mlp-ensemble: " + x.rowCount() + " feature rows but " + y.length + " targets");
        }
        for (int r = 0; r < y.length; r++) {
            if (!Double.isFinite(y[r])) {
                throw new IllegalArgumentException("mlp-ensemble: target '" + task.target() + "' of row " + r + " is " + y[r]);
            }
            if (task.classification() && y[r] != 0 && y[r] != 1) {
                throw new IllegalArgumentException("mlp-ensemble: classification target '" + task.target() + "' of row " + r
                        + " is " + y[r] + ", expected 0 or 1");
            }
        }
    }

    /** @return SHA-256 (hex) over the feature labels, values and targets */
    static String fingerprint(FeatureMatrix x, double[] y) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\u0000", x.labels()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ByteBuffer buffer = ByteBuffer.allocate(8 * (x.columnCount() + 1));
            for (int r = 0; r < x.rowCount(); r++) {
                buffer.clear();
                for (int j = 0; j < x.columnCount(); j++) {
                    buffer.putDouble(x.get(r, j));
                }
                buffer.putDouble(y[r]);
                sha.update(buffer.array());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    /** One member: its split, its training loop with early stopping, its curves. */
    private static final class MemberRun {
        private final int index;
        private final EnsembleSettings s;
        private final Split shared;
        private final MemberLoss loss;
        private final TargetScale scale;
        private final boolean classification;
        private final INDArray inputs;
        private final INDArray targets;
        private final double[] y;
        private final TaskContext context;
        final List<Double> trainLoss = new ArrayList<>();
        final List<Double> validation = new ArrayList<>();
        double bestScore = Double.POSITIVE_INFINITY;
        int bestEpoch;

        MemberRun(int index, EnsembleSettings s, Split shared, MemberLoss loss, TargetScale scale, boolean classification,
                INDArray inputs, INDArray targets, double[] y, TaskContext context) {
            this.index = index;
            this.s = s;
            this.shared = shared;
            this.loss = loss;
            this.scale = scale;
            this.classification = classification;
            this.inputs = inputs;
            this.targets = targets;
            this.y = y;
            this.context = context;
        }

        Mlp train() {
            long seed = s.seed() + index;
            SplittableRandom random = new SplittableRandom(seed);
            Split split = shared != null ? shared : Split.of((int) inputs.rows(), s.validation(), random);
            int[] validRows = split.valid();
            int[] trainRows = split.train().clone();
            if (s.subsample() < 1) {
                Randoms.shuffle(trainRows, random);
                trainRows = Arrays.copyOf(trainRows, Math.max(1, (int) Math.round(trainRows.length * s.subsample())));
            }
            INDArray validX = inputs.getRows(validRows);
            Mlp mlp = Mlp.create(seed, (int) inputs.columns(), s.layers(), loss.outputs(), s.hiddenActivation(),
                    new Adam(s.learningRateAt(0)), s.networkOptions(), DataType.FLOAT);
            INDArray best = mlp.copyParams();
            double learningRate = s.learningRateAt(0);
            double decayed = 1;
            int lastImprovementOrDecay = 0;
            INDArray averaged = null;
            int averagedEpochs = 0;
            Batch full = new Batch(Math.min(s.batch(), trainRows.length));
            Batch last = trainRows.length % s.batch() == 0 ? full : new Batch(trainRows.length % s.batch());
            for (int epoch = 0; epoch < s.epochs() && epoch - bestEpoch < s.patience(); epoch++) {
                context.checkCancelled();
                double scheduled = s.learningRateAt(epoch) * decayed;
                if (scheduled != learningRate) {
                    learningRate = scheduled;
                    mlp.setLearningRate(learningRate);
                }
                Randoms.shuffle(trainRows, random);
                double lossSum = 0;
                int batches = 0;
                for (int from = 0; from < trainRows.length; from += s.batch()) {
                    Batch batch = from + s.batch() <= trainRows.length ? full : last;
                    batch.fill(trainRows, from);
                    INDArray out = mlp.forward(batch.x, true);
                    MemberLoss.Evaluated evaluated = loss.evaluate(out, batch.y);
                    lossSum += evaluated.value();
                    batches++;
                    // off-heap buffers are freed at once, not when the (rarely running) GC finds their small handles
                    try (INDArray dOut = evaluated.gradient(); INDArray dIn = mlp.backward(dOut)) {
                        mlp.step();
                    }
                    out.close();
                }
                double score;
                try (INDArray validOut = mlp.output(validX)) {
                    score = score(validOut, validRows);
                }
                trainLoss.add(lossSum / batches);
                validation.add(score);
                if (epoch >= s.epochs() - s.average()) {
                    averaged = accumulate(averaged, mlp);
                    averagedEpochs++;
                }
                if (score < bestScore) {
                    bestScore = score;
                    bestEpoch = epoch;
                    lastImprovementOrDecay = epoch;
                    best.close();
                    best = mlp.copyParams();
                } else if (s.decay() < 1 && epoch - lastImprovementOrDecay >= s.decayPatience()) {
                    decayed *= s.decay();
                    lastImprovementOrDecay = epoch;
                }
                context.progress((index + (epoch + 1.0) / s.epochs()) / s.members(), "member " + (index + 1) + "/"
                        + s.members() + ", epoch " + (epoch + 1) + ", validation " + (classification ? "log-loss " : "MAE ")
                        + String.format("%.4f", score));
            }
            boolean useAverage = false;
            if (averagedEpochs > 0) {
                mlp.restoreParams(averaged.divi(averagedEpochs));
                try (INDArray validOut = mlp.output(validX)) {
                    double score = score(validOut, validRows);
                    useAverage = score < bestScore;
                    if (useAverage) {
                        bestScore = score;
                        bestEpoch = s.epochs() - 1;
                    }
                }
                averaged.close();
            }
            if (!useAverage) {
                mlp.restoreParams(best);
            }
            best.close();
            validX.close();
            full.close();
            if (last != full) {
                last.close();
            }
            context.log("mlp-ensemble member " + (index + 1) + ": " + (useAverage ? "average of the last " + averagedEpochs
                    + " epochs' weights" : "best epoch " + (bestEpoch + 1)) + ", validation " + (classification ? "log-loss " : "MAE ")
                    + bestScore);
            return mlp;
        }

        /** @return {@code sum} (allocated on the first call) plus the network's current parameters */
        private static INDArray accumulate(INDArray sum, Mlp mlp) {
            INDArray params = mlp.copyParams();
            if (sum == null) {
                return params;
            }
            sum.addi(params);
            params.close();
            return sum;
        }

        /** The rows of one mini-batch, gathered into buffers allocated once per member. */
        private final class Batch implements AutoCloseable {
            final int[] rows;
            final INDArray x;
            final INDArray y;

            Batch(int size) {
                rows = new int[size];
                x = Nd4j.create(inputs.dataType(), size, inputs.columns());
                y = Nd4j.create(targets.dataType(), size, 1);
            }

            void fill(int[] order, int from) {
                System.arraycopy(order, from, rows, 0, rows.length);
                Nd4j.pullRows(inputs, x, 1, rows);
                Nd4j.pullRows(targets, y, 1, rows);
            }

            @Override
            public void close() {
                x.close();
                y.close();
            }
        }

        /** @return validation MAE in target units (regression) or log-loss (classification) */
        private double score(INDArray out, int[] rows) {
            float[] o = Mlp.values(out);
            int width = loss.outputs();
            double sum = 0;
            for (int i = 0; i < rows.length; i++) {
                double zHat = o[i * width];
                double target = y[rows[i]];
                if (classification) {
                    double p = Math.min(1 - 1e-7, Math.max(1e-7, 1 / (1 + Math.exp(-zHat))));
                    sum -= target * Math.log(p) + (1 - target) * Math.log(1 - p);
                } else {
                    sum += Math.abs(scale.toTarget(zHat) - target);
                }
            }
            return sum / rows.length;
        }
    }
}
