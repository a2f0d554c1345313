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
            return unaccepted(jurisdiction, f, startOfToday, limit, offset);
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
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + where + order
                    + " LIMIT ? OFFSET ?")) {
                int i = Jdbc.bind(ps, params);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs, null, null, null));
                    }
                }
            }
            String next = offset + out.size() < total ? ca.relais.server.store.PageCursor.encode(offset + out.size())
                    : null;
            return new PageDto<>(out, next, total);
        });
    }

    /**
     * The unaccepted handoffs, oldest first, computed as {@link QueueStore} does; the filters apply to the requests
     * handed off.
     */
    private PageDto<RequestSummaryDto> unaccepted(String jurisdiction, Filter f, Instant startOfToday, int limit,
                                                  long offset) {
        return db.read(c -> {
            List<QueueStore.Handoffs.Waiting> waiting = new ArrayList<>(QueueStore.Handoffs.all(c, jurisdiction));
            if (f.department() != null) {
                waiting.removeIf(w -> !w.department().equals(f.department()));
            }
            boolean more = f.status() != null || f.channel() != null || f.hour() != null || f.line() != null;
            List<QueueStore.Handoffs.Waiting> chosen = more ? waiting : waiting.subList((int) Math.min(offset,
                    waiting.size()), (int) Math.min(offset + limit, waiting.size()));
            java.util.Map<java.util.UUID, RequestSummaryDto> rows = new java.util.HashMap<>();
            for (int i = 0; i < chosen.size(); i += 100) {
                List<QueueStore.Handoffs.Waiting> chunk = chosen.subList(i, Math.min(i + 100, chosen.size()));
                try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", u.phone_line FROM requests r "
                        + "LEFT JOIN users u ON u.username = r.created_by WHERE r.id IN ("
                        + Jdbc.placeholders(chunk.size()) + ")")) {
                    for (int k = 0; k < chunk.size(); k++) {
                        ps.setObject(k + 1, chunk.get(k).requestId());
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            RequestSummaryDto s = summary(rs, null, null, null);
                            String line = rs.getString(14) == null ? QueueStore.NO_LINE : rs.getString(14);
                            if (!more || matches(s, line, f, startOfToday)) {
                                rows.put(s.id(), s);
                            }
                        }
                    }
                }
            }
            List<RequestSummaryDto> all = new ArrayList<>();
            for (QueueStore.Handoffs.Waiting w : chosen) {
                RequestSummaryDto s = rows.get(w.requestId());
                if (s != null) {
                    all.add(new RequestSummaryDto(s.id(), s.number(), s.typeCode(), s.nature(), s.channel(),
                            s.status(), s.department(), s.borough(), s.createdBy(), s.createdAt(), s.dueAt(),
                            s.closedAt(), w.at(), null, null, s.description()));
                }
            }
            long total = more ? all.size() : waiting.size();
            List<RequestSummaryDto> page = more ? all.subList((int) Math.min(offset, all.size()),
                    (int) Math.min(offset + limit, all.size())) : all;
            String next = offset + page.size() < total ? ca.relais.server.store.PageCursor.encode(offset
                    + page.size()) : null;
            return new PageDto<>(List.copyOf(page), next, total);
        });
    }

    private static boolean matches(RequestSummaryDto s, String line, Filter f, Instant startOfToday) {
        if (f.status() != null && !f.status().equals(s.status())
                || f.channel() != null && !f.channel().equals(s.channel())
                || f.line() != null && !f.line().equals(line)) {
            return false;
        }
        return f.hour() == null || !s.createdAt().isBefore(startOfToday)
                && s.createdAt().atZone(CityCalendar.ZONE).getHour() == f.hour();
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
