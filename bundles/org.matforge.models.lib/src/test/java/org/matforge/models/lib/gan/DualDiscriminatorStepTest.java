package org.matforge.models.lib.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.matforge.api.data.Parameters;
import org.matforge.commons.nn.Mlp;
import org.matforge.commons.nn.Randoms;
import org.matforge.models.lib.nn.StraightThroughGumbel;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

/** D2GAN inside the real training step: both discriminators learn every step, and the generator's loss uses both. */
class DualDiscriminatorStepTest {
    private static final int CLASSES = 3;
    private static final int WIDTH = 4 * CLASSES;

    @Test
    void bothDiscriminatorsAreUpdatedEachStepAndTheGeneratorIsScoredByBoth() {
        GanSettings settings = GanSettings.DEFAULTS.with(Parameters.of(Map.of("discriminators", 2, "pack", 2, "seed", 3)));
        GanObjective objective = GanObjectives.of(settings);
        GanTraining training = new GanTraining(settings, objective);
        Adam adam = new Adam(1e-3, 0.5, 0.999, 1e-8);
        Mlp generator = Mlp.create(1, 8, new int[] {16}, WIDTH, Activation.LEAKYRELU, adam, 0);
        List<Mlp> critics = List.of(Mlp.create(2, WIDTH * 2, new int[] {16}, 1, Activation.LEAKYRELU, adam, 0),
                Mlp.create(3, WIDTH * 2, new int[] {16}, 1, Activation.LEAKYRELU, adam, 0));
        SplittableRandom random = new SplittableRandom(5);
        INDArray real = StraightThroughGumbel.sample(Randoms.gaussian(random, 8, WIDTH), CLASSES, 1.0, random).hard();
        INDArray fake = StraightThroughGumbel.sample(generator.output(Randoms.gaussian(random, 8, 8)), CLASSES, 1.0, random).hard();

        INDArray[] before = {critics.get(0).copyParams(), critics.get(1).copyParams()};
        training.discriminatorStep(critics, real, fake, random);
        for (int k = 0; k < 2; k++) {
            assertNotEquals(before[k], critics.get(k).copyParams(), "discriminator " + (k + 1) + " was not updated");
        }

        INDArray logits = generator.forward(Randoms.gaussian(random, 8, 8), true);
        StraightThroughGumbel sample = StraightThroughGumbel.sample(logits, CLASSES, 1.0, random);
        INDArray packed = sample.hard().reshape('c', 4, WIDTH * 2);
        double expected = (objective.generator(0, critics.get(0).output(packed)).loss()
                + objective.generator(1, critics.get(1).output(packed)).loss()) / 2;
        INDArray generatorBefore = generator.copyParams();
        double loss = training.generatorStep(generator, critics, sample, CLASSES);
        assertEquals(expected, loss, 1e-5 * Math.max(1, Math.abs(expected)));
        assertNotEquals(objective.generator(0, critics.get(0).output(packed)).loss(),
                objective.generator(1, critics.get(1).output(packed)).loss(), "the two terms differ, so the mean uses both");
        assertNotEquals(generatorBefore, generator.copyParams());
    }
}
