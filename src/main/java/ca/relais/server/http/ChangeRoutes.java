package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.Json;
import ca.relais.server.auth.Principal;
import ca.relais.server.sync.EventHub;
import ca.relais.server.sync.FeedService;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The pull feed and its Server-Sent Events twin. */
public final class ChangeRoutes {
    private static final Access[] SYNC = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR, Access.OMBUDSMAN};
    /** Leaves the response stream open: Javalin finishes it (and its compression) after the handler. */
    private static final ObjectWriter PAGE_WRITER = Json.mapper().writer()
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final FeedService feed;
    private final EventHub hub;

    public ChangeRoutes(FeedService feed, EventHub hub) {
        this.feed = feed;
        this.hub = hub;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.CHANGES, this::changes, SYNC);
        app.sse(ApiPaths.EVENTS, client -> {
            Context ctx = client.ctx();
            String since = ctx.header("Last-Event-ID");
            if (since == null) {
                since = ctx.queryParam("since");
            }
            long position = since == null ? feed.position(feed.cursorAt(0)) : feed.position(since);
            hub.subscribe(client, Authentication.principal(ctx), ctx.ip(), position);
        }, SYNC);
    }

    private void changes(Context ctx) {
        Principal p = Authentication.principal(ctx);
        long after = feed.position(ctx.queryParam("since"));
        int limit = Query.intParam(ctx, "limit", 500, 1, 1000);
        FeedService.FeedPage page = feed.page(p, after, limit, ctx.ip());
        try {
            // Streamed into the (compressing) response: a page of up to 1,000 records is never held whole in memory,
            // which halves what a page allocates and so how often a synchronising server collects garbage.
            ctx.contentType("application/json");
            PAGE_WRITER.writeValue(ctx.outputStream(), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
