package ca.relais.server.reports;

import ca.relais.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The live figures supervisors watch: open work, targets at risk, today's intake, unaccepted handoffs. */
public final class QueueStore {
    private static final String OPEN = "('NEW','ASSIGNED','IN_PROGRESS','WAITING')";
    private final Database db;

    public QueueStore(Database db) {
        this.db = db;
    }

    /** One unaccepted handoff, oldest first. */
    public record WaitingHandoff(String requestId, String number, String department, Instant since) {
    }

    /** A snapshot of the queues. */
    public record Snapshot(Instant generatedAt, Map<String, Map<String, Long>> openByDepartment,
                           Map<String, Long> openByStatus, long atRisk, long breached,
                           Map<String, Long> intakeTodayByChannel, Map<String, Long> intakeTodayByHour,
                           List<WaitingHandoff> oldestUnacceptedHandoffs, long intakeToday,
                           long resolvedAtFirstContactToday) {
    }

    public Snapshot snapshot(String jurisdiction, Instant now, Instant startOfToday) {
        return db.read(c -> {
            Map<String, Map<String, Long>> byDepartment = new TreeMap<>();
            Map<String, Long> byStatus = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT department_code, status, COUNT(*) FROM requests "
                    + "WHERE jurisdiction_id = ? AND status IN " + OPEN + " GROUP BY department_code, status")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byDepartment.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                                rs.getLong(3));
                        byStatus.merge(rs.getString(2), rs.getLong(3), Long::sum);
                    }
                }
            }
            long atRisk;
            long breached;
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN due_at >= ? AND due_at < ? THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) FROM requests "
                    + "WHERE jurisdiction_id = ? AND status IN " + OPEN + " AND due_at IS NOT NULL")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(now.plusSeconds(4 * 3600)));
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setString(4, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    atRisk = rs.getLong(1);
                    breached = rs.getLong(2);
                }
            }
            Map<String, Long> byChannel = new TreeMap<>();
            Map<String, Long> byHour = new TreeMap<>();
            long intake = 0;
            long firstContact = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT channel, created_at, nature, status, closed_at, "
                    + "reopened_count FROM requests WHERE jurisdiction_id = ? AND created_at >= ?")) {
                ps.setString(1, jurisdiction);
                ps.setTimestamp(2, Timestamp.from(startOfToday));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        intake++;
                        byChannel.merge(rs.getString(1), 1L, Long::sum);
                        int hour = rs.getTimestamp(2).toInstant().atZone(ca.relais.domain.CityCalendar.ZONE).getHour();
                        byHour.merge(String.format("%02d", hour), 1L, Long::sum);
                        Timestamp closed = rs.getTimestamp(5);
                        boolean info = "INFORMATION".equals(rs.getString(3));
                        boolean quick = closed != null && rs.getInt(6) == 0
                                && ("RESOLVED".equals(rs.getString(4)) || "CLOSED".equals(rs.getString(4)))
                                && !closed.toInstant().isAfter(rs.getTimestamp(2).toInstant().plusSeconds(900));
                        if (info || quick) {
                            firstContact++;
                        }
                    }
                }
            }
            List<WaitingHandoff> waiting = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.number, r.department_code, MAX(e.at) "
                    + "FROM requests r JOIN request_events e ON e.request_id = r.id AND e.kind = 'HANDOFF' "
                    + "WHERE r.jurisdiction_id = ? AND r.status = 'NEW' GROUP BY r.id, r.number, r.department_code "
                    + "ORDER BY MAX(e.at) LIMIT 10")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waiting.add(new WaitingHandoff(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant()));
                    }
                }
            }
            return new Snapshot(now, byDepartment, byStatus, atRisk, breached, byChannel, byHour, waiting, intake,
                    firstContact);
        });
    }
}
