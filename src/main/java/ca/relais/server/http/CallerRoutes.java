package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.CallerDto;
import ca.relais.api.PageDto;
import ca.relais.server.auth.Principal;
import ca.relais.server.callers.CallerService;
import ca.relais.server.requests.RequestViews;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.Database;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.UUID;

/** Callers: search, read, create and edit. Every read of personal data is audited. */
public final class CallerRoutes {
    private static final Access[] READ = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR, Access.OMBUDSMAN};
    private static final Access[] WRITE = {Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR};
    private final Database db;
    private final CallerStore callers;
    private final AddressStore addresses;
    private final CallerService service;
    private final Writes writes;
    private final AuditLog audit;

    public CallerRoutes(Database db, CallerStore callers, AddressStore addresses, CallerService service,
                        Writes writes, AuditLog audit) {
        this.db = db;
        this.callers = callers;
        this.addresses = addresses;
        this.service = service;
        this.writes = writes;
        this.audit = audit;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.CALLERS, this::search, READ);
        app.post(ApiPaths.CALLERS, this::create, WRITE);
        app.get(ApiPaths.CALLER, this::read, READ);
        app.patch(ApiPaths.CALLER, this::update, WRITE);
    }

    private void search(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String q = Query.text(ctx, "q", 200);
        PageDto<CallerDto> page = callers.search(p.jurisdictionId(), q, Query.limit(ctx), Query.offset(ctx));
        audit.append(new AuditLog.Entry(p.username(), "SEARCH", "caller", null, ctx.ip(),
                "results=" + page.items().size()));
        ctx.json(page);
    }

    private void read(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        CallerDto caller = db.read(c -> {
            CallerDto found = callers.find(c, p.jurisdictionId(), id).orElse(null);
            return found == null ? null : withAddress(c, p, found);
        });
        if (caller == null) {
            throw ProblemException.notFound("No caller " + id);
        }
        audit.append(new AuditLog.Entry(p.username(), "READ", "caller", id.toString(), ctx.ip(), null));
        ctx.header("ETag", RequestViews.etag(caller.version())).json(caller);
    }

    private CallerDto withAddress(java.sql.Connection c, Principal p, CallerDto caller) throws java.sql.SQLException {
        if (caller.addressId() == null) {
            return caller;
        }
        return new CallerDto(caller.id(), caller.firstName(), caller.lastName(), caller.phones(), caller.emails(),
                caller.addressId(), addresses.find(c, p.jurisdictionId(), caller.addressId()).orElse(null),
                caller.language(), caller.consent(), caller.version(), caller.createdAt(), caller.updatedAt());
    }

    private void create(Context ctx) {
        Principal p = Authentication.principal(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> {
            CallerDto created = withAddress(c, p, service.create(c, p, body, ctx.ip()));
            return Writes.Outcome.of(201, created).withHeader("ETag", RequestViews.etag(created.version()))
                    .withHeader("Location", ApiPaths.CALLERS + "/" + created.id());
        });
    }

    private void update(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        long version = Query.ifMatch(ctx);
        var body = JsonBody.object(ctx);
        writes.execute(ctx, p, c -> {
            CallerDto updated = withAddress(c, p, service.update(c, p, id, version, body, ctx.ip()));
            return Writes.Outcome.of(200, updated).withHeader("ETag", RequestViews.etag(updated.version()));
        });
    }
}
