package ca.relais.server.store;

import ca.relais.api.EventDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Requests as the public sees them (Open311): searched by period, codes and numbers, with PUBLIC history only. */
public final class PublicRequestStore {
    private static final String SELECT = "SELECT " + java.util.Arrays.stream(RequestStore.COLUMNS.split(", "))
            .map(col -> "r." + col).collect(Collectors.joining(", ")) + " FROM requests r WHERE r.jurisdiction_id = ?";

    /**
     * What to look for. When {@code numbers} or {@code ids} is not empty, only those requests match and the other
     * criteria are ignored; empty lists and null instants mean "any".
     */
    public record Search(List<String> numbers, List<UUID> ids, List<String> typeCodes, List<String> statuses,
                         Instant from, Instant to) {
        public Search {
            numbers = List.copyOf(numbers);
            ids = List.copyOf(ids);
            typeCodes = List.copyOf(typeCodes);
            statuses = List.copyOf(statuses);
        }

        public boolean byIdentity() {
            return !numbers.isEmpty() || !ids.isEmpty();
        }
    }

    /** A PUBLIC history entry with the request it belongs to and the request's status right after it. */
    public record PublicEvent(EventDto event, UUID requestId, String number, String statusAfter) {
    }

    /** Requests matching {@code s}, newest first. */
    public List<RequestRow> search(Connection c, String jurisdiction, Search s, int limit, long offset)
            throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        params.add(jurisdiction);
        if (s.byIdentity()) {
            sql.append(" AND (");
            List<String> either = new ArrayList<>();
            if (!s.numbers().isEmpty()) {
                either.add("r.number IN (" + marks(s.numbers().size()) + ")");
                params.addAll(s.numbers());
            }
            if (!s.ids().isEmpty()) {
                either.add("r.id IN (" + marks(s.ids().size()) + ")");
                params.addAll(s.ids());
            }
            sql.append(String.join(" OR ", either)).append(')');
        } else {
            if (!s.typeCodes().isEmpty()) {
                sql.append(" AND r.type_code IN (").append(marks(s.typeCodes().size())).append(')');
                params.addAll(s.typeCodes());
            }
            if (!s.statuses().isEmpty()) {
                sql.append(" AND r.status IN (").append(marks(s.statuses().size())).append(')');
                params.addAll(s.statuses());
            }
            if (s.from() != null) {
                sql.append(" AND r.created_at >= ?");
                params.add(Timestamp.from(s.from()));
            }
            if (s.to() != null) {
                sql.append(" AND r.created_at <= ?");
                params.add(Timestamp.from(s.to()));
            }
        }
        sql.append(" ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        List<RequestRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(RequestStore.map(rs));
                }
            }
        }
        return out;
    }

    /** The PUBLIC history of each request, oldest first. */
    public Map<UUID, List<EventDto>> publicHistory(Connection c, Collection<UUID> requestIds) throws SQLException {
        Map<UUID, List<EventDto>> out = new HashMap<>();
        List<UUID> list = new ArrayList<>(requestIds);
        for (int from = 0; from < list.size(); from += 500) {
            List<UUID> chunk = list.subList(from, Math.min(list.size(), from + 500));
            try (PreparedStatement ps = c.prepareStatement("SELECT id, request_id, at, author, kind, visibility, text, "
                    + "data_json FROM request_events WHERE visibility = 'PUBLIC' AND request_id IN ("
                    + marks(chunk.size()) + ") ORDER BY id")) {
                bind(ps, new ArrayList<>(chunk));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(Sql.uuid(rs, "request_id"), k -> new ArrayList<>()).add(event(rs));
                    }
                }
            }
        }
        return out;
    }

    /**
     * PUBLIC history entries of the jurisdiction recorded in {@code [from, to]}, oldest first. The status after each
     * entry is the target of the latest status change up to it, or null when the status never changed.
     */
    public List<PublicEvent> publicEvents(Connection c, String jurisdiction, Instant from, Instant to, int limit,
                                          long offset) throws SQLException {
        List<PublicEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.request_id, e.at, e.author, e.kind, "
                + "e.visibility, e.text, e.data_json, r.number, (SELECT s.data_json FROM request_events s "
                + "WHERE s.request_id = e.request_id AND s.kind = 'STATUS' AND s.id <= e.id "
                + "ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY) AS status_json "
                + "FROM request_events e JOIN requests r ON r.id = e.request_id "
                + "WHERE r.jurisdiction_id = ? AND e.visibility = 'PUBLIC' AND e.at >= ? AND e.at <= ? "
                + "ORDER BY e.id LIMIT ? OFFSET ?")) {
            bind(ps, List.of(jurisdiction, Timestamp.from(from), Timestamp.from(to), limit, offset));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String statusJson = rs.getString("status_json");
                    String status = statusJson == null ? null : RequestStore.readJson(statusJson).path("to")
                            .asText(null);
                    out.add(new PublicEvent(event(rs), Sql.uuid(rs, "request_id"), rs.getString("number"), status));
                }
            }
        }
        return out;
    }

    private static EventDto event(ResultSet rs) throws SQLException {
        return new EventDto(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("author"), rs.getString("kind"),
                rs.getString("visibility"), rs.getString("text"), RequestStore.readJson(rs.getString("data_json")));
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof UUID u) {
                Sql.setUuid(ps, i++, u);
            } else {
                ps.setObject(i++, p);
            }
        }
    }
}
