package org.matforge.commons.adapter;

import java.io.IOException;
import java.io.InputStream;

import org.matforge.spi.model.ModelLoader;
import org.matforge.spi.model.SavableModel;

/** Base of the DS components of model loaders: a thin adapter that forwards to a plain-Java loader. */
public abstract class DelegatingModelLoader implements ModelLoader {
    private final ModelLoader delegate;

    protected DelegatingModelLoader(ModelLoader delegate) {
        this.delegate = delegate;
    }

    @Override
    public final SavableModel load(InputStream in) throws IOException {
        return delegate.load(in);
    }
}
