package org.matforge.models.lib.nn;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.matforge.commons.nn.Mlp;

/** A network as the bytes of a model-file entry (DL4J's ModelSerializer format, without updater state). */
public final class NetworkBytes {
    private NetworkBytes() {
    }

    /** @return the serialised network */
    public static byte[] write(Mlp mlp) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelSerializer.writeModel(mlp.network(), out, false);
        return out.toByteArray();
    }

    /**
     * @param bytes an entry written by {@link #write}
     * @param name  the entry's name, for the message
     * @throws IOException naming the entry when the bytes are not a DL4J network
     */
    public static Mlp read(byte[] bytes, String name) throws IOException {
        try {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
            return Mlp.wrap(net);
        } catch (IOException | RuntimeException e) {
            throw new IOException("model file entry '" + name + "' is not a readable DL4J network: " + e.getMessage(), e);
        }
    }
}
