package org.matforge.commons.nn;

import org.deeplearning4j.nn.api.Updater;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A multilayer perceptron whose loss is computed outside the network: the caller runs {@link #forward}, computes
 * the gradient of its own loss with respect to the outputs, calls {@link #backward} (which returns the gradient
 * with respect to the inputs) and {@link #step}. This one path serves every model here — GAN generator and
 * discriminators (the generator's gradient is the discriminator's input gradient), VAE encoder/decoder, ensemble
 * members with MSE or Gaussian-NLL heads — and gives input gradients for attribution methods such as integrated
 * gradients. The last layer is linear; output non-linearities belong to the caller's loss.
 * <p>
 * Networks of dense layers with Adam (and any DL4J regularization, e.g. L2 or decoupled {@code WeightDecay}) train on
 * {@link FastPath}: the same maths as DL4J's, without its per-step allocations. {@link #forward} then returns a new
 * array the caller owns and that is kept valid until the caller closes it; one {@link #backward} belongs to each
 * forward pass. Other configurations (dropout, weight noise, schedules, other layers or updaters) train on DL4J's
 * own path. {@link #output} always runs DL4J's inference.
 */
public final class Mlp {
    private final MultiLayerNetwork net;
    private final boolean tryFastPath;
    private FastPath fast;
    private boolean fastChecked;
    private int iteration;

    private Mlp(MultiLayerNetwork net, boolean tryFastPath) {
        this.net = net;
        this.tryFastPath = tryFastPath;
    }

    /**
     * @return the fast path, built at the first training call (its gradient and Adam moments are as large as the
     *         parameters, so networks that only predict — loaded models, per-thread copies — never hold them); null
     *         when DL4J's own path trains this network
     */
    private FastPath fastPath() {
        if (!fastChecked) {
            fast = tryFastPath ? FastPath.of(net) : null;
            fastChecked = true;
        }
        return fast;
    }

    /**
     * @param seed       weight-initialisation seed
     * @param inputs     input width
     * @param hidden     widths of the hidden layers
     * @param outputs    output width (linear)
     * @param activation hidden-layer activation
     * @param adam       optimiser settings
     * @param l2         weight decay, 0 for none
     * @return a new, initialised network (float32)
     */
    public static Mlp create(long seed, int inputs, int[] hidden, int outputs, Activation activation, Adam adam, double l2) {
        return create(seed, inputs, hidden, outputs, activation, adam, l2, DataType.FLOAT);
    }

    /** As {@link #create(long, int, int[], int, Activation, Adam, double)} with another data type (tests: DOUBLE). */
    public static Mlp create(long seed, int inputs, int[] hidden, int outputs, Activation activation, Adam adam, double l2,
            DataType dataType) {
        return create(seed, inputs, hidden, outputs, activation, adam, new Options(l2, 0, 0, WeightInit.XAVIER), dataType);
    }

    /**
     * How a network is initialised and its training regularised.
     *
     * @param l2          L2 penalty added to the gradient (before Adam), 0 for none
     * @param weightDecay decoupled weight decay (AdamW: parameters shrink by learning rate × weightDecay per step, after
     *                    Adam), 0 for none
     * @param dropout     probability of dropping each hidden activation in training (not in inference), 0 for none
     * @param weightInit  initial weights (biases start at 0), e.g. {@code XAVIER} or {@code UNIFORM} (U(±1/√fan-in),
     *                    PyTorch's default for linear layers)
     */
    public record Options(double l2, double weightDecay, double dropout, WeightInit weightInit) {
        /** Checks the ranges. */
        public Options {
            if (!(l2 >= 0) || !(weightDecay >= 0) || !(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("l2 and weightDecay ≥ 0, dropout in [0, 1); got " + l2 + ", " + weightDecay
                        + ", " + dropout);
            }
        }
    }

    /** As {@link #create(long, int, int[], int, Activation, Adam, double)} with initialisation and regularisation options. */
    public static Mlp create(long seed, int inputs, int[] hidden, int outputs, Activation activation, Adam adam,
            Options options, DataType dataType) {
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .weightInit(options.weightInit())
                .updater(adam)
                .l2(options.l2())
                .trainingWorkspaceMode(WorkspaceMode.NONE)
                .inferenceWorkspaceMode(WorkspaceMode.NONE);
        if (options.weightDecay() > 0) {
            builder.weightDecay(options.weightDecay(), true);
        }
        NeuralNetConfiguration.ListBuilder list = builder.list();
        int in = inputs;
        for (int i = 0; i < hidden.length; i++) {
            list.layer(dropped(new DenseLayer.Builder(), i > 0 ? options.dropout() : 0).nIn(in).nOut(hidden[i])
                    .activation(activation).build());
            in = hidden[i];
        }
        list.layer(dropped(new DenseLayer.Builder(), hidden.length > 0 ? options.dropout() : 0).nIn(in).nOut(outputs)
                .activation(Activation.IDENTITY).build());
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return wrap(net);
    }

    /** DL4J drops a layer's inputs and takes the probability of keeping them. */
    private static DenseLayer.Builder dropped(DenseLayer.Builder layer, double dropout) {
        return dropout > 0 ? layer.dropOut(1 - dropout) : layer;
    }

    /** @return an Mlp around a restored network (its last layer must be a linear dense layer) */
    public static Mlp wrap(MultiLayerNetwork net) {
        return wrap(net, true);
    }

    /**
     * @param fast whether to train with {@link FastPath} when it supports the network's configuration (else, and for
     *             {@code false}, DL4J's own feedForward / backpropGradient / updater run every step)
     */
    static Mlp wrap(MultiLayerNetwork net, boolean fast) {
        net.initGradientsView();
        return new Mlp(net, fast);
    }

    /** @return whether training runs the fast path (dense layers, Adam: every network MatForge builds) */
    public boolean fast() {
        return fastPath() != null;
    }

    /**
     * Forward pass that keeps the layer inputs for a following {@link #backward}.
     *
     * @param x     rows of inputs
     * @param train training mode
     * @return the outputs
     */
    public INDArray forward(INDArray x, boolean train) {
        if (fastPath() != null) {
            return fast.forward(x, train);
        }
        net.setInput(x);
        java.util.List<INDArray> activations = net.feedForward(train, false);
        return activations.get(activations.size() - 1);
    }

    /** @return the outputs for {@code x} in inference mode (keeps nothing for backward) */
    public INDArray output(INDArray x) {
        return net.output(x, false);
    }

    /**
     * Back-propagates {@code dOutput} (gradient of the caller's loss w.r.t. the outputs of the last
     * {@link #forward}) and keeps the parameter gradient for {@link #step}.
     *
     * @return the gradient w.r.t. the inputs (a copy)
     */
    public INDArray backward(INDArray dOutput) {
        if (fastPath() != null) {
            return fast.backward(dOutput, true);
        }
        Pair<Gradient, INDArray> p = net.backpropGradient(dOutput, LayerWorkspaceMgr.noWorkspaces());
        pending = p.getFirst();
        return p.getSecond().dup();
    }

    /** As {@link #backward} for a following {@link #step} only: the input gradient is not computed. */
    public void backwardForStep(INDArray dOutput) {
        if (fastPath() != null) {
            fast.backward(dOutput, false);
        } else {
            backward(dOutput).close();
        }
    }

    private Gradient pending;

    /**
     * Adds a further loss term's gradient for layer {@code layer}'s weight matrix (e.g. a gradient penalty computed
     * in closed form) to the parameter gradient of the last {@link #backward}, before {@link #step}.
     */
    public void addWeightGradient(int layer, INDArray dWeights) {
        if (fastPath() != null) {
            fast.addWeightGradient(layer, dWeights);
            return;
        }
        if (pending == null) {
            throw new IllegalStateException("addWeightGradient() without backward()");
        }
        INDArray view = pending.getGradientFor(layer + "_W");
        view.addi(dWeights.castTo(view.dataType()));
    }

    /** Applies the parameter gradient of the last {@link #backward} with the network's Adam updater. */
    public void step() {
        if (fastPath() != null) {
            fast.step(iteration++);
            return;
        }
        if (pending == null) {
            throw new IllegalStateException("step() without backward()");
        }
        Updater updater = net.getUpdater(true);
        updater.update(net, pending, iteration++, 0, 1, LayerWorkspaceMgr.noWorkspaces());
        net.params().subi(pending.gradient());
        pending = null;
    }

    /** Sets the Adam learning rate of every layer from the next {@link #step} on (Adam's moment estimates are kept). */
    public void setLearningRate(double learningRate) {
        net.setLearningRate(learningRate);
    }

    /** @return the underlying network, for saving */
    public MultiLayerNetwork network() {
        return net;
    }

    /** @return a copy of all parameters, e.g. to restore the best epoch after early stopping */
    public INDArray copyParams() {
        return net.params().dup();
    }

    /** Sets all parameters from a copy made by {@link #copyParams()}. */
    public void restoreParams(INDArray params) {
        net.params().assign(params);
    }

    /** @return input width */
    public int inputs() {
        return (int) net.layerInputSize(0);
    }

    /** @return the values of {@code a} in row-major order */
    public static float[] values(INDArray a) {
        try (INDArray copy = a.dup('c')) {
            return copy.reshape(copy.length()).toFloatVector();
        }
    }

    /** @return output width */
    public int outputs() {
        return (int) net.layerSize(net.getnLayers() - 1);
    }
}
