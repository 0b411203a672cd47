package org.matforge.models.lib.gan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains a composition GAN: one generator against N discriminators under a pluggable {@link GanObjective}.
 * The generator ends in per-element logits over atom counts and emits one-hot samples through a straight-through
 * Gumbel-softmax, so discriminators see one-hot rows from both sides; each discriminator judges PacGAN packs of
 * {@code pack} samples at once (Lin et al. 2018), which penalises a generator whose samples look alike — the
 * mode-collapse remedy measured in docs/models.md. Every epoch records the losses and, on 500 draws, the empty /
 * unique / novel shares and the element-frequency distance to the data; GAN training oscillates, so the generator
 * of the epoch with the best probe score (novel share × (1 − distance)) is the one kept.
 */
public final class GanTraining {
    private static final int PROBE_DRAWS = 500;

    private final GanSettings settings;
    private final GanObjective objective;
    private final Predicate<Composition> probeValidity;

    /**
     * @param settings  the options
     * @param objective the adversarial loss
     */
    public GanTraining(GanSettings settings, GanObjective objective) {
        this(settings, objective, null);
    }

    /**
     * @param settings      the options
     * @param objective     the adversarial loss
     * @param probeValidity when not null, the probe's validity test: the kept epoch then maximises
     *                      valid × novel × (1 − distance)
     */
    public GanTraining(GanSettings settings, GanObjective objective, Predicate<Composition> probeValidity) {
        this.settings = settings;
        this.objective = objective;
        this.probeValidity = probeValidity;
    }

    /**
     * @param data    encoded training compositions
     * @param log     receives curves and metrics
     * @param context progress and cancellation
     * @return the trained generator's sampler
     */
    public GanSampler train(EncodedCompositions data, TrainingLog log, TaskContext context) {
        GanSettings s = settings;
        int width = data.codec().width();
        int classes = data.codec().classes();
        if (data.size() < s.batch()) {
            throw new IllegalArgumentException("GAN training needs at least " + s.batch() + " compositions, got " + data.size());
        }
        Adam adam = new Adam(s.learningRate(), s.beta1(), s.beta2(), 1e-8);
        Mlp generator = Mlp.create(s.seed(), s.noise(), s.generatorLayers(), width, Activation.LEAKYRELU, adam, 0);
        List<Mlp> critics = new ArrayList<>();
        for (int k = 0; k < s.discriminators(); k++) {
            critics.add(Mlp.create(s.seed() + 1 + k, width * s.pack(), s.discriminatorLayers(), 1, Activation.LEAKYRELU, adam, 0));
        }
        GanSampler sampler = new GanSampler(generator, data.codec(), s.noise(), s.sampling());
        Set<Composition> known = new HashSet<>(data.compositions());
        SplittableRandom random = new SplittableRandom(s.seed());
        int[] order = Randoms.identity(data.size());
        int steps = data.size() / s.batch();
        int generatorSteps = steps / s.criticSteps();
        long trainingNanos = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        INDArray best = null;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            Randoms.shuffle(order, random);
            double dLoss = 0;
            double gLoss = 0;
            long start = System.nanoTime();
            for (int step = 0; step < steps; step++) {
                context.checkCancelled();
                INDArray real = data.batch(order, step * s.batch(), (step + 1) * s.batch());
                INDArray fake = StraightThroughGumbel.sample(generator.output(Randoms.gaussian(random, s.batch(), s.noise())),
                        classes, s.temperature(), random).hard();
                dLoss += discriminatorStep(critics, real, fake, random);
                if ((step + 1) % s.criticSteps() == 0) {
                    INDArray logits = generator.forward(Randoms.gaussian(random, s.batch(), s.noise()), true);
                    gLoss += generatorStep(generator, critics, StraightThroughGumbel.sample(logits, classes, s.temperature(), random), classes);
                }
            }
            trainingNanos += System.nanoTime() - start;
            log.add("discriminator_loss", dLoss / steps);
            log.add("generator_loss", gLoss / Math.max(1, generatorSteps));
            List<Composition> probe = sampler.draw(PROBE_DRAWS, s.seed() + epoch, Optional.empty());
            SampleQuality q = SampleQuality.measure(probe, known, probeValidity);
            double distance = Coverage.elementFrequencyDistance(probe, data.compositions());
            log.add("empty", q.empty());
            log.add("unique", q.unique());
            log.add("novel", q.novel());
            if (probeValidity != null) {
                log.add("valid", q.valid());
            }
            log.add("element_frequency_distance", distance);
            double score = (probeValidity == null ? 1 : q.valid()) * q.novel() * (1 - distance);
            if (score > bestScore) {
                bestScore = score;
                bestEpoch = epoch;
                best = generator.copyParams();
            }
            String line = String.format("GAN epoch %d/%d: D %.4f, G %.4f, probe %s, element-frequency distance %.3f",
                    epoch, s.epochs(), dLoss / steps, gLoss / Math.max(1, generatorSteps), q, distance);
            context.log(line);
            context.progress((double) epoch / s.epochs(), line);
        }
        generator.restoreParams(best);
        context.log("GAN: keeping the generator of epoch " + bestEpoch + " (best probe: " + (probeValidity == null ? "" : "valid share × ")
                + "novel share × (1 − element-frequency distance))");
        log.metric("step_ms", trainingNanos / 1e6 / ((double) steps * s.epochs()));
        log.metric("epochs", s.epochs());
        log.metric("generator_steps", (double) generatorSteps * s.epochs());
        log.metric("best_epoch", bestEpoch);
        return sampler;
    }

    double discriminatorStep(List<Mlp> critics, INDArray real, INDArray fake, SplittableRandom random) {
        INDArray both = Nd4j.vstack(pack(real), pack(fake));
        int half = (int) (both.rows() / 2);
        double loss = 0;
        for (int k = 0; k < critics.size(); k++) {
            Mlp d = critics.get(k);
            INDArray scores = d.forward(both, true);
            ScoreGradient r = objective.discriminatorOnReal(k, scores.get(NDArrayIndex.interval(0, half)).dup());
            ScoreGradient f = objective.discriminatorOnFake(k, scores.get(NDArrayIndex.interval(half, 2 * half)).dup());
            // each term is a mean over its half; the sum is the discriminator's loss
            d.backward(Nd4j.vstack(r.gradient(), f.gradient()));
            loss += r.loss() + f.loss();
            if (objective.gradientPenalty() > 0) {
                loss += penalise(d, both, half, random);
            }
            d.step();
        }
        return loss / critics.size();
    }

    /** Adds the gradient penalty at x̂ = ε·real + (1 − ε)·fake (one ε ~ U(0, 1) per pack) to d's gradient. */
    private double penalise(Mlp d, INDArray both, int half, SplittableRandom random) {
        INDArray real = both.get(NDArrayIndex.interval(0, half));
        INDArray fake = both.get(NDArrayIndex.interval(half, 2 * half));
        double[] eps = new double[half];
        for (int i = 0; i < half; i++) {
            eps[i] = random.nextDouble();
        }
        INDArray e = Nd4j.create(eps, new long[] {half, 1}).castTo(both.dataType());
        INDArray mixed = real.mulColumnVector(e).addi(fake.mulColumnVector(e.rsub(1)));
        GradientPenalty.Result p = GradientPenalty.of(d.network(), mixed, objective.gradientPenalty());
        for (int l = 0; l < p.weightGradients().length; l++) {
            d.addWeightGradient(l, p.weightGradients()[l]);
        }
        return p.penalty();
    }

    double generatorStep(Mlp generator, List<Mlp> critics, StraightThroughGumbel sample, int classes) {
        INDArray probs = sample.hard();
        INDArray packed = pack(probs);
        INDArray dPacked = null;
        double loss = 0;
        for (int k = 0; k < critics.size(); k++) {
            Mlp d = critics.get(k);
            ScoreGradient g = objective.generator(k, d.forward(packed, true));
            INDArray dInput = d.backward(g.gradient());
            dPacked = dPacked == null ? dInput : dPacked.addi(dInput);
            loss += g.loss();
        }
        INDArray dProbs = dPacked.reshape('c', probs.rows(), probs.columns());
        generator.backward(sample.backward(dProbs, classes));
        generator.step();
        return loss / critics.size();
    }

    private INDArray pack(INDArray rows) {
        int p = settings.pack();
        return p == 1 ? rows : rows.reshape('c', rows.rows() / p, rows.columns() * p);
    }
}
