package org.matforge.commons.adapter;

import java.util.List;
import java.util.Optional;

import org.matforge.api.chem.Composition;
import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.spi.model.GeneratorTrainer;
import org.matforge.spi.model.PropertyValues;
import org.matforge.spi.model.TrainedGenerator;
import org.matforge.spi.task.TaskContext;

/** Base of the DS components of generator trainers: a thin adapter that forwards to a plain-Java trainer. */
public abstract class DelegatingGeneratorTrainer implements GeneratorTrainer {
    private final GeneratorTrainer delegate;

    protected DelegatingGeneratorTrainer(GeneratorTrainer delegate) {
        this.delegate = delegate;
    }

    @Override
    public final TrainedGenerator train(List<Composition> compositions, Optional<PropertyValues> property, String id,
            Parameters parameters, TaskContext context) {
        return delegate.train(compositions, property, id, parameters, context);
    }

    @Override
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
