package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.report.AccountabilityCalculator;
import ca.relais.domain.report.AccountabilityFigures;
import ca.relais.server.auth.Principal;
import ca.relais.server.reports.QueueStore;
import ca.relais.server.reports.ReportStore;
import ca.relais.server.store.AuditLog;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;


/** Live queues for supervisors, and the accountability report. */
public final class ReportRoutes {
    private final QueueStore queues;
    private final ReportStore reports;
    private final AuditLog audit;
    private final Clock clock;

    public ReportRoutes(QueueStore queues, ReportStore reports, AuditLog audit, Clock clock) {
        this.queues = queues;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.QUEUES, this::queues, Access.SUPERVISOR, Access.ADMIN);
        app.get(ApiPaths.ACCOUNTABILITY, this::accountability, Access.SUPERVISOR, Access.ADMIN, Access.OMBUDSMAN);
    }

    private void queues(Context ctx) {
        Principal p = Authentication.principal(ctx);
        Instant now = clock.instant();
        Instant today = LocalDate.ofInstant(now, CityCalendar.ZONE).atStartOfDay(CityCalendar.ZONE).toInstant();
        ctx.json(queues.snapshot(p.jurisdictionId(), now, today));
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
        AccountabilityFigures figures = AccountabilityCalculator.compute(from, to, clock.instant(),
                reports.created(p.jurisdictionId(), AccountabilityCalculator.startOf(from),
                        AccountabilityCalculator.startOf(to.plusDays(1))));
        audit.append(new AuditLog.Entry(p.username(), "REPORT", "accountability", null, ctx.ip(), from + ".." + to));
        String format = ctx.queryParam("format");
        if ("csv".equalsIgnoreCase(format)) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"accountability-" + from + "-" + to + ".csv\"")
                    .result(AccountabilityCsv.write(figures));
        } else if (format == null || format.isBlank() || "json".equalsIgnoreCase(format)) {
            ctx.json(figures);
        } else {
            throw Query.invalid("format", "must be json or csv");
        }
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
