package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.PageDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.Role;
import ca.relais.server.auth.Principal;
import ca.relais.server.requests.BulkActions;
import ca.relais.server.requests.RequestMerge;
import ca.relais.server.requests.RequestService;
import ca.relais.server.requests.RequestViews;
import ca.relais.server.requests.RequestWorkflow;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.Database;
import ca.relais.server.store.RequestFilter;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import ca.relais.server.store.UserDirectory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Requests: list and filter, read with history, create, update, notes, handoffs, and the inbox actions. */
public final class RequestRoutes {
    private static final Access[] READ = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR, Access.OMBUDSMAN};
    private static final Access[] WRITE = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR};
    private static final Access[] ACCEPT = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR, Access.ADMIN};
    private final Database db;
    private final RequestStore requests;
    private final RequestService service;
    private final RequestWorkflow workflow;
    private final Writes writes;
    private final AuditLog audit;
    private final ca.relais.server.store.CallerStore callers;
    private final RequestMerge merge;
    private final BulkActions bulk;
    private final UserDirectory users;

    public RequestRoutes(Database db, RequestStore requests, RequestService service, RequestWorkflow workflow,
                         Writes writes, AuditLog audit, ca.relais.server.store.CallerStore callers,
                         RequestMerge merge, BulkActions bulk, UserDirectory users) {
        this.callers = callers;
        this.merge = merge;
        this.bulk = bulk;
        this.users = users;
        this.db = db;
        this.requests = requests;
        this.service = service;
        this.workflow = workflow;
        this.writes = writes;
        this.audit = audit;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.REQUESTS, this::list, READ);
        app.post(ApiPaths.REQUESTS, this::create, WRITE);
        app.get(ApiPaths.REQUEST, this::read, READ);
        app.patch(ApiPaths.REQUEST, this::update, WRITE);
        app.post(ApiPaths.REQUEST_NOTES, this::note, WRITE);
        app.post(ApiPaths.REQUEST_HANDOFFS, this::handoff, WRITE);
        app.post(ApiPaths.REQUEST_CALLERS, this::linkCaller, WRITE);
        app.post(ApiPaths.REQUESTS_BULK, this::bulk, ACCEPT);
        app.post(ApiPaths.REQUEST_ACCEPT, this::accept, ACCEPT);
        app.post(ApiPaths.REQUEST_REOPEN, this::reopen, WRITE);
        app.post(ApiPaths.REQUEST_MERGE, this::merge, WRITE);
    }

    private void accept(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        long version = Query.ifMatch(ctx);
        writes.execute(ctx, p, c -> ok(workflow.accept(c, p, id, version, ctx.ip()), 200));
    }

    private void reopen(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        long version = Query.ifMatch(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(workflow.reopen(c, p, id, version, body, ctx.ip()), 200));
    }

    private void merge(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(merge.merge(c, p, id, body, ctx.ip()), 200));
    }

    private void bulk(Context ctx) {
        Principal p = Authentication.principal(ctx);
        var body = JsonBody.object(ctx);
        writes.executeParts(ctx, p, () -> Writes.Outcome.of(200, bulk.run(p, body, ctx.ip(), ctx.path())));
    }

    private void linkCaller(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(workflow.linkCaller(c, p, id, body, ctx.ip(), callers), 201));
    }

    private void list(Context ctx) {
        Principal p = Authentication.principal(ctx);
        PageDto<RequestRow> page = requests.list(p.jurisdictionId(), filter(ctx), Query.limit(ctx),
                Query.offset(ctx));
        List<UUID> ids = page.items().stream().map(RequestRow::id).toList();
        Map<UUID, List<UUID>> linked = db.read(c -> requests.linkedCallers(c, ids));
        java.time.Instant now = java.time.Instant.now();
        List<RequestDto> items = page.items().stream()
                .map(r -> RequestViews.toDto(r, linked.getOrDefault(r.id(), List.of()), null, now,
                        users::displayName)).toList();
        if (p.has(Role.OMBUDSMAN)) {
            audit.append(new AuditLog.Entry(p.username(), "SEARCH", "request", null, ctx.ip(), ctx.queryString()));
        }
        ctx.json(new PageDto<>(items, page.nextCursor(), page.total()));
    }

    static RequestFilter filter(Context ctx) {
        List<String> statuses = List.of();
        String status = Query.text(ctx, "status", 200);
        if (status != null && !status.isBlank()) {
            statuses = Arrays.stream(status.split(",")).map(s -> s.strip().toUpperCase(Locale.ROOT)).toList();
            for (String s : statuses) {
                try {
                    RequestStatus.valueOf(s);
                } catch (IllegalArgumentException e) {
                    throw Query.invalid("status", "has an unknown status " + s);
                }
            }
        }
        Double lat = null;
        Double lon = null;
        Double metres = null;
        String near = Query.text(ctx, "near", 100);
        if (near != null && !near.isBlank()) {
            String[] parts = near.split(",");
            try {
                if (parts.length != 3) {
                    throw new NumberFormatException();
                }
                lat = Double.parseDouble(parts[0].strip());
                lon = Double.parseDouble(parts[1].strip());
                metres = Double.parseDouble(parts[2].strip());
            } catch (NumberFormatException e) {
                throw Query.invalid("near", "must be lat,long,metres");
            }
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180 && metres > 0 && metres <= 50_000)) {
                throw Query.invalid("near", "must be a valid lat,long and 1 to 50000 metres");
            }
        }
        return new RequestFilter(Query.uuid(ctx, "caller"), statuses, Query.text(ctx, "department", 40),
                Query.text(ctx, "type", 60), lat, lon, metres, Query.instant(ctx, "created_since"),
                Query.text(ctx, "number", 20), reference(ctx));
    }

    /** The read-back reference {@code 7F0C-3A1B}: the first eight hex digits of the request's id. */
    private static String reference(Context ctx) {
        String raw = Query.text(ctx, "reference", 20);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String hex = raw.replace("-", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{8}")) {
            throw Query.invalid("reference", "must be 8 hexadecimal digits such as 7F0C-3A1B");
        }
        return hex;
    }

    private void read(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        RequestDto dto = db.read(c -> requests.find(c, p.jurisdictionId(), id, false).map(r -> {
            try {
                return RequestViews.toDto(r, requests.linkedCallers(c, List.of(id)).getOrDefault(id, List.of()),
                        requests.history(c, id), java.time.Instant.now(), users::displayName);
            } catch (java.sql.SQLException e) {
                throw new ca.relais.server.store.StoreException(e);
            }
        })).orElseThrow(() -> ProblemException.notFound("No request " + id));
        if (p.has(Role.OMBUDSMAN)) {
            audit.append(new AuditLog.Entry(p.username(), "READ", "request", id.toString(), ctx.ip(), null));
        }
        ctx.header("ETag", RequestViews.etag(dto.version())).json(dto);
    }

    private void create(Context ctx) {
        Principal p = Authentication.principal(ctx);
        var body = JsonBody.object(ctx);
        RequestService.Origin origin = new RequestService.Origin(p, p.user().line().defaultChannel().orElse(null),
                ctx.ip());
        writes.execute(ctx, p, c -> {
            RequestDto created = service.create(c, origin, body);
            return Writes.Outcome.of(201, created).withHeader("ETag", RequestViews.etag(created.version()))
                    .withHeader("Location", ApiPaths.REQUESTS + "/" + created.id());
        });
    }

    private void update(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        long version = Query.ifMatch(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(workflow.update(c, p, id, version, body, ctx.ip()), 200));
    }

    private void note(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(workflow.addNote(c, p, id, body, ctx.ip()), 201));
    }

    private void handoff(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> ok(workflow.handoff(c, p, id, body, ctx.ip()), 201));
    }

    private static Writes.Outcome ok(RequestDto dto, int status) {
        return Writes.Outcome.of(status, dto).withHeader("ETag", RequestViews.etag(dto.version()));
    }
}
