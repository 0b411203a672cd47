package org.matforge.datasources.internal.builtin;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The data bundles on the test class path (the shipped org.matforge.data.matbench, a test dependency) as a shelf. */
public final class ClassPathBundles {
    private ClassPathBundles() {
    }

    /** @return a builtin source serving the data bundles on the class path */
    public static BuiltinSource source() {
        DataShelf shelf = new DataShelf();
        try {
            if (DataBundles.addFromClassPath(ClassPathBundles.class.getClassLoader(), shelf) == 0) {
                throw new IllegalStateException("no data bundle on the test class path");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuiltinSource(shelf);
    }
}
