package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.CallerDto;
import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.CityCalendar;
import ca.relais.server.auth.Principal;
import ca.relais.server.reports.CaseSearch;
import ca.relais.server.reports.pdf.CaseFilePdf;
import ca.relais.server.requests.RequestViews;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.RequestStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The ombudsman's read-only view: search every request, read a case's whole trail, export it as PDF. All audited. */
public final class OmbudsmanRoutes {
    private final Database db;
    private final RequestStore requests;
    private final CallerStore callers;
    private final CaseSearch search;
    private final AuditLog audit;
    private final Clock clock;
    private final ca.relais.server.store.CatalogueCache catalogue;

    public OmbudsmanRoutes(Database db, RequestStore requests, CallerStore callers, AuditLog audit, Clock clock,
                           ca.relais.server.store.CatalogueCache catalogue) {
        this.catalogue = catalogue;
        this.db = db;
        this.requests = requests;
        this.callers = callers;
        this.search = new CaseSearch(db);
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.OMBUDSMAN_CASES, this::search, Access.OMBUDSMAN);
        app.get(ApiPaths.OMBUDSMAN_CASE, this::read, Access.OMBUDSMAN);
        app.get(ApiPaths.OMBUDSMAN_CASE_PDF, this::pdf, Access.OMBUDSMAN);
    }

    private void search(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String status = Query.text(ctx, "status", 20);
        if (status != null && !status.isEmpty() && !DashboardRoutes.STATUSES.contains(status)) {
            throw Query.invalid("status", "is not a status");
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        var filter = new CaseSearch.Filter(Query.text(ctx, "q", 200), blank(status),
                blank(Query.text(ctx, "department", 40)),
                from == null ? null : from.atStartOfDay(CityCalendar.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(CityCalendar.ZONE).toInstant());
        var page = search.search(p.jurisdictionId(), filter, Query.limit(ctx), Query.offset(ctx));
        audit.append(new AuditLog.Entry(p.username(), "SEARCH", "ombudsman_cases", null, ctx.ip(),
                ctx.queryString()));
        ctx.json(page);
    }

    private OmbudsmanCaseDto load(Principal p, UUID id) {
        return db.read(c -> {
            var row = requests.find(c, p.jurisdictionId(), id, false).orElse(null);
            if (row == null) {
                return null;
            }
            List<UUID> linked = requests.linkedCallers(c, List.of(id)).getOrDefault(id, List.of());
            RequestDto request = RequestViews.toDto(row, linked, requests.history(c, id));
            Set<UUID> callerIds = new LinkedHashSet<>();
            if (request.callerId() != null) {
                callerIds.add(request.callerId());
            }
            callerIds.addAll(linked);
            List<CallerDto> people = new ArrayList<>();
            for (UUID callerId : callerIds) {
                callers.find(c, p.jurisdictionId(), callerId).ifPresent(people::add);
            }
            return new OmbudsmanCaseDto(request, people, search.trail(c, id));
        });
    }

    private void read(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        OmbudsmanCaseDto file = load(p, id);
        if (file == null) {
            throw ProblemException.notFound("No request " + id);
        }
        audit.append(new AuditLog.Entry(p.username(), "READ", "request", id.toString(), ctx.ip(), "ombudsman case"));
        ctx.json(file);
    }

    private void pdf(Context ctx) {
        Principal p = Authentication.principal(ctx);
        UUID id = Query.pathUuid(ctx);
        OmbudsmanCaseDto file = load(p, id);
        if (file == null) {
            throw ProblemException.notFound("No request " + id);
        }
        Instant now = clock.instant();
        audit.append(new AuditLog.Entry(p.username(), "EXPORT", "request", id.toString(), ctx.ip(),
                "ombudsman case file PDF"));
        Pdfs.contentType(ctx)
                .header("Content-Disposition", "attachment; filename=\"case-" + file.request().number() + ".pdf\"")
                .result(CaseFilePdf.write(file, p.username(), now, new ca.relais.server.reports.pdf.CaseFileWords(
                        code -> names(file.request().jurisdictionId(), code))));
    }

    /** A type's or department's French name in the request's catalogue; null for a code it does not know. */
    private String names(String jurisdiction, String code) {
        return catalogue.type(jurisdiction, code).map(ca.relais.api.CatalogueDto.ServiceDto::serviceName)
                .or(() -> catalogue.department(jurisdiction, code)
                        .map(ca.relais.api.CatalogueDto.DepartmentDto::nameFr))
                .orElse(null);
    }

    private static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw Query.invalid(name, "must be a real date written YYYY-MM-DD");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
