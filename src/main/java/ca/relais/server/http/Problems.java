package ca.relais.server.http;

import ca.relais.api.Json;
import ca.relais.api.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into an {@code application/problem+json} body. */
public final class Problems {
    public static final String TYPE_BASE = "https://relais.ca/problems/";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static void install(Javalin app) {
        app.exception(ProblemException.class, (e, ctx) -> write(ctx, e.toProblem(ctx.path())));
        app.exception(JsonProcessingException.class, (e, ctx) -> write(ctx, new Problem(TYPE_BASE + "malformed-json",
                "Malformed JSON", 400, "The body is not valid JSON for this resource: "
                + e.getOriginalMessage(), ctx.path(), null)));
        app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, new Problem(TYPE_BASE + "http-" + e.getStatus(),
                reason(e.getStatus()), e.getStatus(), e.getMessage(), ctx.path(), null)));
        app.exception(ca.relais.server.store.StoreException.class, (e, ctx) -> {
            if (e.getCause() instanceof java.sql.SQLTransientConnectionException) {
                ctx.header("Retry-After", "1");
                write(ctx, new Problem(TYPE_BASE + "busy", "Server busy", 503,
                        "The server is saturated; retry in a moment.", ctx.path(), null));
                return;
            }
            LOG.error("Database error on {} {}", ctx.method(), ctx.path(), ca.relais.domain.LogSafe.redact(e));
            write(ctx, new Problem(TYPE_BASE + "internal", "Internal error", 500,
                    "The server could not complete the request.", ctx.path(), null));
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), ca.relais.domain.LogSafe.redact(e));
            write(ctx, new Problem(TYPE_BASE + "internal", "Internal error", 500,
                    "The server could not complete the request.", ctx.path(), null));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, new Problem(TYPE_BASE + "not-found", "Not found", 404,
                        "No resource at " + ctx.path(), ctx.path(), null));
            }
        });
        app.error(405, ctx -> write(ctx, new Problem(TYPE_BASE + "method-not-allowed", "Method not allowed", 405,
                ctx.method() + " is not allowed on " + ctx.path(), ctx.path(), null)));
    }

    public static void write(Context ctx, Problem problem) {
        ctx.status(problem.status());
        try {
            ctx.contentType(Problem.MEDIA_TYPE).result(Json.mapper().writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            case 415 -> "Unsupported media type";
            case 429 -> "Too many requests";
            default -> "HTTP " + status;
        };
    }

    /** Javalin's JSON mapper bound to the shared wire mapping. */
    public static JavalinJackson jsonMapper() {
        return new JavalinJackson(Json.mapper(), false);
    }
}
