package ca.relais.server.http;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.ApiPaths;
import ca.relais.server.auth.Principal;
import ca.relais.server.reports.AccountabilityReport;
import ca.relais.server.reports.Trends;
import ca.relais.server.reports.pdf.AccountabilityPdf;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.Database;
import ca.relais.server.store.TargetStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;


/** The accountability report (JSON, CSV, PDF) and the continuous-improvement trends. */
public final class ReportRoutes {
    static final int MAX_WEEKS = 52;
    private final AccountabilityReport reports;
    private final Trends trends;
    private final TargetStore targets;
    private final AuditLog audit;
    private final Clock clock;

    public ReportRoutes(Database db, TargetStore targets, AuditLog audit, Clock clock) {
        this.reports = new AccountabilityReport(db);
        this.trends = new Trends(db);
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.ACCOUNTABILITY, this::accountability, Access.SUPERVISOR, Access.ADMIN, Access.OMBUDSMAN);
        app.get(ApiPaths.TRENDS, this::trends, Access.SUPERVISOR, Access.ADMIN, Access.OMBUDSMAN);
    }

    private void accountability(Context ctx) {
        Principal p = Authentication.principal(ctx);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (to.isBefore(from)) {
            throw Query.invalid("to", "must not be before from");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw Query.invalid("to", "must be at most five years after from");
        }
        String format = ctx.queryParam("format");
        String kind = format == null || format.isBlank() ? "json" : format.strip().toLowerCase(java.util.Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("csv") && !kind.equals("pdf")) {
            throw Query.invalid("format", "must be json, csv or pdf");
        }
        AccountabilityDto report = reports.compute(p.jurisdictionId(), from, to, clock.instant(),
                targets.get(p.jurisdictionId()));
        audit.append(new AuditLog.Entry(p.username(), "REPORT", "accountability", null, ctx.ip(),
                from + ".." + to + " " + kind));
        String file = "accountability-" + from + "-" + to;
        switch (kind) {
            case "csv" -> ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"")
                    .result(AccountabilityCsv.write(report));
            case "pdf" -> Pdfs.contentType(ctx)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".pdf\"")
                    .result(AccountabilityPdf.write(report));
            default -> ctx.json(report);
        }
    }

    private void trends(Context ctx) {
        Principal p = Authentication.principal(ctx);
        int weeks = Query.intParam(ctx, "weeks", 8, 2, MAX_WEEKS);
        var result = trends.compute(p.jurisdictionId(), weeks, clock.instant());
        audit.append(new AuditLog.Entry(p.username(), "REPORT", "trends", null, ctx.ip(), "weeks=" + weeks
                + " callers=" + result.recurringCallers().size()));
        ctx.json(result);
    }

    private static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            throw Query.invalid(name, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw Query.invalid(name, "must be a real date written YYYY-MM-DD");
        }
    }

}
