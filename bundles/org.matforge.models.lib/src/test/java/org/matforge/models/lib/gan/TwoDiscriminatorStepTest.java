package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.matforge.api.chem.Composition;
import org.matforge.api.chem.Element;
import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.models.lib.codec.CompositionCodec;
import org.matforge.models.lib.codec.EncodedCompositions;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The source design's GAN inside the real training step: with {@code discriminators: 2} both discriminators learn
 * real against generated with the standard loss every step (the second on the chemistry view), and the generator's
 * loss is the mean — or GMAN's softmax-weighted sum — of its standard losses against both.
 */
class TwoDiscriminatorStepTest {
    private static final List<String> REAL = List.of("Li2O", "Fe2O3", "LiFeO2", "FePO4", "Li3PO4", "LiFePO4", "Fe3O4", "P2O5");
    private static final CompositionCodec CODEC = new CompositionCodec(List.of(Element.Li, Element.O, Element.P, Element.Fe), 5, 4);
    private static final int PACK = 2;

    @Test
    void bothDiscriminatorsLearnRealAgainstGeneratedWithTheStandardLossEveryStep() {
        GanTraining training = training(Map.of("discriminators", 2, "pack", PACK, "seed", 3));
        List<Discriminator> critics = training.discriminators(data(), 0, new Adam(1e-3, 0.5, 0.999, 1e-8));
        assertNull(critics.get(0).view(), "the first discriminator judges the encoding");
        assertEquals(2 * (ChemistryView.PROPERTIES.size() + 2) * PACK, critics.get(1).network().inputs(), "the second judges the chemistry view");
        SplittableRandom random = new SplittableRandom(5);
        INDArray real = data().batch(Randoms.identity(REAL.size()), 0, REAL.size());
        INDArray fake = StraightThroughGumbel.sample(Randoms.gaussian(random, REAL.size(), CODEC.width()), CODEC.classes(), 1.0, random).hard();

        double[] before = new double[2];
        INDArray[] params = new INDArray[2];
        for (int k = 0; k < 2; k++) {
            before[k] = standardLoss(critics.get(k), real, fake);
            params[k] = critics.get(k).network().copyParams();
        }
        double loss = training.discriminatorStep(critics, real, fake, null, random);

        assertEquals((before[0] + before[1]) / 2, loss, 1e-5, "the step's loss is each discriminator's −[log D(x) + log(1 − D(G(z)))]");
        for (int k = 0; k < 2; k++) {
            assertNotEquals(params[k], critics.get(k).network().copyParams(), "discriminator " + (k + 1) + " was not updated");
            double after = standardLoss(critics.get(k), real, fake);
            assertTrue(after < before[k], "discriminator " + (k + 1) + " tells real from generated better: " + before[k] + " → " + after);
        }
    }

    @Test
    void theGeneratorMinimisesTheMeanOfItsStandardLossesAgainstBoth() {
        checkGeneratorLoss(Map.of("discriminators", 2, "pack", PACK, "seed", 3), w -> new double[] {0.5, 0.5});
    }

    @Test
    void gmanWeighsTheDiscriminatorTheGeneratorFoolsLeastMost() {
        checkGeneratorLoss(Map.of("discriminators", 2, "pack", PACK, "seed", 3, "combine", "softmax"), losses -> {
            double e0 = Math.exp(losses[0]);
            double e1 = Math.exp(losses[1]);
            return new double[] {e0 / (e0 + e1), e1 / (e0 + e1)};
        });
    }

    @Test
    void d2ganKeepsItsOwnObjectiveOnTheEncodingAndSumsItsGeneratorTerms() {
        GanTraining training = training(Map.of("discriminators", 2, "loss", "d2gan", "pack", PACK, "seed", 3));
        List<Discriminator> critics = training.discriminators(data(), 0, new Adam(1e-3));
        assertNull(critics.get(1).view(), "D2GAN's second discriminator judges the encoding");
        assertEquals(List.of(1.0, 1.0), List.of(training.weights(new double[] {0.3, 2})[0], training.weights(new double[] {0.3, 2})[1]));
    }

    private interface Weights {
        double[] of(double[] losses);
    }

    private static void checkGeneratorLoss(Map<String, Object> parameters, Weights expectedWeights) {
        GanTraining training = training(parameters);
        List<Discriminator> critics = training.discriminators(data(), 0, new Adam(1e-3, 0.5, 0.999, 1e-8));
        Mlp generator = Mlp.create(1, 8, new int[] {16}, CODEC.width(), Activation.LEAKYRELU, new Adam(1e-3, 0.5, 0.999, 1e-8), 0);
        SplittableRandom random = new SplittableRandom(7);
        StraightThroughGumbel sample = StraightThroughGumbel.sample(generator.forward(Randoms.gaussian(random, REAL.size(), 8), true),
                CODEC.classes(), 1.0, random);
        double[] losses = new double[2];
        for (int k = 0; k < 2; k++) {
            // the non-saturating generator loss −log D(G(z)) = softplus(−s)
            losses[k] = softplus(scores(critics.get(k), sample.hard()).neg());
        }
        assertNotEquals(losses[0], losses[1], 1e-6, "the two discriminators judge differently, so the combination uses both");
        double[] w = expectedWeights.of(losses);
        INDArray generatorBefore = generator.copyParams();
        double loss = training.generatorStep(generator, critics, null, sample, null, CODEC.classes());
        assertEquals(w[0] * losses[0] + w[1] * losses[1], loss, 1e-5);
        assertNotEquals(generatorBefore, generator.copyParams());
        INDArray fromChemistry = critics.get(1).rowsGradient(sample.hard(),
                critics.get(1).network().backward(Transforms.sigmoid(scores(critics.get(1), sample.hard()), true).subi(1))
                        .reshape('c', REAL.size(), critics.get(1).view().width()), false);
        assertTrue(fromChemistry.norm2Number().doubleValue() > 0, "the chemistry discriminator's gradient reaches the generator's rows");
    }

    /** −[mean log σ(s_real) + mean log(1 − σ(s_fake))], computed here from the scores */
    private static double standardLoss(Discriminator d, INDArray real, INDArray fake) {
        return softplus(scores(d, real).neg()) + softplus(scores(d, fake));
    }

    private static INDArray scores(Discriminator d, INDArray rows) {
        INDArray in = d.input(rows, null);
        return d.network().forward(in.reshape('c', in.rows() / PACK, in.columns() * PACK), true);
    }

    private static double softplus(INDArray s) {
        return Transforms.softPlus(s, true).meanNumber().doubleValue();
    }

    private static GanTraining training(Map<String, Object> parameters) {
        Map<String, Object> small = new HashMap<>(parameters);
        small.put("discriminatorLayers", "16");
        GanSettings settings = GanSettings.DEFAULTS.with(Parameters.of(small));
        return new GanTraining(settings, GanObjectives.of(settings), null);
    }

    private static EncodedCompositions data() {
        return EncodedCompositions.of(REAL.stream().map(Composition::parse).toList(), null, CODEC);
    }
}
