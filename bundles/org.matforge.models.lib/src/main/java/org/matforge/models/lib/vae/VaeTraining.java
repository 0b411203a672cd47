package org.matforge.models.lib.vae;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashSet;
import java.util.Optional;
import java.util.SplittableRandom;

import org.matforge.api.chem.Composition;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.codec.PropertyScale;
import org.matforge.models.lib.codec.SampleQuality;
import org.matforge.models.lib.codec.TrainingLog;
import org.matforge.models.lib.nn.GroupedSoftmax;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.spi.task.TaskContext;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains a VAE over the element × count representation (Kingma &amp; Welling 2014); with property values, a
 * conditional VAE (Sohn et al. 2015) whose encoder and decoder both see the standardised property. Loss per row:
 * categorical cross-entropy of every element's count + β·KL(q(z|x) ‖ N(0, I)), β warmed up linearly, with a
 * free-bits floor per latent dimension against posterior collapse.
 */
public final class VaeTraining {
    private static final int PROBE_DRAWS = 500;
    private final VaeSettings settings;

    /** @param settings the options */
    public VaeTraining(VaeSettings settings) {
        this.settings = settings;
    }

    /**
     * @param data     encoded compositions (with {@code property} values for a CVAE)
     * @param property the property's name for a CVAE, or null
     * @param log      receives curves and metrics
     * @param context  progress and cancellation
     * @return the trained sampler
     */
    public VaeSampler train(EncodedCompositions data, String property, TrainingLog log, TaskContext context) {
        VaeSettings s = settings;
        boolean conditional = property != null;
        int width = data.codec().width();
        int classes = data.codec().classes();
        int c = conditional ? 1 : 0;
        Adam adam = new Adam(s.learningRate());
        int[] reversed = new int[s.layers().length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = s.layers()[s.layers().length - 1 - i];
        }
        Mlp encoder = Mlp.create(s.seed(), width + c, s.layers(), 2 * s.latent(), Activation.LEAKYRELU, adam, 0);
        Mlp decoder = Mlp.create(s.seed() + 1, s.latent() + c, reversed, width, Activation.LEAKYRELU, adam, 0);
        PropertyScale scale = conditional ? PropertyScale.fit(property, data.property()) : null;
        float[] cond = null;
        if (conditional) {
            cond = new float[data.size()];
            for (int i = 0; i < cond.length; i++) {
                cond[i] = (float) scale.apply(data.property()[i]);
            }
        }
        VaeSampler sampler = new VaeSampler(encoder, decoder, data.codec(), s.latent(), scale, s.sampling());
        HashSet<Composition> known = new HashSet<>(data.compositions());
        SplittableRandom random = new SplittableRandom(s.seed());
        int[] order = Randoms.identity(data.size());
        int steps = Math.max(1, data.size() / s.batch());
        long trainingNanos = 0;
        long trainingCpuNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (s.warmup() > s.epochs()) {
            context.log(String.format("vae: the KL warm-up (%d epochs) is longer than the training (%d epochs): β only reaches %.2f",
                    s.warmup(), s.epochs(), s.beta() * s.epochs() / s.warmup()));
        }
        for (int epoch = 1; epoch <= s.epochs(); epoch++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            Randoms.shuffle(order, random);
            double beta = s.warmup() == 0 ? s.beta() : s.beta() * Math.min(1.0, (double) epoch / s.warmup());
            double recon = 0;
            double kl = 0;
            for (int step = 0; step < steps; step++) {
                context.checkCancelled();
                int from = step * s.batch();
                int to = Math.min(data.size(), from + s.batch());
                INDArray x = data.batch(order, from, to);
                INDArray cb = null;
                if (conditional) {
                    float[] v = new float[to - from];
                    for (int i = from; i < to; i++) {
                        v[i - from] = cond[order[i]];
                    }
                    cb = Nd4j.create(v, new long[] {to - from, 1}, 'c');
                }
                double[] losses = step(encoder, decoder, x, cb, beta, random, classes);
                recon += losses[0];
                kl += losses[1];
            }
            trainingNanos += System.nanoTime() - start;
            trainingCpuNanos += threads.getCurrentThreadCpuTime() - cpuStart;
            log.add("reconstruction", recon / steps);
            log.add("kl", kl / steps);
            SampleQuality q = SampleQuality.measure(sampler.draw(PROBE_DRAWS, s.seed() + epoch, Optional.empty()), known, null);
            log.add("empty", q.empty());
            log.add("unique", q.unique());
            log.add("novel", q.novel());
            String line = String.format("VAE epoch %d/%d: reconstruction %.4f, KL %.4f (β %.2f), probe %s", epoch, s.epochs(),
                    recon / steps, kl / steps, beta, q);
            context.log(line);
            context.progress((double) epoch / s.epochs(), line);
        }
        log.metric("step_ms", trainingNanos / 1e6 / ((double) steps * s.epochs()));
        log.metric("step_thread_cpu_ms", trainingCpuNanos / 1e6 / ((double) steps * s.epochs()));
        log.metric("epochs", s.epochs());
        return sampler;
    }

    private double[] step(Mlp encoder, Mlp decoder, INDArray x, INDArray c, double beta, SplittableRandom random, int classes) {
        int n = (int) x.rows();
        int latent = settings.latent();
        INDArray encoded = encoder.forward(c == null ? x : Nd4j.hstack(x, c), true);
        INDArray mu = encoded.get(NDArrayIndex.all(), NDArrayIndex.interval(0, latent)).dup();
        INDArray logVar = encoded.get(NDArrayIndex.all(), NDArrayIndex.interval(latent, 2 * latent)).dup();
        Transforms.max(logVar, -10, false);
        Transforms.min(logVar, 10, false);
        INDArray sigma = Transforms.exp(logVar.mul(0.5), false);
        INDArray eps = Randoms.gaussian(random, n, latent);
        INDArray z = mu.add(sigma.mul(eps));
        INDArray logits = decoder.forward(c == null ? z : Nd4j.hstack(z, c), true);
        INDArray probs = GroupedSoftmax.forward(logits, classes);
        // cross-entropy summed over elements, mean over rows; d/dlogits = (p − x)/n
        double recon = -Transforms.log(probs.add(1e-7), false).muli(x).sumNumber().doubleValue() / n;
        INDArray dLogits = probs.sub(x).divi(n);
        INDArray dDecoderIn = decoder.backward(dLogits);
        decoder.step();
        INDArray dz = dDecoderIn.get(NDArrayIndex.all(), NDArrayIndex.interval(0, latent)).dup();
        // KL = −½ Σ (1 + logσ² − μ² − σ²), mean over rows
        INDArray var = sigma.mul(sigma);
        double kl = -0.5 * logVar.add(1).subi(mu.mul(mu)).subi(var).sumNumber().doubleValue() / n;
        // free bits (Kingma et al. 2016): a latent dimension whose batch-mean KL is below the floor gets no KL gradient,
        // so the encoder keeps information in the latent instead of collapsing it onto the prior
        INDArray klPerDimension = mu.mul(mu).addi(var).subi(1).subi(logVar).muli(0.5).mean(0);
        INDArray active = klPerDimension.gt(settings.freeBits()).castTo(mu.dataType()).reshape(1, latent);
        INDArray dMu = dz.add(mu.mul(beta / n).muliRowVector(active));
        INDArray dLogVar = dz.mul(eps).muli(sigma).muli(0.5).addi(var.sub(1).muli(0.5 * beta / n).muliRowVector(active));
        encoder.backwardForStep(Nd4j.hstack(dMu, dLogVar));
        encoder.step();
        return new double[] {recon, kl};
    }
}
