package ca.relais.server.reports;

import ca.relais.api.AuditEntryDto;
import ca.relais.api.PageDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.server.store.Database;
import ca.relais.server.store.PageCursor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The ombudsman's search across every request of the jurisdiction, whatever its department or status, and the audit
 * trail of one request.
 */
public final class CaseSearch {
    private final Database db;

    public CaseSearch(Database db) {
        this.db = db;
    }

    /**
     * Filters; {@code q} matches the request number (exactly or as a prefix), or, case-insensitively, a part of its
     * description, its location text, its address label, or the name of its caller.
     */
    public record Filter(String q, String status, String department, Instant from, Instant to) {
    }

    public PageDto<RequestSummaryDto> search(String jurisdiction, Filter f, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM requests r LEFT JOIN callers k ON k.id = r.caller_id "
                + "LEFT JOIN addresses a ON a.id = r.address_id WHERE r.jurisdiction_id = ?");
        params.add(jurisdiction);
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().strip();
            String like = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.append(" AND (r.number = ? OR r.number LIKE ? ESCAPE '\\' OR LOWER(r.description) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(r.location_text) LIKE ? ESCAPE '\\' OR LOWER(a.label) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(CONCAT(CONCAT(COALESCE(k.first_name, ''), ' '), COALESCE(k.last_name, ''))) "
                    + "LIKE ? ESCAPE '\\' OR LOWER(k.last_name) LIKE ? ESCAPE '\\')");
            params.add(q.toUpperCase(Locale.ROOT));
            params.add(q.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
            for (int i = 0; i < 5; i++) {
                params.add(like);
            }
        }
        if (f.status() != null) {
            where.append(" AND r.status = ?");
            params.add(f.status());
        }
        if (f.department() != null) {
            where.append(" AND r.department_code = ?");
            params.add(f.department());
        }
        if (f.from() != null) {
            where.append(" AND r.created_at >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" AND r.created_at < ?");
            params.add(f.to());
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
                Jdbc.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<RequestSummaryDto> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + QueueItems.COLUMNS
                    + ", k.first_name, k.last_name, COALESCE(a.label, r.location_text)" + where
                    + " ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?")) {
                int i = Jdbc.bind(ps, params);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = ((rs.getString(14) == null ? "" : rs.getString(14)) + " "
                                + (rs.getString(15) == null ? "" : rs.getString(15))).strip();
                        out.add(QueueItems.summary(rs, null, name.isEmpty() ? null : name, rs.getString(16)));
                    }
                }
            }
            String next = offset + out.size() < total ? PageCursor.encode(offset + out.size()) : null;
            return new PageDto<>(out, next, total);
        });
    }

    /** Every audit entry about a request, oldest first. */
    public List<AuditEntryDto> trail(Connection c, UUID requestId) throws SQLException {
        List<AuditEntryDto> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, actor, action, entity, entity_id, remote_addr, "
                + "detail FROM audit_log WHERE entity = 'request' AND entity_id = ? ORDER BY id")) {
            ps.setString(1, requestId.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntryDto(rs.getLong(1), Jdbc.instant(rs, 2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }
}
