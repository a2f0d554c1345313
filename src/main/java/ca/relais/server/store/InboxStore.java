package ca.relais.server.store;

import ca.relais.api.PageDto;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A department's open requests, by due time: the queue of a secretariat or a department. */
public final class InboxStore {
    /**
     * Which requests the queue shows: open ones, all or some; or those resolved or closed in the last
     * {@link #RECENT_DAYS} days, most recent first, so that one can be found again and reopened.
     */
    public enum Filter { ALL, UNACCEPTED, AT_RISK, OVERDUE, CLOSED }

    public static final int RECENT_DAYS = 30;

    /** A request of the queue with its caller's name. */
    public record Row(RequestRow request, String callerName) {
    }

    private final Database db;

    public InboxStore(Database db) {
        this.db = db;
    }

    public PageDto<Row> page(String jurisdiction, String department, Filter filter, Instant now, Instant atRiskUntil,
                             int limit, long offset) {
        List<Object> params = new ArrayList<>(List.of(jurisdiction, department));
        StringBuilder where = new StringBuilder(" FROM requests r LEFT JOIN callers c ON c.id = r.caller_id"
                + " WHERE r.jurisdiction_id = ? AND r.department_code = ?"
                + (filter == Filter.CLOSED ? " AND r.status IN ('RESOLVED', 'CLOSED') AND r.closed_at >= ?"
                : " AND r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING')"));
        switch (filter) {
            case CLOSED -> params.add(now.minus(java.time.Duration.ofDays(RECENT_DAYS)));
            case UNACCEPTED -> where.append(" AND (r.pending_handoff_json IS NOT NULL OR r.status = 'NEW')");
            case AT_RISK -> {
                where.append(" AND r.sla_paused_at IS NULL AND r.due_at > ? AND r.due_at <= ?");
                params.add(now);
                params.add(atRiskUntil);
            }
            case OVERDUE -> {
                where.append(" AND r.sla_paused_at IS NULL AND r.due_at <= ?");
                params.add(now);
            }
            case ALL -> {
                // every open request of the department
            }
        }
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            String columns = java.util.Arrays.stream(RequestStore.COLUMNS.split(", ")).map(col -> "r." + col)
                    .collect(java.util.stream.Collectors.joining(", "));
            List<Row> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + columns
                    + ", c.first_name AS caller_first, c.last_name AS caller_last" + where
                    + (filter == Filter.CLOSED ? " ORDER BY r.closed_at DESC, r.id LIMIT ? OFFSET ?"
                    : " ORDER BY r.due_at ASC NULLS LAST, r.created_at ASC, r.id LIMIT ? OFFSET ?"))) {
                int i = bind(ps, params);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Row(RequestStore.map(rs), name(rs)));
                    }
                }
            }
            String next = offset + items.size() < total ? PageCursor.encode(offset + items.size()) : null;
            return new PageDto<>(items, next, total);
        });
    }

    private static String name(ResultSet rs) throws SQLException {
        String first = rs.getString("caller_first");
        String last = rs.getString("caller_last");
        String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return name.isEmpty() ? null : name;
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Instant at) {
                Sql.setInstant(ps, i++, at);
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }
}
