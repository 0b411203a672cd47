package org.matforge.spi.model;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.annotation.versioning.ConsumerType;

/** A trained model that writes itself, networks and {@link ModelMetadata}, into one file a {@link ModelLoader} reads. */
@ConsumerType
public interface SavableModel {
    /** @return what the model says about itself */
    ModelMetadata metadata();

    /**
     * Writes the whole model (the conventional file extension is {@code .mfm}).
     *
     * @param out the stream; left open
     * @throws IOException when writing fails
     */
    void save(OutputStream out) throws IOException;
}
