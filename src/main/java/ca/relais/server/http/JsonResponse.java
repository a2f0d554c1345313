package ca.relais.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sends a JSON answer. A small one (every create, update and replay) is written straight to the response with its
 * length: Javalin would otherwise copy it through a fresh 8 KB buffer per answer, the largest allocation of a create.
 * A large one goes through Javalin, which compresses it for clients that accept gzip.
 */
public final class JsonResponse {
    /** Below Javalin's minimum size for compression, so nothing is lost by bypassing it. */
    static final int DIRECT_LIMIT = 1_400;

    private JsonResponse() {
    }

    public static void send(Context ctx, String body) {
        send(ctx, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(Context ctx, byte[] body) {
        ctx.contentType("application/json");
        if (body.length >= DIRECT_LIMIT || "HEAD".equals(ctx.method().name())) {
            ctx.result(body);
            return;
        }
        try {
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
