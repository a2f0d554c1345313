package ca.relais.server.http;

import ca.relais.domain.Role;
import ca.relais.server.ops.ServerMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /metrics} in the Prometheus text format. Readable by an admin's session, or by the scrape token the
 * operators configured for Prometheus; nobody else.
 */
public final class MetricsRoutes {
    public static final String PATH = "/metrics";
    private final ServerMetrics metrics;
    private final Authentication authentication;
    private final byte[] scrapeToken;

    public MetricsRoutes(ServerMetrics metrics, Authentication authentication, String scrapeToken) {
        this.metrics = metrics;
        this.authentication = authentication;
        this.scrapeToken = scrapeToken == null ? null : scrapeToken.getBytes(StandardCharsets.UTF_8);
    }

    public void register(Javalin app) {
        app.get(PATH, this::scrape, Access.ANYONE);
    }

    private void scrape(Context ctx) {
        if (!presentsScrapeToken(ctx) && !authentication.authenticate(ctx).has(Role.ADMIN)) {
            throw ProblemException.forbidden("Only an admin, or Prometheus with the scrape token, may read metrics.");
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    private boolean presentsScrapeToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (scrapeToken == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(scrapeToken, header.substring(7).trim().getBytes(StandardCharsets.UTF_8));
    }
}
