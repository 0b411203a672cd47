package org.matforge.commons.adapter;

import java.util.List;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.FeatureMatrix;
import org.matforge.spi.featurizer.Featurizer;
import org.matforge.spi.task.TaskContext;

/** Base of the thin DS adapters: every call goes to a plain featurizer. */
public abstract class DelegatingFeaturizer implements Featurizer {
    private final Featurizer delegate;

    protected DelegatingFeaturizer(Featurizer delegate) {
        this.delegate = delegate;
    }

    /** @return the plain featurizer behind this service */
    protected Featurizer delegate() {
        return delegate;
    }

    @Override
    public List<String> labels() {
        return delegate.labels();
    }

    @Override
    public void featurize(Composition composition, double[] target, int offset) {
        delegate.featurize(composition, target, offset);
    }

    @Override
    public FeatureMatrix featurizeAll(List<Composition> compositions, TaskContext context) {
        return delegate.featurizeAll(compositions, context);
    }
}
