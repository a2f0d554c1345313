package ca.relais.server.open311;

import ca.relais.api.AddressDto;
import ca.relais.api.CatalogueDto;
import ca.relais.api.EventDto;
import ca.relais.server.RelaisServer;
import ca.relais.server.http.Access;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.PublicRequestStore;
import ca.relais.server.store.RequestRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Open311 GeoReport v2 under {@value #BASE}: public reads, and request creation with an API key. */
public final class Open311Routes {
    public static final String BASE = "/open311/v2";
    static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
    static final String CHANGESET = "2026-11-25T00:00:00-05:00";
    private static final Logger LOG = LoggerFactory.getLogger(Open311Routes.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Database db;
    private final CatalogueStore catalogues;
    private final CatalogueCache catalogue;
    private final AddressStore addresses;
    private final PublicRequestStore publicRequests;
    private final Open311Submission submission;
    private final Clock clock;

    public Open311Routes(Database db, CatalogueStore catalogues, CatalogueCache catalogue, AddressStore addresses,
                         PublicRequestStore publicRequests, Open311Submission submission, Clock clock) {
        this.db = db;
        this.catalogues = catalogues;
        this.catalogue = catalogue;
        this.addresses = addresses;
        this.publicRequests = publicRequests;
        this.submission = submission;
        this.clock = clock;
    }

    /** A handler that knows the answer format. */
    @FunctionalInterface
    private interface Action {
        void handle(Context ctx, Open311Format format) throws Exception;
    }

    public void register(Javalin app) {
        Open311Updates updates = new Open311Updates(db, publicRequests, clock, this::jurisdiction);
        app.get(BASE + "/discovery.{format}", wrap(this::discovery), Access.ANYONE);
        app.get(BASE + "/services.{format}", wrap(this::services), Access.ANYONE);
        app.get(BASE + "/services/{code}.{format}", wrap(this::definition), Access.ANYONE);
        app.get(BASE + "/requests.{format}", wrap(this::list), Access.ANYONE);
        app.post(BASE + "/requests.{format}", wrap(this::create), Access.ANYONE);
        app.get(BASE + "/requests/{id}.{format}", wrap(this::one), Access.ANYONE);
        app.get(BASE + "/tokens/{token}.{format}", wrap(this::token), Access.ANYONE);
        app.get(BASE + "/servicerequestupdates.{format}", wrap(updates::updates), Access.ANYONE);
        for (HandlerType method : List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
                HandlerType.DELETE)) {
            app.addHttpHandler(method, "/open311/*", wrap((ctx, f) -> {
                throw Open311Exception.notFound("No Open311 method " + ctx.method() + " " + ctx.path());
            }), Access.ANYONE);
        }
    }

    private Handler wrap(Action action) {
        return ctx -> {
            String extension = ctx.pathParamMap().get("format");
            Open311Format format = extension == null
                    ? (ctx.path().endsWith(".xml") ? Open311Format.XML : Open311Format.JSON)
                    : Open311Format.of(extension).orElse(null);
            if (format == null) {
                Open311Output.sendErrors(ctx, Open311Format.JSON, 404, List.of("Unknown format ." + cut(extension)
                        + "; use .json or .xml"));
                return;
            }
            try {
                action.handle(ctx, format);
            } catch (Open311Exception e) {
                Open311Output.sendErrors(ctx, format, e.status(), e.descriptions());
            } catch (ProblemException e) {
                int status = e.status() == 403 || e.status() == 404 ? e.status() : 400;
                Open311Output.sendErrors(ctx, format, status, List.of(Objects.toString(e.getMessage(), "")));
            } catch (HttpResponseException e) {
                Open311Output.sendErrors(ctx, format, e.getStatus() == 404 ? 404 : 400, List.of(e.getStatus() == 413
                        ? "The body is larger than " + RelaisServer.MAX_BODY_BYTES + " bytes" : e.getMessage()));
            } catch (Exception e) {
                LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), ca.relais.domain.LogSafe.redact(e));
                Open311Output.sendErrors(ctx, format, 500, List.of("The server could not complete the request."));
            }
        };
    }

    /** The tenant named by {@code jurisdiction_id}, or the default one; 404 for one this server does not serve. */
    String jurisdiction(String requested) {
        if (requested == null || requested.isBlank()) {
            return catalogues.defaultJurisdiction()
                    .orElseThrow(() -> Open311Exception.notFound("jurisdiction_id: this server serves none yet"));
        }
        String id = requested.strip();
        if (id.length() > 100 || !catalogues.jurisdictionExists(id)) {
            throw Open311Exception.notFound("jurisdiction_id: " + cut(id) + " is not served here");
        }
        return id;
    }

    private void discovery(Context ctx, Open311Format format) {
        String host = ctx.host() == null ? "localhost" : ctx.host();
        ObjectNode out = NODES.objectNode().put("changeset", CHANGESET)
                .put("contact", "Pour toute question, composez le 311. / For any question, call 311.")
                .put("key_service", "Les clés d'API sont remises par l'administration du 311 / API keys are issued "
                        + "by the city's 311 administration.");
        ObjectNode endpoint = out.putArray("endpoints").addObject()
                .put("specification", SPECIFICATION)
                .put("url", ctx.scheme() + "://" + host + BASE)
                .put("changeset", CHANGESET)
                .put("type", "production");
        endpoint.putArray("formats").add("application/json").add("text/xml");
        Open311Output.send(ctx, format, 200, "discovery", out);
    }

    private void services(Context ctx, Open311Format format) {
        String j = jurisdiction(ctx.queryParam("jurisdiction_id"));
        CatalogueDto cat = catalogue.catalogue(j);
        Open311Output.send(ctx, format, 200, "services",
                new Open311Views(cat, Open311Query.locale(ctx)).services(cat.items()));
    }

    private void definition(Context ctx, Open311Format format) {
        String j = jurisdiction(ctx.queryParam("jurisdiction_id"));
        String code = ctx.pathParam("code");
        CatalogueDto.ServiceDto type = catalogue.type(j, code)
                .orElseThrow(() -> Open311Exception.notFound("service_code: " + cut(code) + " is not a service of "
                        + j));
        Open311Output.send(ctx, format, 200, "service_definition",
                new Open311Views(catalogue.catalogue(j), Open311Query.locale(ctx)).definition(type));
    }

    private void list(Context ctx, Open311Format format) {
        String j = jurisdiction(ctx.queryParam("jurisdiction_id"));
        List<String> ids = Open311Query.list(ctx, "service_request_id", 40);
        PublicRequestStore.Search search;
        if (!ids.isEmpty()) {
            search = identity(ids);
        } else {
            Open311Query.Window w = Open311Query.window(ctx, clock);
            search = new PublicRequestStore.Search(List.of(), List.of(), Open311Query.list(ctx, "service_code", 60),
                    Open311Query.statuses(ctx), w.from(), w.to());
        }
        int size = Open311Query.pageSize(ctx);
        long offset = (long) (Open311Query.page(ctx) - 1) * size;
        Locale locale = Open311Query.locale(ctx);
        boolean extensions = Open311Query.extensions(ctx);
        ArrayNode out = db.read(c -> render(c, j, locale, publicRequests.search(c, j, search, size, offset),
                extensions));
        Open311Output.send(ctx, format, 200, "service_requests", out);
    }

    private void one(Context ctx, Open311Format format) {
        String j = jurisdiction(ctx.queryParam("jurisdiction_id"));
        String id = ctx.pathParam("id");
        Locale locale = Open311Query.locale(ctx);
        boolean extensions = Open311Query.extensions(ctx);
        ArrayNode out = db.read(c -> render(c, j, locale, publicRequests.search(c, j, identity(List.of(id)), 1, 0),
                extensions));
        if (out.isEmpty()) {
            throw Open311Exception.notFound("service_request_id: no service request " + cut(id));
        }
        Open311Output.send(ctx, format, 200, "service_requests", out);
    }

    private void token(Context ctx, Open311Format format) {
        String j = jurisdiction(ctx.queryParam("jurisdiction_id"));
        String token = ctx.pathParam("token");
        UUID id = uuid(token);
        List<RequestRow> rows = id == null ? List.of() : db.read(c -> publicRequests.search(c, j,
                new PublicRequestStore.Search(List.of(), List.of(id), List.of(), List.of(), null, null), 1, 0));
        if (rows.isEmpty()) {
            throw Open311Exception.notFound("token: no service request for token " + cut(token));
        }
        ArrayNode out = NODES.arrayNode();
        out.addObject().put("service_request_id", rows.get(0).number()).put("token", id.toString());
        Open311Output.send(ctx, format, 200, "service_requests", out);
    }

    private void create(Context ctx, Open311Format format) throws IOException {
        FormBody form = FormBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(),
                (int) RelaisServer.MAX_BODY_BYTES);
        String j = jurisdiction(first(form.first("jurisdiction_id"), ctx.queryParam("jurisdiction_id")));
        submission.authorise(first(form.first("api_key"), ctx.queryParam("api_key")), j);
        Locale locale = Open311Query.locale(ctx);
        Open311Submission.Created created = submission.submit(form, j, locale, ctx.ip());
        Open311Views views = new Open311Views(catalogue.catalogue(j), locale);
        ArrayNode out = NODES.arrayNode();
        out.addObject()
                .put("service_request_id", created.request().number())
                .put("token", created.request().id().toString())
                .put("service_notice", catalogue.type(j, created.request().typeCode())
                        .filter(t -> created.request().dueAt() != null).map(views::serviceNotice).orElse(null))
                .put("account_id", created.callerId() == null ? null : created.callerId().toString());
        Open311Output.send(ctx, format, 200, "service_requests", out);
    }

    /** Renders requests with their PUBLIC history and the postal code of their civic address. */
    ArrayNode render(Connection c, String j, Locale locale, List<RequestRow> rows, boolean extensions)
            throws SQLException {
        Map<UUID, List<EventDto>> history = publicRequests.publicHistory(c, rows.stream().map(RequestRow::id)
                .toList());
        Map<String, AddressDto> register = addresses.findAll(c, rows.stream().map(RequestRow::addressId)
                .filter(Objects::nonNull).distinct().toList());
        Open311Views views = new Open311Views(catalogue.catalogue(j), locale);
        ArrayNode out = NODES.arrayNode();
        for (RequestRow r : rows) {
            AddressDto address = r.addressId() == null ? null : register.get(r.addressId());
            out.add(views.request(r, history.getOrDefault(r.id(), List.of()),
                    address == null ? null : address.postalCode(), extensions));
        }
        return out;
    }

    private static PublicRequestStore.Search identity(List<String> ids) {
        List<UUID> uuids = ids.stream().map(Open311Routes::uuid).filter(Objects::nonNull).toList();
        List<String> numbers = ids.stream().filter(s -> uuid(s) == null && s.length() <= 20).toList();
        if (uuids.isEmpty() && numbers.isEmpty()) {
            numbers = List.of("");
        }
        return new PublicRequestStore.Search(numbers, uuids, List.of(), List.of(), null, null);
    }

    private static UUID uuid(String s) {
        try {
            return s.length() == 36 ? UUID.fromString(s) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : (b == null || b.isBlank() ? null : b.strip());
    }

    static String cut(String s) {
        return s == null ? "" : s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
