package ca.relais.server.sync;

import ca.relais.api.ChangeDto;
import ca.relais.api.ChangesDto;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.ProblemException;
import ca.relais.server.ops.ServerMetrics;
import ca.relais.server.requests.RequestViews;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.Database;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/** The pull feed: pages of current states and tombstones after a cursor, for one jurisdiction. */
public final class FeedService {
    private final Database db;
    private final ChangeLog log;
    private final RequestStore requests;
    private final CallerStore callers;
    private final AddressStore addresses;
    private final AuditLog audit;
    private final String epoch;
    private final ca.relais.server.store.KbStore articles;
    private final ServerMetrics metrics;

    public FeedService(Database db, ChangeLog log, RequestStore requests, CallerStore callers,
                       AddressStore addresses, AuditLog audit, String epoch, ca.relais.server.store.KbStore articles,
                       ServerMetrics metrics) {
        this.articles = articles;
        this.metrics = metrics;
        this.db = db;
        this.log = log;
        this.requests = requests;
        this.callers = callers;
        this.addresses = addresses;
        this.audit = audit;
        this.epoch = epoch;
    }

    /** The sequence a cursor continues after; 400 for garbage, 410 when it is too old or from another database. */
    public long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        OptionalLong seq;
        try {
            seq = FeedCursor.decode(cursor.strip(), epoch);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("since is not a cursor this server issued.");
        }
        if (seq.isEmpty() || seq.getAsLong() < log.oldestContinuable()) {
            throw new ProblemException(410, "cursor-expired", "Cursor expired",
                    "This cursor is too old or comes from another database: resynchronise from the start.", null);
        }
        return seq.getAsLong();
    }

    public String cursorAt(long seq) {
        return FeedCursor.encode(epoch, seq);
    }

    /** One page of the feed, with the same JSON shape as {@link ChangesDto}, rendered from the rows directly. */
    public record FeedPage(List<FeedChange> changes, String cursor, boolean hasMore, long remaining) {
    }

    /** One entry of a {@link FeedPage}, shaped like {@link ChangeDto}; {@code data} is the entity's wire record. */
    public record FeedChange(String entity, String id, String op, long version, Object data) {
    }

    public FeedPage page(Principal p, long after, int limit, String remoteAddr) {
        Map<String, ChangeLog.Entry> latest = new LinkedHashMap<>();
        FeedPage result = db.read(c -> {
            ChangeLog.Page page = log.page(c, p.jurisdictionId(), after, limit);
            for (ChangeLog.Entry e : page.entries()) {
                String key = e.entity() + "/" + e.entityId();
                latest.remove(key);
                latest.put(key, e);
            }
            List<UUID> requestIds = ids(latest, "request");
            Map<UUID, RequestRow> requestRows = requests.findAll(c, requestIds);
            Map<UUID, List<UUID>> linked = requests.linkedCallers(c, requestIds);
            var callerRows = callers.findAll(c, ids(latest, "caller"));
            var addressRows = addresses.findAll(c, keys(latest, "address"));
            var articleRows = articles.findAll(c, keys(latest, "kb_article"));
            List<FeedChange> out = new ArrayList<>(latest.size());
            for (ChangeLog.Entry e : latest.values()) {
                Object data = switch (e.entity()) {
                    case "request" -> {
                        RequestRow r = requestRows.get(UUID.fromString(e.entityId()));
                        yield r == null ? null : RequestViews.toDto(r, linked.getOrDefault(r.id(), List.of()), null);
                    }
                    case "caller" -> callerRows.get(UUID.fromString(e.entityId()));
                    case "address" -> addressRows.get(e.entityId());
                    case "kb_article" -> articleRows.get(e.entityId());
                    case "presence", "targets" -> "DELETE".equals(e.op()) ? null : java.util.Map.of("id", e.entityId());
                    default -> null;
                };
                boolean deleted = "DELETE".equals(e.op()) || data == null;
                out.add(new FeedChange(e.entity(), e.entityId(), deleted ? "delete" : "upsert", e.version(),
                        deleted ? null : data));
            }
            if (!page.hasMore() && !page.entries().isEmpty()) {
                recordLag(page.entries().get(page.entries().size() - 1).at());
            }
            long remaining = page.hasMore() ? log.estimateAfter(c, p.jurisdictionId(), page.lastSeq()) : 0;
            return new FeedPage(out, cursorAt(page.lastSeq()), page.hasMore(), remaining);
        });
        List<String> callerIds = keys(latest, "caller");
        if (!callerIds.isEmpty()) {
            audit.append(new AuditLog.Entry(p.username(), "SYNC_PULL", "caller", null, remoteAddr,
                    "callers=" + callerIds.size()));
        }
        return result;
    }

    /**
     * Sync lag is the age of the newest change when a workstation reaches the head of the feed; changes older than
     * {@link #CATCH_UP} are a workstation catching up after a pause, not lag, and are left out.
     */
    private void recordLag(java.time.Instant newest) {
        java.time.Duration age = java.time.Duration.between(newest, java.time.Instant.now());
        if (age.compareTo(CATCH_UP) < 0) {
            metrics.syncLag(age);
        }
    }

    private static final java.time.Duration CATCH_UP = java.time.Duration.ofMinutes(10);

    private static List<UUID> ids(Map<String, ChangeLog.Entry> latest, String entity) {
        return latest.values().stream().filter(e -> e.entity().equals(entity))
                .map(e -> UUID.fromString(e.entityId())).toList();
    }

    private static List<String> keys(Map<String, ChangeLog.Entry> latest, String entity) {
        return latest.values().stream().filter(e -> e.entity().equals(entity)).map(ChangeLog.Entry::entityId)
                .toList();
    }
}
