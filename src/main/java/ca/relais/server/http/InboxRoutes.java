package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.InboxItemDto;
import ca.relais.api.PageDto;
import ca.relais.domain.Role;
import ca.relais.domain.SlaState;
import ca.relais.server.auth.Principal;
import ca.relais.server.requests.RequestViews;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.InboxStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The queue of a department or borough secretariat: its open requests by due time. Secretariats and agents see their
 * own department only; supervisors, administrators and the ombudsman any.
 */
public final class InboxRoutes {
    private final InboxStore inbox;
    private final CatalogueCache catalogue;
    private final AuditLog audit;
    private final Clock clock;

    public InboxRoutes(InboxStore inbox, CatalogueCache catalogue, AuditLog audit, Clock clock) {
        this.inbox = inbox;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.INBOX, this::inbox, Access.SIGNED_IN);
    }

    private void inbox(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String department = Query.text(ctx, "department", 40);
        department = department == null || department.isBlank() ? p.user().department() : department.strip();
        if (department == null) {
            throw Query.invalid("department", "is required for users without a department");
        }
        if (catalogue.department(p.jurisdictionId(), department).isEmpty()) {
            throw Query.invalid("department", "is not a department of this jurisdiction");
        }
        boolean anyDepartment = p.has(Role.SUPERVISOR) || p.has(Role.ADMIN) || p.has(Role.OMBUDSMAN);
        if (!anyDepartment && !department.equals(p.user().department())) {
            throw ProblemException.forbidden("You may only see your own department's queue.");
        }
        InboxStore.Filter filter = filter(ctx);
        Instant now = clock.instant();
        PageDto<InboxStore.Row> page = inbox.page(p.jurisdictionId(), department, filter, now,
                now.plus(SlaState.AT_RISK_WITHIN), Query.limit(ctx), Query.offset(ctx));
        boolean personalData = p.has(Role.AGENT) || p.has(Role.SECRETARIAT) || p.has(Role.SUPERVISOR)
                || p.has(Role.OMBUDSMAN);
        List<InboxItemDto> items = page.items().stream()
                .map(r -> RequestViews.toInboxItem(r.request(), r.callerName(), now))
                .map(item -> personalData ? item : withoutPersonalData(item)).toList();
        if (p.has(Role.OMBUDSMAN)) {
            audit.append(new AuditLog.Entry(p.username(), "INBOX", "request", null, ctx.ip(), ctx.queryString()));
        }
        ctx.json(new PageDto<>(items, page.nextCursor(), page.total()));
    }

    /** Administrators manage the system but do not read citizens' data: no caller name, no description. */
    private static InboxItemDto withoutPersonalData(InboxItemDto i) {
        return new InboxItemDto(i.id(), i.number(), i.typeCode(), i.nature(), i.status(), i.department(),
                i.assignee(), i.dueAt(), i.slaState(), i.createdAt(), i.borough(), i.locationLabel(), null, null,
                i.pendingHandoff() == null ? null : new ca.relais.api.PendingHandoffDto(i.pendingHandoff().at(),
                        i.pendingHandoff().from(), i.pendingHandoff().to(), i.pendingHandoff().urgency(), null, null,
                        i.pendingHandoff().extension()), i.version());
    }

    private static InboxStore.Filter filter(Context ctx) {
        String raw = Query.text(ctx, "filter", 20);
        if (raw == null || raw.isBlank()) {
            return InboxStore.Filter.ALL;
        }
        try {
            return InboxStore.Filter.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Query.invalid("filter", "must be all, unaccepted, at_risk, overdue or closed");
        }
    }
}
