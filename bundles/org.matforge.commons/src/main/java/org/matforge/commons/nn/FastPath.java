package org.matforge.commons.nn;

import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.regularization.Regularization;

/**
 * The training path of {@link Mlp} for networks of dense layers with Adam: the same maths as DL4J's
 * {@code feedForward} / {@code backpropGradient} / updater (z = x·W + b, the layer's own activation and its backprop,
 * DL4J's regularization objects applied before or after the update as DL4J applies them, Adam with DL4J's bias
 * correction and epsilon placement), run as a fixed sequence of gemm and in-place ops on buffers kept per batch size,
 * with the parameters still in the network's flattened {@code params()}. Weight gradients are computed only when a
 * step needs them, the input gradient only when the caller asks for it. Adam runs as one loop over the flat
 * parameter, gradient and moment vectors (the native {@code AdamUpdater} op took 2.5× as long on a 1.7 M-parameter
 * critic).
 */
final class FastPath {
    private static final int KEPT_BATCH_SIZES = 4;

    private final MultiLayerNetwork net;
    private final DataType type;
    private final int layers;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final IActivation[] activations;
    private final INDArray gradient;
    private final INDArray[] weightGradients;
    private final INDArray[] biasGradients;
    private final INDArray[] biasGradientRows;
    private final long[] offsets;
    private final float[] m32;
    private final float[] v32;
    private final double[] m64;
    private final double[] v64;
    private final float[] p32;
    private final float[] g32;
    private final Map<Integer, Buffers> buffers = new LinkedHashMap<>(8, 0.75f, true);
    private Buffers last;
    private INDArray input;
    private boolean backwardDone = true;
    private boolean gradientReady;
    private boolean pending;

    private FastPath(MultiLayerNetwork net) {
        this.net = net;
        this.type = net.params().dataType();
        this.layers = net.getnLayers();
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        activations = new IActivation[layers];
        weightGradients = new INDArray[layers];
        biasGradients = new INDArray[layers];
        biasGradientRows = new INDArray[layers];
        offsets = new long[layers + 1];
        long n = net.params().length();
        gradient = Nd4j.create(type, 1, n);
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            DenseLayer conf = (DenseLayer) net.getLayer(l).conf().getLayer();
            weights[l] = net.getParam(l + "_W");
            biases[l] = net.getParam(l + "_b");
            activations[l] = conf.getActivationFn();
            long nIn = weights[l].rows();
            long nOut = weights[l].columns();
            offsets[l] = offset;
            weightGradients[l] = gradient.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + nIn * nOut)).reshape('f', nIn, nOut);
            offset += nIn * nOut;
            biasGradientRows[l] = gradient.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + nOut)).reshape('c', 1, nOut);
            biasGradients[l] = biasGradientRows[l].reshape('c', biases[l].shape());
            offset += nOut;
        }
        offsets[layers] = offset;
        boolean single = type == DataType.FLOAT;
        m32 = single ? new float[(int) n] : null;
        v32 = single ? new float[(int) n] : null;
        int largestLayer = 0;
        for (int l = 0; l < layers; l++) {
            largestLayer = Math.max(largestLayer, (int) (offsets[l + 1] - offsets[l]));
        }
        p32 = single ? new float[largestLayer] : null;
        g32 = single ? new float[largestLayer] : null;
        m64 = single ? null : new double[(int) n];
        v64 = single ? null : new double[(int) n];
    }

    /** @return the fast path for {@code net}, or null when its configuration is one this path does not reproduce */
    static FastPath of(MultiLayerNetwork net) {
        DataType type = net.params().dataType();
        if ((type != DataType.FLOAT && type != DataType.DOUBLE) || net.params().offset() != 0 || net.params().length() > Integer.MAX_VALUE
                || !net.getLayerWiseConfigurations().getInputPreProcessors().isEmpty()) {
            return null;
        }
        long offset = 0;
        for (int l = 0; l < net.getnLayers(); l++) {
            if (!(net.getLayer(l).conf().getLayer() instanceof DenseLayer d) || !d.hasBias() || d.hasLayerNorm() || d.getIDropout() != null
                    || d.getWeightNoise() != null || !(d.getIUpdater() instanceof Adam adam) || adam.getLearningRateSchedule() != null
                    || (d.getBiasUpdater() != null && !d.getBiasUpdater().equals(adam))
                    || (d.getGradientNormalization() != null && d.getGradientNormalization() != GradientNormalization.None)) {
                return null;
            }
            INDArray w = net.getParam(l + "_W");
            INDArray b = net.getParam(l + "_b");
            // the flattened layout this path relies on: per layer W (column-major nIn × nOut), then b
            if (w.ordering() != 'f' || w.offset() != offset || b.offset() != offset + w.length()) {
                return null;
            }
            offset += w.length() + b.length();
        }
        return offset == net.params().length() ? new FastPath(net) : null;
    }

    /** Buffers for one batch size: pre-activations, activations and their gradients per layer. */
    private final class Buffers implements AutoCloseable {
        final int rows;
        final INDArray[] z = new INDArray[layers];
        final INDArray[] a = new INDArray[layers];
        final INDArray[] delta = new INDArray[layers];
        final INDArray[] dA = new INDArray[layers];
        final INDArray ones;

        Buffers(int rows) {
            this.rows = rows;
            for (int l = 0; l < layers; l++) {
                long width = weights[l].columns();
                z[l] = Nd4j.create(type, new long[] {rows, width}, 'c');
                a[l] = l == layers - 1 ? z[l] : Nd4j.create(type, new long[] {rows, width}, 'c');
                dA[l] = Nd4j.create(type, new long[] {rows, width}, 'c');
            }
            ones = Nd4j.ones(type, 1, rows);
        }

        @Override
        public void close() {
            for (int l = 0; l < layers; l++) {
                z[l].close();
                if (a[l] != z[l]) {
                    a[l].close();
                }
                dA[l].close();
            }
            ones.close();
        }
    }

    private Buffers buffers(int rows) {
        Buffers b = buffers.get(rows);
        if (b == null) {
            if (buffers.size() == KEPT_BATCH_SIZES) {
                var eldest = buffers.entrySet().iterator().next();
                if (eldest.getValue() != last) {
                    eldest.getValue().close();
                }
                buffers.remove(eldest.getKey());
            }
            b = new Buffers(rows);
            buffers.put(rows, b);
        }
        return b;
    }

    /** @return the outputs (a new array the caller owns) */
    INDArray forward(INDArray x, boolean train) {
        INDArray in = x.dataType() == type ? x : x.castTo(type);
        Buffers b = buffers((int) in.rows());
        INDArray h = in;
        for (int l = 0; l < layers; l++) {
            Nd4j.gemm(h, weights[l], b.z[l], false, false, 1.0, 0.0);
            b.z[l].addiRowVector(biases[l]);
            if (l < layers - 1) {
                b.a[l].assign(b.z[l]);
                b.a[l] = activations[l].getActivation(b.a[l], train);
            }
            h = b.a[l];
        }
        input = in;
        last = b;
        backwardDone = false;
        return b.a[layers - 1].dup();
    }

    /**
     * Back-propagates {@code dOutput} through the last forward pass.
     *
     * @return the gradient w.r.t. the inputs (a new array), or null when {@code inputGradient} is false
     */
    INDArray backward(INDArray dOutput, boolean inputGradient) {
        if (last == null || backwardDone) {
            throw new IllegalStateException("backward() needs a forward() of its own");
        }
        Buffers b = last;
        if (dOutput.rows() != b.rows || dOutput.columns() != weights[layers - 1].columns()) {
            throw new IllegalArgumentException("backward(): the output gradient is " + dOutput.rows() + " × " + dOutput.columns()
                    + ", the outputs " + b.rows + " × " + weights[layers - 1].columns());
        }
        b.delta[layers - 1] = b.dA[layers - 1].assign(dOutput);
        for (int l = layers - 1; l > 0; l--) {
            INDArray dPrevious = Nd4j.gemm(b.delta[l], weights[l], b.dA[l - 1], false, true, 1.0, 0.0);
            // the pre-activation buffer is not needed after this: DL4J's in-place backprops may overwrite it
            b.delta[l - 1] = activations[l - 1].backprop(b.z[l - 1], dPrevious).getFirst();
        }
        backwardDone = true;
        gradientReady = false;
        pending = true;
        if (!inputGradient) {
            return null;
        }
        INDArray dx = Nd4j.create(type, new long[] {b.rows, weights[0].rows()}, 'c');
        return Nd4j.gemm(b.delta[0], weights[0], dx, false, true, 1.0, 0.0);
    }

    /** Adds {@code dWeights} to layer {@code layer}'s weight gradient of the last backward pass. */
    void addWeightGradient(int layer, INDArray dWeights) {
        if (!pending) {
            throw new IllegalStateException("addWeightGradient() without backward()");
        }
        parameterGradient();
        weightGradients[layer].addi(dWeights.castTo(type));
    }

    private void parameterGradient() {
        if (gradientReady) {
            return;
        }
        Buffers b = last;
        for (int l = 0; l < layers; l++) {
            Nd4j.gemm(l == 0 ? input : b.a[l - 1], b.delta[l], weightGradients[l], true, false, 1.0, 0.0);
            Nd4j.gemm(b.ones, b.delta[l], biasGradientRows[l], false, false, 1.0, 0.0);
        }
        gradientReady = true;
    }

    /** Applies the parameter gradient of the last backward pass (DL4J's regularization and Adam). */
    void step(int iteration) {
        if (!pending) {
            throw new IllegalStateException("step() without backward()");
        }
        parameterGradient();
        INDArray params = net.params();
        for (int l = 0; l < layers; l++) {
            DenseLayer conf = (DenseLayer) net.getLayer(l).conf().getLayer();
            Adam adam = (Adam) conf.getIUpdater();
            double lr = adam.getLearningRate(iteration, 0);
            INDArray w = weights[l];
            INDArray b = biases[l];
            regularize(conf.getRegularization(), Regularization.ApplyStep.BEFORE_UPDATER, w, weightGradients[l], lr, iteration);
            regularize(conf.getRegularizationBias(), Regularization.ApplyStep.BEFORE_UPDATER, b, biasGradients[l], lr, iteration);
            boolean post = hasPost(conf.getRegularization()) || hasPost(conf.getRegularizationBias());
            int from = (int) offsets[l];
            int to = (int) offsets[l + 1];
            if (type == DataType.FLOAT) {
                adam32(params, from, to, adam, lr, iteration, !post);
            } else {
                adam64(params, from, to, adam, lr, iteration, !post);
            }
            if (post) {
                regularize(conf.getRegularization(), Regularization.ApplyStep.POST_UPDATER, w, weightGradients[l], lr, iteration);
                regularize(conf.getRegularizationBias(), Regularization.ApplyStep.POST_UPDATER, b, biasGradients[l], lr, iteration);
                w.subi(weightGradients[l]);
                b.subi(biasGradients[l]);
            }
        }
        gradientReady = false;
        pending = false;
    }

    private static boolean hasPost(List<Regularization> regularizations) {
        return regularizations != null && regularizations.stream().anyMatch(r -> r.applyStep() == Regularization.ApplyStep.POST_UPDATER);
    }

    private static void regularize(List<Regularization> regularizations, Regularization.ApplyStep when, INDArray param, INDArray grad,
            double lr, int iteration) {
        if (regularizations != null) {
            for (Regularization r : regularizations) {
                if (r.applyStep() == when) {
                    r.apply(param, grad, lr, iteration, 0);
                }
            }
        }
    }

    /**
     * libnd4j's adamUpdater in float: m ← β1·m + g·(1−β1), v ← β2·v + g²·(1−β2), update = m·α_t / (√v + ε) with
     * α_t = lr·√(1−β2^t)/(1−β1^t), t = iteration + 1 (ε when α_t is 0 or not finite); the update is subtracted from
     * the parameters ({@code apply}) or left in the gradient for post-update regularization.
     */
    private void adam32(INDArray params, int from, int to, Adam adam, double lr, int iteration, boolean apply) {
        FloatBuffer p = params.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        FloatBuffer g = gradient.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer();
        float beta1 = (float) adam.getBeta1();
        float beta2 = (float) adam.getBeta2();
        float epsilon = (float) adam.getEpsilon();
        float t = iteration + 1;
        float beta1T = (float) Math.pow(beta1, t);
        float beta2T = (float) Math.pow(beta2, t);
        float alpha = (float) ((float) lr * (float) Math.sqrt(1.0 - beta2T) / (1.0 - beta1T));
        if (Float.isNaN(alpha) || alpha == 0 || Float.isInfinite(alpha)) {
            alpha = epsilon;
        }
        float oneMinusBeta1 = 1 - beta1;
        float oneMinusBeta2 = 1 - beta2;
        float[] m = m32;
        float[] v = v32;
        // bulk copies to and from heap arrays: the loop below then vectorises, one over the direct buffers does not
        float[] pa = p32;
        float[] ga = g32;
        int n = to - from;
        g.get(from, ga, 0, n);
        if (apply) {
            p.get(from, pa, 0, n);
            for (int i = 0; i < n; i++) {
                float gi = ga[i];
                float mi = beta1 * m[from + i] + gi * oneMinusBeta1;
                float vi = beta2 * v[from + i] + gi * gi * oneMinusBeta2;
                m[from + i] = mi;
                v[from + i] = vi;
                pa[i] -= mi * alpha / ((float) Math.sqrt(vi) + epsilon);
            }
            p.put(from, pa, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                float gi = ga[i];
                float mi = beta1 * m[from + i] + gi * oneMinusBeta1;
                float vi = beta2 * v[from + i] + gi * gi * oneMinusBeta2;
                m[from + i] = mi;
                v[from + i] = vi;
                ga[i] = mi * alpha / ((float) Math.sqrt(vi) + epsilon);
            }
            g.put(from, ga, 0, n);
        }
    }

    /** {@link #adam32} in double precision. */
    private void adam64(INDArray params, int from, int to, Adam adam, double lr, int iteration, boolean apply) {
        DoubleBuffer p = params.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        DoubleBuffer g = gradient.data().asNio().order(ByteOrder.nativeOrder()).asDoubleBuffer();
        double beta1 = adam.getBeta1();
        double beta2 = adam.getBeta2();
        double epsilon = adam.getEpsilon();
        double t = iteration + 1;
        double alpha = lr * Math.sqrt(1.0 - Math.pow(beta2, t)) / (1.0 - Math.pow(beta1, t));
        if (Double.isNaN(alpha) || alpha == 0 || Double.isInfinite(alpha)) {
            alpha = epsilon;
        }
        double[] m = m64;
        double[] v = v64;
        for (int i = from; i < to; i++) {
            double gi = g.get(i);
            double mi = beta1 * m[i] + gi * (1 - beta1);
            double vi = beta2 * v[i] + gi * gi * (1 - beta2);
            m[i] = mi;
            v[i] = vi;
            double update = mi * alpha / (Math.sqrt(vi) + epsilon);
            if (apply) {
                p.put(i, p.get(i) - update);
            } else {
                g.put(i, update);
            }
        }
    }
}
