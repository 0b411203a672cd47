package org.matforge.datasources.internal.builtin;

import java.io.IOException;
import java.io.InputStream;

/**
 * One data file of a data bundle.
 *
 * @param id     the dataset id workflows name ({@code expt-gap})
 * @param bundle the data bundle's symbolic name
 * @param path   the file's path in the bundle
 * @param file   opens the file's bytes
 */
public record ShippedDataset(String id, String bundle, String path, Opener file) {
    /** Opens a data file. */
    @FunctionalInterface
    public interface Opener {
        /** @return the file's bytes, from the start @throws IOException when it cannot be read */
        InputStream open() throws IOException;
    }

    /** @return {@code bundle/path}, for messages */
    public String where() {
        return bundle + "/" + path;
    }
}
