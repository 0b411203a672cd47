package org.matforge.server.internal.api;

import java.util.List;

import org.matforge.api.workflow.WorkflowProblem;

/**
 * A request the API refuses, with the HTTP status, a stable code and a message for people; {@code problems} lists
 * several problems, each at its JSON path. Rendered as {@code {"error": {...}}}, never with a stack trace.
 */
public final class ApiException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<WorkflowProblem> problems;
    private final long retryAfterSeconds;

    public ApiException(int status, String code, String message) {
        this(status, code, message, List.of(), 0);
    }

    public ApiException(int status, String code, String message, List<WorkflowProblem> problems) {
        this(status, code, message, problems, 0);
    }

    public ApiException(int status, String code, String message, List<WorkflowProblem> problems, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** A 400 naming the field at {@code path}. */
    public static ApiException badField(String code, String path, String message) {
        return new ApiException(400, code, path + ": " + message, List.of(new WorkflowProblem(path, message)));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<WorkflowProblem> problems() {
        return problems;
    }

    /** @return seconds for a {@code Retry-After} header, 0 for none */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
