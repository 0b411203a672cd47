package org.matforge.commons.adapter;

import java.util.List;

import org.matforge.api.data.ParameterSchema;
import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/** Base of the DS components: a thin adapter that forwards to a plain-Java screen. */
public abstract class DelegatingScreen implements Screen {
    private final Screen delegate;

    protected DelegatingScreen(Screen delegate) {
        this.delegate = delegate;
    }

    @Override
    public final List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        return delegate.screen(candidates, parameters, context);
    }

    @Override
    public final ParameterSchema parameters() {
        return delegate.parameters();
    }
}
