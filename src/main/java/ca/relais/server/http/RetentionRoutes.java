package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.server.auth.Principal;
import ca.relais.server.ops.RetentionJob;
import ca.relais.server.store.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The retention job for administrators: its setting and recent runs, and running it now. */
public final class RetentionRoutes {
    private final RetentionJob job;
    private final AuditLog audit;
    private final int retentionMonths;

    public RetentionRoutes(RetentionJob job, AuditLog audit, int retentionMonths) {
        this.job = job;
        this.audit = audit;
        this.retentionMonths = retentionMonths;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.RETENTION, this::status, Access.ADMIN);
        app.post(ApiPaths.RETENTION_RUN, this::runNow, Access.ADMIN);
    }

    private void status(Context ctx) {
        List<AuditLog.Record> runs = audit.list(RetentionJob.ACTOR, "caller", null, 500, 0).items().stream()
                .filter(r -> r.action().equals("RETENTION_RUN")).limit(20).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("retention_months", retentionMonths);
        body.put("enabled", retentionMonths > 0);
        body.put("cutoff", retentionMonths > 0 ? job.cutoff() : null);
        body.put("runs", runs);
        ctx.json(body);
    }

    private void runNow(Context ctx) {
        Principal p = Authentication.principal(ctx);
        RetentionJob.Run run = job.run(p.username());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", run.enabled());
        body.put("cutoff", run.cutoff());
        body.put("anonymised", run.anonymised());
        ctx.json(body);
    }
}
