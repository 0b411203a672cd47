package org.matforge.spi.task;

/** Thrown by {@link TaskContext#checkCancelled()} to unwind a plug-in call whose run was cancelled. */
public class CancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public CancelledException() {
        super("cancelled");
    }
}
