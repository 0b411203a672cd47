package org.matforge.models.lib.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A loss term on discriminator scores and its gradient with respect to those scores.
 *
 * @param loss     the mean loss over the rows
 * @param gradient d loss / d score, one per row (already divided by the number of rows)
 */
public record ScoreGradient(double loss, INDArray gradient) {
}
