package org.matforge.orchestrator.internal.engine;

/** A step cannot go on; the message says why in words fit for the user (it becomes the run's failure message). */
public class StepException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong */
    public StepException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying error */
    public StepException(String message, Throwable cause) {
        super(message, cause);
    }
}
