package ca.relais.server.reports;

import ca.relais.api.QueuesDto;
import ca.relais.api.TargetsDto;
import ca.relais.domain.CityCalendar;
import ca.relais.server.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The live figures supervisors watch: open work, targets at risk, today's intake, unaccepted handoffs. */
public final class QueueStore {
    static final String OPEN = "('NEW','ASSIGNED','IN_PROGRESS','WAITING')";
    /** Open requests due within this time are at risk. */
    public static final Duration AT_RISK = Duration.ofHours(4);
    /** A request resolved within this time of its creation, never reopened, was resolved at first contact. */
    public static final Duration FIRST_CONTACT = Duration.ofMinutes(15);
    static final String NO_LINE = "NONE";

    private final Database db;

    public QueueStore(Database db) {
        this.db = db;
    }

    public QueuesDto snapshot(String jurisdiction, Instant now, Instant startOfToday,
                              List<QueuesDto.AgentPresence> agents, TargetsDto targets) {
        return db.read(c -> {
            Map<String, Map<String, Long>> byDepartment = new TreeMap<>();
            Map<String, Long> byStatus = new TreeMap<>();
            long open = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT department_code, status, COUNT(*) FROM requests "
                    + "WHERE jurisdiction_id = ? AND status IN " + OPEN + " GROUP BY department_code, status")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byDepartment.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).put(rs.getString(2),
                                rs.getLong(3));
                        byStatus.merge(rs.getString(2), rs.getLong(3), Long::sum);
                        open += rs.getLong(3);
                    }
                }
            }
            long atRisk;
            long breached;
            try (PreparedStatement ps = c.prepareStatement("SELECT "
                    + "SUM(CASE WHEN due_at >= ? AND due_at < ? THEN 1 ELSE 0 END), "
                    + "SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) FROM requests "
                    + "WHERE jurisdiction_id = ? AND status IN " + OPEN + " AND due_at IS NOT NULL")) {
                Jdbc.bind(ps, List.of(now, now.plus(AT_RISK), now, jurisdiction));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    atRisk = rs.getLong(1);
                    breached = rs.getLong(2);
                }
            }
            Map<String, Long> byChannel = new TreeMap<>();
            Map<String, Long> byHour = new TreeMap<>();
            Map<String, Map<String, Long>> byLine = new TreeMap<>();
            Map<String, Map<String, Long>> byChannelHour = new TreeMap<>();
            long intake = 0;
            long firstContact = 0;
            long fcrBase = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT r.channel, r.created_at, r.nature, r.status, "
                    + "r.closed_at, r.reopened_count, u.phone_line FROM requests r "
                    + "LEFT JOIN users u ON u.username = r.created_by "
                    + "WHERE r.jurisdiction_id = ? AND r.created_at >= ?")) {
                Jdbc.bind(ps, List.of(jurisdiction, startOfToday));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        intake++;
                        String channel = rs.getString(1);
                        Instant created = Jdbc.instant(rs, 2);
                        String hour = hourOf(created);
                        String line = rs.getString(7) == null ? NO_LINE : rs.getString(7);
                        byChannel.merge(channel, 1L, Long::sum);
                        byHour.merge(hour, 1L, Long::sum);
                        byLine.computeIfAbsent(line, k -> new TreeMap<>()).merge(hour, 1L, Long::sum);
                        byChannelHour.computeIfAbsent(channel, k -> new TreeMap<>()).merge(hour, 1L, Long::sum);
                        if (!"CANCELLED".equals(rs.getString(4)) && !"DUPLICATE".equals(rs.getString(4))) {
                            fcrBase++;
                        }
                        if (firstContact(rs.getString(3), rs.getString(4), created, Jdbc.instant(rs, 5),
                                rs.getInt(6))) {
                            firstContact++;
                        }
                    }
                }
            }
            List<Handoffs.Waiting> waiting = Handoffs.all(c, jurisdiction);
            long unaccepted = waiting.size();
            List<QueuesDto.UnacceptedHandoff> oldest = Handoffs.describe(c,
                    waiting.subList(0, Math.min(10, waiting.size())), now);
            return new QueuesDto(now, byDepartment, byStatus, open, atRisk, breached, intake, byChannel, byHour,
                    byLine, byChannelHour, unaccepted, oldest, agents, firstContact,
                    fcrBase == 0 ? null : (double) firstContact / fcrBase, targets);
        });
    }

    static String hourOf(Instant t) {
        return String.format("%02d", t.atZone(CityCalendar.ZONE).getHour());
    }

    /**
     * Information calls, and requests resolved or closed within 15 minutes of creation and never reopened (never
     * CANCELLED or DUPLICATE, which are neither).
     */
    static boolean firstContact(String nature, String status, Instant created, Instant closed, int reopened) {
        if ("CANCELLED".equals(status) || "DUPLICATE".equals(status)) {
            return false;
        }
        if ("INFORMATION".equals(nature)) {
            return true;
        }
        return closed != null && reopened == 0 && ("RESOLVED".equals(status) || "CLOSED".equals(status))
                && !closed.isAfter(created.plus(FIRST_CONTACT));
    }

    /**
     * Handoffs not yet accepted by the department that received them. The latest handoff of an open request is
     * accepted once an ACCEPTED event follows it, or a status change by a user of the receiving department (now the
     * request's department); a later handoff replaces it. Read from the open requests' events in one pass, oldest
     * handoff first.
     */
    static final class Handoffs {
        private Handoffs() {
        }

        /** One waiting handoff: the request's summary columns and the handoff's event. */
        record Waiting(UUID requestId, String number, String typeCode, String department, long eventId, Instant at) {
        }

        static List<Waiting> all(Connection c, String jurisdiction) throws SQLException {
            Map<String, String> departments = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username, department_code FROM users "
                    + "WHERE jurisdiction_id = ? AND department_code IS NOT NULL")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        departments.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            List<Waiting> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.number, r.type_code, r.department_code, "
                    + "e.id, e.kind, e.at, e.author FROM requests r JOIN request_events e ON e.request_id = r.id "
                    + "WHERE r.jurisdiction_id = ? AND r.status IN " + OPEN
                    + " AND e.kind IN ('HANDOFF','ACCEPTED','STATUS') ORDER BY r.id, e.id")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    UUID current = null;
                    Waiting pending = null;
                    while (rs.next()) {
                        UUID id = Jdbc.uuid(rs, 1);
                        if (!id.equals(current)) {
                            if (pending != null) {
                                out.add(pending);
                            }
                            current = id;
                            pending = null;
                        }
                        String kind = rs.getString(6);
                        String department = rs.getString(4);
                        if ("HANDOFF".equals(kind)) {
                            pending = new Waiting(id, rs.getString(2), rs.getString(3), department, rs.getLong(5),
                                    Jdbc.instant(rs, 7));
                        } else if ("ACCEPTED".equals(kind)
                                || department.equals(departments.get(rs.getString(8)))) {
                            pending = null;
                        }
                    }
                    if (pending != null) {
                        out.add(pending);
                    }
                }
            }
            out.sort(java.util.Comparator.comparing(Waiting::at).thenComparingLong(Waiting::eventId));
            return out;
        }

        static List<QueuesDto.UnacceptedHandoff> describe(Connection c, List<Waiting> waiting, Instant now)
                throws SQLException {
            List<QueuesDto.UnacceptedHandoff> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT data_json FROM request_events WHERE id = ?")) {
                for (Waiting w : waiting) {
                    ps.setLong(1, w.eventId());
                    String from = null;
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            from = fromDepartment(rs.getString(1));
                        }
                    }
                    out.add(new QueuesDto.UnacceptedHandoff(w.requestId(), w.number(), w.typeCode(), from,
                            w.department(), w.at(), Math.max(0, Duration.between(w.at(), now).toMinutes())));
                }
            }
            return out;
        }

        private static String fromDepartment(String json) {
            try {
                var node = ca.relais.api.Json.mapper().readTree(json);
                return node.hasNonNull("from") ? node.get("from").asText() : null;
            } catch (java.io.IOException | RuntimeException e) {
                return null;
            }
        }
    }
}
