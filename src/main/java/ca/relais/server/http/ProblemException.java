package ca.relais.server.http;

import ca.relais.api.Json;
import ca.relais.api.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Ends a request with an RFC 9457 problem. */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final String type;
    private final transient List<Problem.FieldError> errors;
    private final transient JsonNode current;

    public ProblemException(int status, String type, String title, String detail,
                            List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? null : List.copyOf(errors);
        this.current = null;
    }

    private ProblemException(ProblemException base, JsonNode current) {
        super(base.getMessage());
        this.status = base.status;
        this.type = base.type;
        this.title = base.title;
        this.errors = base.errors;
        this.current = current;
    }

    /** The same problem carrying the entity as it is now (412 answers), so the client can show both sides. */
    public ProblemException withCurrent(Object entity) {
        return new ProblemException(this, Json.mapper().valueToTree(entity));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "Bad request", detail, null);
    }

    public static ProblemException validation(List<Problem.FieldError> errors) {
        return new ProblemException(422, "validation", "Validation failed",
                "One or more fields are invalid.", errors);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public Problem toProblem(String instance) {
        return new Problem(Problems.TYPE_BASE + type, title, status, getMessage(), instance, errors, current);
    }

    public int status() {
        return status;
    }
}
