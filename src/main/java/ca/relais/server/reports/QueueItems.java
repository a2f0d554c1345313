package ca.relais.server.reports;

import ca.relais.api.PageDto;
import ca.relais.api.QueueTiles;
import ca.relais.api.RequestSummaryDto;
import ca.relais.domain.CityCalendar;
import ca.relais.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The requests behind each dashboard tile, with the same definitions as {@link QueueStore}. */
public final class QueueItems {
    static final String COLUMNS = "r.id, r.number, r.type_code, r.nature, r.channel, r.status, r.department_code, "
            + "r.borough, r.created_by, r.created_at, r.due_at, r.closed_at, r.description";
    private final Database db;

    public QueueItems(Database db) {
        this.db = db;
    }

    /** Optional filters of a drill-down; {@code hour} is a local hour of today (0-23), {@code line} a phone line. */
    public record Filter(String department, String status, String channel, Integer hour, String line) {
    }

    public PageDto<RequestSummaryDto> items(String jurisdiction, String tile, Filter f, Instant now,
                                            Instant startOfToday, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" FROM requests r");
        String order;
        if (QueueTiles.UNACCEPTED.equals(tile)) {
            where.append(" JOIN request_events e ON e.request_id = r.id AND e.kind = 'HANDOFF'");
        }
        if (f.line() != null) {
            where.append(" LEFT JOIN users u ON u.username = r.created_by");
        }
        where.append(" WHERE r.jurisdiction_id = ?");
        params.add(jurisdiction);
        switch (tile) {
            case QueueTiles.OPEN -> {
                where.append(" AND r.status IN ").append(QueueStore.OPEN);
                order = " ORDER BY r.due_at NULLS LAST, r.created_at, r.id";
            }
            case QueueTiles.AT_RISK -> {
                where.append(" AND r.status IN ").append(QueueStore.OPEN).append(" AND r.due_at >= ? AND r.due_at < ?");
                params.add(now);
                params.add(now.plus(QueueStore.AT_RISK));
                order = " ORDER BY r.due_at, r.id";
            }
            case QueueTiles.BREACHED -> {
                where.append(" AND r.status IN ").append(QueueStore.OPEN).append(" AND r.due_at < ?");
                params.add(now);
                order = " ORDER BY r.due_at, r.id";
            }
            case QueueTiles.INTAKE, QueueTiles.FCR -> {
                where.append(" AND r.created_at >= ?");
                params.add(startOfToday);
                if (QueueTiles.FCR.equals(tile)) {
                    where.append(" AND r.status NOT IN ('CANCELLED','DUPLICATE') AND (r.nature = 'INFORMATION' OR "
                            + "(r.status IN ('RESOLVED','CLOSED') AND r.reopened_count = 0 AND r.closed_at IS NOT NULL"
                            + " AND r.closed_at <= r.created_at + INTERVAL '15' MINUTE))");
                }
                order = " ORDER BY r.created_at DESC, r.id";
            }
            case QueueTiles.UNACCEPTED -> {
                where.append(" AND r.status IN ").append(QueueStore.OPEN).append(QueueStore.Handoffs.FROM
                        .substring(QueueStore.Handoffs.FROM.indexOf(" AND NOT EXISTS")));
                order = " ORDER BY e.at, e.id";
            }
            default -> throw new IllegalArgumentException(tile);
        }
        if (f.department() != null) {
            where.append(" AND r.department_code = ?");
            params.add(f.department());
        }
        if (f.status() != null) {
            where.append(" AND r.status = ?");
            params.add(f.status());
        }
        if (f.channel() != null) {
            where.append(" AND r.channel = ?");
            params.add(f.channel());
        }
        if (f.hour() != null) {
            LocalDate today = LocalDate.ofInstant(startOfToday, CityCalendar.ZONE);
            Instant start = today.atTime(f.hour(), 0).atZone(CityCalendar.ZONE).toInstant();
            where.append(" AND r.created_at >= ? AND r.created_at < ?");
            params.add(start);
            params.add(start.plusSeconds(3600));
        }
        if (f.line() != null) {
            where.append(QueueStore.NO_LINE.equals(f.line()) ? " AND u.phone_line IS NULL" : " AND u.phone_line = ?");
            if (!QueueStore.NO_LINE.equals(f.line())) {
                params.add(f.line());
            }
        }
        boolean handoff = QueueTiles.UNACCEPTED.equals(tile);
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
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + (handoff ? ", e.at" : "")
                    + where + order + " LIMIT ? OFFSET ?")) {
                int i = Jdbc.bind(ps, params);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs, handoff ? Jdbc.instant(rs, 14) : null, null, null));
                    }
                }
            }
            String next = offset + out.size() < total ? ca.relais.server.store.PageCursor.encode(offset + out.size())
                    : null;
            return new PageDto<>(out, next, total);
        });
    }

    /** Maps the {@link #COLUMNS} of a row. */
    static RequestSummaryDto summary(ResultSet rs, Instant waitingSince, String callerName, String address)
            throws SQLException {
        String description = rs.getString(13);
        if (description != null && description.length() > 200) {
            description = description.substring(0, 199) + "…";
        }
        return new RequestSummaryDto(Jdbc.uuid(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Jdbc.instant(rs, 10), Jdbc.instant(rs, 11), Jdbc.instant(rs, 12), waitingSince, callerName, address,
                description);
    }
}
