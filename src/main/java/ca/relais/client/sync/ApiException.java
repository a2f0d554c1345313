package ca.relais.client.sync;

import ca.relais.api.Problem;

/** The server answered, and refused: a definite answer that retrying will not change. */
public final class ApiException extends Exception {
    private final int status;
    private final transient Problem problem;

    public ApiException(int status, Problem problem) {
        super(problem != null && problem.detail() != null ? problem.detail() : "HTTP " + status);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }
}
