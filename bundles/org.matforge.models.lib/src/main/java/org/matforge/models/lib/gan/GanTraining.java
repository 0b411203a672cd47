package org.matforge.models.lib.gan;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.matforge.api.chem.Composition;
import org.matforge.chemistry.lib.elements.ElementTable;
import org.matforge.models.lib.codec.Coverage;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.PropertyScale;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.generator.PropertyCondition;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Trains a composition GAN: one generator against one or two discriminators under a pluggable {@link GanObjective}.
 * The generator ends in per-element logits over atom counts and emits one-hot samples through a straight-through
 * Gumbel-softmax, so discriminators see one-hot rows from both sides; each discriminator judges PacGAN packs of
 * {@code pack} samples at once (Lin et al. 2018), which penalises a generator whose samples look alike — the
 * mode-collapse remedy measured in docs/models.md. With two discriminators (the source design's GAN) both tell real
 * from generated, the second judging the {@link ChemistryView} of the same rows, and the generator minimises the mean
 * (or GMAN's softmax-weighted sum) of its losses against both; D2GAN's two discriminators both see the encoding and
 * its generator loss is their sum. With property values the GAN is conditional (Mirza &amp; Osindero 2014): generator
 * and discriminators also see the standardised property ({@link ConditionFeatures}), generated rows get the real
 * batch's values, and an auxiliary property regressor pulls the generator towards its conditions ({@link PropertyGuide}). Every epoch
 * records the losses and, on 500 draws, the empty / valid / unique / novel shares and the element-frequency distance to
 * the data; GAN training oscillates, so the generator of the epoch with the best probe score
 * (valid share × novel share × (1 − distance)) is the one kept. A conditional GAN given a {@link GanSettings#probeCondition}
 * probes with draws for that range, measuring their distance to the training compositions inside it, so the epoch kept
 * is the one that draws best where it will be sampled.
 */
public final class GanTraining {
    private static final int PROBE_DRAWS = 500;

    private final GanSettings settings;
    private final GanObjective objective;
    private final Predicate<Composition> probeValidity;

    /**
     * @param settings      the options
     * @param objective     the adversarial loss
     * @param probeValidity when not null, the probe's validity test: the kept epoch then maximises
     *                      valid × novel × (1 − distance), else novel × (1 − distance)
     */
    public GanTraining(GanSettings settings, GanObjective objective, Predicate<Composition> probeValidity) {
        this.settings = settings;
        this.objective = objective;
        this.probeValidity = probeValidity;
    }

    /**
     * @param data     encoded training compositions (with {@code property} values for a conditional GAN)
     * @param property the property's name for a conditional GAN, or null
     * @param log      receives curves and metrics
     * @param context  progress and cancellation
     * @return the trained generator's sampler
     */
    public GanSampler train(EncodedCompositions data, String property, TrainingLog log, TaskContext context) {
        GanSettings s = settings;
        int classes = data.codec().classes();
        if (data.size() < s.batch()) {
            throw new IllegalArgumentException("GAN training needs at least " + s.batch() + " compositions, got " + data.size());
        }
        if (s.probeCondition() != null && property == null) {
            throw new IllegalArgumentException("gan: probeCondition " + s.probeCondition().min() + ":" + s.probeCondition().max()
                    + " needs a conditional GAN (a property to condition on), but this one is unconditional");
        }
        PropertyScale scale = property == null ? null : PropertyScale.fit(property, data.property());
        Optional<PropertyCondition> probeCondition = Optional.ofNullable(s.probeCondition())
                .map(r -> new PropertyCondition(property, r.min(), r.max()));
        List<Composition> probeReference = probeReference(data, s.probeCondition());
        int c = scale == null ? 0 : ConditionFeatures.WIDTH;
        Adam adam = new Adam(s.learningRate(), s.beta1(), s.beta2(), 1e-8);
        Mlp generator = Mlp.create(s.seed(), s.noise() + c, s.generatorLayers(), data.codec().width(), Activation.LEAKYRELU, adam, 0);
        List<Discriminator> critics = discriminators(data, c, adam);
        PropertyGuide guide = scale == null ? null : new PropertyGuide(s.seed() + 3, data.codec().width(), adam);
        GanSampler sampler = new GanSampler(generator, data.codec(), s.noise(), scale, s.sampling());
        float[] conditions = scale == null ? null : standardised(data.property(), scale);
        Set<Composition> known = new HashSet<>(data.compositions());
        SplittableRandom random = new SplittableRandom(s.seed());
        int[] order = Randoms.identity(data.size());
        int steps = data.size() / s.batch();
        int generatorSteps = steps / s.criticSteps();
        long trainingNanos = 0;
        long trainingCpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestScore = Double.NEGATIVE_INFINITY;
        int bestEpoch = 0;
        INDArray best = null;
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            Randoms.shuffle(order, random);
            double dLoss = 0;
            double gLoss = 0;
            double pLoss = 0;
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            for (int step = 0; step < steps; step++) {
                context.checkCancelled();
                int from = step * s.batch();
                INDArray real = data.batch(order, from, from + s.batch());
                INDArray cond = conditions == null ? null : batchConditions(conditions, order, from, from + s.batch());
                INDArray fake = StraightThroughGumbel.hardSample(generator.forward(generatorInput(random, cond), false),
                        classes, s.temperature(), random);
                dLoss += discriminatorStep(critics, real, fake, cond, random);
                if (guide != null) {
                    pLoss += guide.learn(real, values(cond));
                }
                if ((step + 1) % s.criticSteps() == 0) {
                    INDArray logits = generator.forward(generatorInput(random, cond), true);
                    gLoss += generatorStep(generator, critics, guide, StraightThroughGumbel.sample(logits, classes, s.temperature(), random),
                            cond, classes);
                }
            }
            trainingNanos += System.nanoTime() - start;
            trainingCpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            log.add("discriminator_loss", dLoss / steps);
            log.add("generator_loss", gLoss / Math.max(1, generatorSteps));
            if (guide != null) {
                log.add("property_loss", pLoss / steps);
            }
            List<Composition> probe = sampler.draw(PROBE_DRAWS, s.seed() + epoch, probeCondition);
            SampleQuality q = SampleQuality.measure(probe, known, probeValidity);
            double distance = Coverage.elementFrequencyDistance(probe, probeReference);
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
        context.log("GAN: keeping the generator of epoch " + bestEpoch + " (best probe" + probeCondition.map(r -> " for " + r.target() + " in ["
                + r.min() + ", " + r.max() + "]").orElse("") + ": " + (probeValidity == null ? "" : "valid share × ")
                + "novel share × (1 − element-frequency distance))");
        log.metric("step_ms", trainingNanos / 1e6 / ((double) steps * s.epochs()));
        log.metric("step_thread_cpu_ms", trainingCpuNanos / 1e6 / ((double) steps * s.epochs()));
        log.metric("epochs", s.epochs());
        log.metric("generator_steps", (double) generatorSteps * s.epochs());
        log.metric("best_epoch", bestEpoch);
        return sampler;
    }

    /** @return the training compositions whose property lies in {@code range} (all when none is given or none lies in it) */
    static List<Composition> probeReference(EncodedCompositions data, ProbeRange range) {
        if (range == null) {
            return data.compositions();
        }
        List<Composition> inside = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (range.contains(data.property()[i])) {
                inside.add(data.compositions().get(i));
            }
        }
        return inside.isEmpty() ? data.compositions() : inside;
    }

    /** The first discriminator judges the encoding; a second one its chemistry view (D2GAN's: the encoding too). */
    List<Discriminator> discriminators(EncodedCompositions data, int conditions, Adam adam) {
        GanSettings s = settings;
        List<Discriminator> critics = new ArrayList<>();
        for (int k = 0; k < s.discriminators(); k++) {
            ChemistryView view = k == 0 || GanObjectives.D2GAN.equals(s.loss()) ? null : new ChemistryView(data.codec(), ElementTable.load());
            int inputs = Discriminator.inputWidth(view, data.codec().width(), conditions) * s.pack();
            critics.add(new Discriminator(Mlp.create(s.seed() + 1 + k, inputs, s.discriminatorLayers(), 1, Activation.LEAKYRELU, adam, 0), view));
        }
        return critics;
    }

    /**
     * One step of every discriminator on real and generated rows. A conditional GAN's discriminators also learn that real
     * rows paired with another row's condition are not real (the matching-aware discriminator of Reed et al. 2016: the
     * generated and the mismatched terms count half each), so that judging the pairing, not only the rows, pays.
     */
    double discriminatorStep(List<Discriminator> critics, INDArray real, INDArray fake, INDArray conditions, SplittableRandom random) {
        boolean conditional = conditions != null;
        INDArray rows = conditional ? Nd4j.vstack(real, fake, real) : Nd4j.vstack(real, fake);
        INDArray cond = conditional ? Nd4j.vstack(conditions, conditions, rolled(conditions)) : null;
        int n = (int) real.rows() / settings.pack();
        double loss = 0;
        for (int k = 0; k < critics.size(); k++) {
            Mlp d = critics.get(k).network();
            INDArray input = pack(critics.get(k).input(rows, cond));
            INDArray scores = d.forward(input, true);
            ScoreGradient r = objective.discriminatorOnReal(k, scores.get(NDArrayIndex.interval(0, n)).dup());
            ScoreGradient f = objective.discriminatorOnFake(k, scores.get(NDArrayIndex.interval(n, 2 * n)).dup());
            // each term is a mean over its rows; the sum is the discriminator's loss
            if (conditional) {
                ScoreGradient m = objective.discriminatorOnFake(k, scores.get(NDArrayIndex.interval(2 * n, 3 * n)).dup());
                d.backwardForStep(Nd4j.vstack(r.gradient(), f.gradient().muli(0.5), m.gradient().muli(0.5)));
                loss += r.loss() + (f.loss() + m.loss()) / 2;
            } else {
                d.backwardForStep(Nd4j.vstack(r.gradient(), f.gradient()));
                loss += r.loss() + f.loss();
            }
            if (objective.gradientPenalty() > 0) {
                loss += penalise(d, input.get(NDArrayIndex.interval(0, 2 * n)), n, random);
            }
            d.step();
        }
        return loss / critics.size();
    }

    /** @return the conditions shifted by one row: each real row paired with another row's condition */
    private static INDArray rolled(INDArray conditions) {
        int rows = (int) conditions.rows();
        return Nd4j.vstack(conditions.get(NDArrayIndex.interval(1, rows)), conditions.get(NDArrayIndex.interval(0, 1)));
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

    /**
     * One generator step against every discriminator (and, for a conditional GAN, towards its conditions by the
     * {@code guide}, else null); @return the combined adversarial loss (see {@link #weights})
     */
    double generatorStep(Mlp generator, List<Discriminator> critics, PropertyGuide guide, StraightThroughGumbel sample, INDArray conditions,
            int classes) {
        INDArray rows = sample.hard();
        ScoreGradient[] terms = new ScoreGradient[critics.size()];
        double[] losses = new double[critics.size()];
        for (int k = 0; k < critics.size(); k++) {
            terms[k] = objective.generator(k, critics.get(k).network().forward(pack(critics.get(k).input(rows, conditions)), true));
            losses[k] = terms[k].loss();
        }
        double[] w = weights(losses);
        INDArray dRows = null;
        double loss = 0;
        for (int k = 0; k < critics.size(); k++) {
            INDArray dPacked = critics.get(k).network().backward(terms[k].gradient().mul(w[k]));
            INDArray dInput = dPacked.reshape('c', rows.rows(), dPacked.length() / rows.rows());
            INDArray d = critics.get(k).rowsGradient(rows, dInput, conditions != null);
            dRows = dRows == null ? d : dRows.addi(d);
            loss += w[k] * losses[k];
        }
        if (guide != null) {
            dRows.addi(guide.generatorGradient(rows, values(conditions)));
        }
        generator.backwardForStep(sample.backward(dRows, classes));
        generator.step();
        return loss;
    }

    /**
     * @return the weights of the generator's losses against each discriminator: D2GAN's sum (all 1), their mean, or
     *         GMAN's softmax of the losses (λ = 1: the discriminator the generator fools least counts most)
     */
    double[] weights(double[] losses) {
        double[] w = new double[losses.length];
        if (GanObjectives.D2GAN.equals(settings.loss())) {
            Arrays.fill(w, 1);
        } else if (GanObjectives.SOFTMAX.equals(settings.combine())) {
            double max = Arrays.stream(losses).max().orElse(0);
            double sum = 0;
            for (int k = 0; k < w.length; k++) {
                w[k] = Math.exp(losses[k] - max);
                sum += w[k];
            }
            for (int k = 0; k < w.length; k++) {
                w[k] /= sum;
            }
        } else {
            Arrays.fill(w, 1.0 / losses.length);
        }
        return w;
    }

    private INDArray generatorInput(SplittableRandom random, INDArray conditions) {
        INDArray z = Randoms.gaussian(random, settings.batch(), settings.noise());
        return conditions == null ? z : Nd4j.hstack(z, conditions.castTo(z.dataType()));
    }

    /** @return the standardised values (rows × 1): the first of the condition features */
    private static INDArray values(INDArray conditions) {
        return conditions.get(NDArrayIndex.all(), NDArrayIndex.interval(0, 1)).dup();
    }

    private static float[] standardised(double[] values, PropertyScale scale) {
        float[] c = new float[values.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = (float) scale.apply(values[i]);
        }
        return c;
    }

    private static INDArray batchConditions(float[] conditions, int[] order, int from, int to) {
        float[] v = new float[to - from];
        for (int i = from; i < to; i++) {
            v[i - from] = conditions[order[i]];
        }
        return ConditionFeatures.of(v);
    }

    private INDArray pack(INDArray rows) {
        int p = settings.pack();
        return p == 1 ? rows : rows.reshape('c', rows.rows() / p, rows.columns() * p);
    }
}
