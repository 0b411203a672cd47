package org.matforge.spi.model;

import org.matforge.spi.predictor.PropertyPredictor;
import org.osgi.annotation.versioning.ConsumerType;

/** A property predictor returned by a {@link PredictorTrainer} or a {@link ModelLoader}, ready to predict and to save. */
@ConsumerType
public interface TrainedPredictor extends PropertyPredictor, SavableModel {
}
