package org.matforge.datasources.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.matforge.spi.task.TaskContext;

/** A task context that keeps the log lines, for tests that check what a data source reported. */
public final class RecordingContext implements TaskContext {
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void progress(double fraction, String message) {
    }

    @Override
    public void log(String message) {
        log.add(message);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** @return the log lines so far */
    public List<String> log() {
        return List.copyOf(log);
    }
}
