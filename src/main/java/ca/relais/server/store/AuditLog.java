package ca.relais.server.store;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;

/** Append-only trail of who read or changed what, when, and from where. */
public final class AuditLog {
    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One audited action. */
    public record Entry(String actor, String action, String entity, String entityId, String remoteAddr,
                        String detail) {
    }

    public void append(Entry entry) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO audit_log (at, actor, action, entity, entity_id, remote_addr, detail) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, entry.actor());
                ps.setString(3, entry.action());
                ps.setString(4, entry.entity());
                ps.setString(5, entry.entityId());
                ps.setString(6, entry.remoteAddr());
                ps.setString(7, entry.detail());
                return ps.executeUpdate();
            }
        });
    }
}
