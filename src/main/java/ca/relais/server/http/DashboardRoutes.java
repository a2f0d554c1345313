package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.PresenceDto;
import ca.relais.api.QueueTiles;
import ca.relais.api.TargetsDto;
import ca.relais.domain.CityCalendar;
import ca.relais.server.auth.Principal;
import ca.relais.server.reports.QueueItems;
import ca.relais.server.reports.QueueStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.Database;
import ca.relais.server.store.PresenceStore;
import ca.relais.server.store.TargetStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * The supervisor dashboard: the live queues, the lists behind its tiles, the presence workstations report, and the
 * service targets. Presence and target changes go through the change log, so the event stream tells dashboards to
 * fetch the queues again.
 */
public final class DashboardRoutes {
    static final Set<String> STATES = Set.of(PresenceDto.AVAILABLE, PresenceDto.ON_CALL, PresenceDto.AWAY);
    static final Set<String> STATUSES = Set.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "RESOLVED", "CLOSED",
            "DUPLICATE", "CANCELLED");
    private final Database db;
    private final QueueStore queues;
    private final QueueItems items;
    private final PresenceStore presence;
    private final TargetStore targets;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;

    public DashboardRoutes(Database db, PresenceStore presence, TargetStore targets, ChangeLog changes,
                           AuditLog audit, Clock clock) {
        this.db = db;
        this.queues = new QueueStore(db);
        this.items = new QueueItems(db);
        this.presence = presence;
        this.targets = targets;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    public void register(Javalin app) {
        app.get(ApiPaths.QUEUES, this::queues, Access.SUPERVISOR, Access.ADMIN);
        app.get(ApiPaths.QUEUE_ITEMS, this::items, Access.SUPERVISOR, Access.ADMIN);
        app.post(ApiPaths.PRESENCE, this::presence, Access.AGENT, Access.SECRETARIAT, Access.SUPERVISOR);
        app.get(ApiPaths.TARGETS, this::targets, Access.SUPERVISOR, Access.ADMIN, Access.OMBUDSMAN);
        app.put(ApiPaths.TARGETS, this::putTargets, Access.SUPERVISOR, Access.ADMIN);
    }

    private static Instant startOfToday(Instant now) {
        return LocalDate.ofInstant(now, CityCalendar.ZONE).atStartOfDay(CityCalendar.ZONE).toInstant();
    }

    private void queues(Context ctx) {
        Principal p = Authentication.principal(ctx);
        Instant now = clock.instant();
        ctx.json(queues.snapshot(p.jurisdictionId(), now, startOfToday(now),
                presence.signedIn(p.jurisdictionId(), now), targets.get(p.jurisdictionId())));
    }

    private void items(Context ctx) {
        Principal p = Authentication.principal(ctx);
        String tile = Query.text(ctx, "tile", 20);
        if (tile == null || !QueueTiles.ALL.contains(tile)) {
            throw Query.invalid("tile", "must be one of " + String.join(", ", QueueTiles.ALL));
        }
        String status = Query.text(ctx, "status", 20);
        if (status != null && !status.isEmpty() && !STATUSES.contains(status)) {
            throw Query.invalid("status", "is not a status");
        }
        String hourText = ctx.queryParam("hour");
        Integer hour = hourText == null || hourText.isBlank() ? null : Query.intParam(ctx, "hour", 0, 0, 23);
        QueueItems.Filter filter = new QueueItems.Filter(blankToNull(Query.text(ctx, "department", 40)),
                blankToNull(status), blankToNull(Query.text(ctx, "channel", 20)), hour,
                blankToNull(Query.text(ctx, "line", 20)));
        Instant now = clock.instant();
        var page = items.items(p.jurisdictionId(), tile, filter, now, startOfToday(now), Query.limit(ctx),
                Query.offset(ctx));
        audit.append(new AuditLog.Entry(p.username(), "READ", "queue_items", tile, ctx.ip(), ctx.queryString()));
        ctx.json(page);
    }

    private void presence(Context ctx) {
        Principal p = Authentication.principal(ctx);
        Fields f = new Fields(JsonBody.object(ctx));
        String state = f.text("state", true, 20);
        if (state != null && !STATES.contains(state)) {
            f.error("state", "invalid", "must be AVAILABLE, ON_CALL or AWAY");
        }
        f.throwIfInvalid();
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (presence.report(c, p.jurisdictionId(), p.username(), p.token(), state, now)) {
                changes.record(c, p.jurisdictionId(), "presence", p.username(), "UPSERT", now.toEpochMilli());
            }
            return null;
        });
        ctx.json(new PresenceDto(state, now));
    }

    /** Called when a session ends: the user is signed out at once, and dashboards hear of it. */
    public void signedOut(Principal p) {
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (presence.signOut(c, p.username(), p.token())) {
                changes.record(c, p.jurisdictionId(), "presence", p.username(), "DELETE", now.toEpochMilli());
            }
            return null;
        });
    }

    private void targets(Context ctx) {
        Principal p = Authentication.principal(ctx);
        TargetsDto t = targets.get(p.jurisdictionId());
        ctx.header("ETag", ca.relais.server.requests.RequestViews.etag(t.version())).json(t);
    }

    private void putTargets(Context ctx) {
        Principal p = Authentication.principal(ctx);
        long version = Query.ifMatch(ctx);
        Fields f = new Fields(JsonBody.object(ctx));
        Double sla = f.number("sla_attainment", true, 0, 1);
        Double fcr = f.number("first_contact_resolution", true, 0, 1);
        Integer minutes = f.integer("max_unaccepted_minutes", true, 1, 10_080);
        f.throwIfInvalid();
        Instant now = clock.instant();
        TargetsDto saved = db.inTransaction(c -> {
            TargetsDto t = targets.put(c, p.jurisdictionId(), version, new TargetsDto(sla, fcr, minutes, 0, null,
                    null), p.username(), now).orElseThrow(() -> new ProblemException(412, "stale-version",
                    "Precondition failed", "The targets changed since you read them; read them again.", null));
            changes.record(c, p.jurisdictionId(), "targets", p.jurisdictionId(), "UPSERT", t.version());
            audit.append(c, new AuditLog.Entry(p.username(), "UPDATE", "targets", p.jurisdictionId(), ctx.ip(),
                    "sla=" + sla + " fcr=" + fcr + " max_unaccepted_minutes=" + minutes));
            return t;
        });
        ctx.header("ETag", ca.relais.server.requests.RequestViews.etag(saved.version())).json(saved);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
