package org.matforge.spi.task;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Given to a plug-in for one long call (loading, training, sampling, screening): report progress, notice
 * cancellation, leave log lines for the run. Implementations are thread-safe; a plug-in that works in parallel
 * may call them from any thread.
 */
@ProviderType
public interface TaskContext {
    /**
     * Reports progress of this call.
     *
     * @param fraction done so far, in [0, 1]
     * @param message  what is happening now, e.g. "epoch 12/100, loss 0.31"
     */
    void progress(double fraction, String message);

    /** Adds a line to the run's log. */
    void log(String message);

    /** @return whether the run was cancelled; long loops should check it at least once a second */
    boolean isCancelled();

    /** @throws CancelledException when the run was cancelled */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** @return a context that ignores progress and logs and is never cancelled, for plain unit tests and scripts */
    static TaskContext unobserved() {
        return new TaskContext() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public void log(String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
