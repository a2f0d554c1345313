package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.PageDto;
import ca.relais.server.auth.Principal;
import ca.relais.server.store.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;

/** The audit trail, for administrators and the ombudsman. Reading it is itself audited. */
public final class AuditRoutes {
    private final AuditLog audit;

    public AuditRoutes(AuditLog audit) {
        this.audit = audit;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.AUDIT, this::list, Access.ADMIN, Access.OMBUDSMAN);
    }

    private void list(Context ctx) {
        Principal p = Authentication.principal(ctx);
        PageDto<AuditLog.Record> page = audit.list(Query.text(ctx, "actor", 80), Query.text(ctx, "entity", 60),
                Query.text(ctx, "entity_id", 100), Query.limit(ctx), Query.offset(ctx));
        audit.append(new AuditLog.Entry(p.username(), "READ", "audit", null, ctx.ip(), ctx.queryString()));
        ctx.json(page);
    }
}
