package org.matforge.spi.model;

import java.io.IOException;
import java.io.InputStream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads model files written by {@link SavableModel#save}. Register an implementation as a service annotated with
 * {@link TrainerInfo} naming the file format it reads.
 */
@ConsumerType
public interface ModelLoader {
    /**
     * @param in a whole model file; left open
     * @return a {@link TrainedPredictor} or a {@link TrainedGenerator}
     * @throws IOException when the file is corrupt, of an unknown format version, or of an unknown kind, with a
     *                     message that says which
     */
    SavableModel load(InputStream in) throws IOException;
}
