package org.matforge.server.itest;

import java.util.Collections;
import java.util.List;

import org.matforge.api.data.Parameters;
import org.matforge.api.discovery.Candidate;
import org.matforge.api.discovery.ScreenResult;
import org.matforge.spi.screen.Screen;
import org.matforge.spi.task.TaskContext;

/** A screen that takes {@code seconds} before passing everything, checking for cancellation: keeps runs busy for the queue tests. */
public class SlowScreen implements Screen {
    @Override
    public List<ScreenResult> screen(List<Candidate> candidates, Parameters parameters, TaskContext context) {
        long end = System.nanoTime() + (long) (parameters.number("seconds", 60) * 1e9);
        while (System.nanoTime() < end) {
            context.checkCancelled();
            context.progress(0.5, "slow screen waiting");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return Collections.nCopies(candidates.size(), ScreenResult.pass("slowly"));
    }
}
