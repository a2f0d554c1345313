package ca.relais.server.http;

import ca.relais.server.store.PageCursor;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Query parameters, read strictly: a bad value is a 400 that names the parameter. */
public final class Query {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Query() {
    }

    public static int limit(Context ctx) {
        return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw invalid(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw invalid(name, "must be an integer");
        }
    }

    public static long offset(Context ctx) {
        long offset = PageCursor.decode(ctx.queryParam("cursor"));
        if (offset < 0) {
            throw invalid("cursor", "is not a cursor this server issued");
        }
        return offset;
    }

    public static UUID uuid(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parseUuid(raw.strip(), name);
    }

    public static UUID pathUuid(Context ctx) {
        String raw = ctx.pathParam("id");
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No resource " + raw);
        }
    }

    public static Instant instant(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(raw.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw invalid(name, "must be an ISO-8601 instant such as 2026-11-29T13:00:00Z");
            }
        }
    }

    public static String text(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw invalid(name, "must have at most " + maxLength + " characters");
        }
        return raw.strip();
    }

    private static UUID parseUuid(String raw, String name) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    public static ProblemException invalid(String name, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", name + " " + message,
                java.util.List.of(new ca.relais.api.Problem.FieldError(name, message, "invalid")));
    }

    /** Reads {@code If-Match}: 428 when missing, 412-ready version otherwise. */
    public static long ifMatch(Context ctx) {
        String raw = ctx.header("If-Match");
        if (raw == null || raw.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "Send If-Match with the ETag you read, so concurrent changes are not lost.", null);
        }
        String v = raw.strip();
        if (v.startsWith("W/")) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "Weak ETags are not accepted; send the strong ETag.", null);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "If-Match does not name a version of this resource.", null);
        }
    }
}
