package ca.relais.server.store;

import ca.relais.api.EventDto;
import ca.relais.api.Json;
import ca.relais.api.PageDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Requests, their linked callers and their history. */
public final class RequestStore {
    static final String COLUMNS = "id, jurisdiction_id, number, type_code, nature, channel, caller_id, address_id, "
            + "location_text, lat, lon, borough, description, attributes_json, status, department_code, assignee, "
            + "priority, kb_article_id, parent_id, resolution, created_by, created_at, updated_at, due_at, closed_at, "
            + "reopened_count, version, resolution_code, sla_paused_at, sla_remaining_minutes, pending_handoff_json, "
            + "public_note_json";
    private static final double METRES_PER_DEGREE = 111_320.0;
    private final Database db;

    public RequestStore(Database db) {
        this.db = db;
    }

    /** The next human number, {@code YYYY-NNNNNN}; in a group commit from a block reserved for the group. */
    public String nextNumber(Connection c, int year) throws SQLException {
        return number(year, GroupScope.next(c, "request_number_seq", this::numbers));
    }

    private long[] numbers(Connection c, int count) throws SQLException {
        String sql = db.isPostgres() ? "SELECT nextval('request_number_seq') FROM generate_series(1, ?)"
                : "SELECT NEXT VALUE FOR request_number_seq FROM SYSTEM_RANGE(1, ?)";
        long[] out = new long[count];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < count; i++) {
                    rs.next();
                    out[i] = rs.getLong(1);
                }
            }
        }
        return out;
    }

    /** {@code 2026-001234}: the year and the sequence, zero-padded to six digits (String.format costs more). */
    static String number(int year, long sequence) {
        String digits = Long.toString(sequence);
        StringBuilder out = new StringBuilder(12).append(year).append('-');
        for (int pad = digits.length(); pad < 6; pad++) {
            out.append('0');
        }
        return out.append(digits).toString();
    }

    public static boolean isUniqueViolation(SQLException e) {
        return Sql.isUniqueViolation(e);
    }

    public void insert(Connection c, RequestRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO requests (" + COLUMNS + ") VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            Sql.setUuid(ps, i++, r.id());
            ps.setString(i++, r.jurisdictionId());
            ps.setString(i++, r.number());
            ps.setString(i++, r.typeCode());
            ps.setString(i++, r.nature());
            ps.setString(i++, r.channel());
            Sql.setUuid(ps, i++, r.callerId());
            ps.setString(i++, r.addressId());
            ps.setString(i++, r.locationText());
            Sql.setDouble(ps, i++, r.lat());
            Sql.setDouble(ps, i++, r.lon());
            ps.setString(i++, r.borough());
            ps.setString(i++, r.description());
            ps.setString(i++, r.attributes().toString());
            ps.setString(i++, r.status());
            ps.setString(i++, r.department());
            ps.setString(i++, r.assignee());
            ps.setInt(i++, r.priority());
            ps.setString(i++, r.kbArticleId());
            Sql.setUuid(ps, i++, r.parentId());
            ps.setString(i++, r.resolution());
            ps.setString(i++, r.createdBy());
            Sql.setInstant(ps, i++, r.createdAt());
            Sql.setInstant(ps, i++, r.updatedAt());
            Sql.setInstant(ps, i++, r.dueAt());
            Sql.setInstant(ps, i++, r.closedAt());
            ps.setInt(i++, r.reopenedCount());
            ps.setLong(i++, r.version());
            setLaterFields(ps, i, r);
            ps.executeUpdate();
        }
    }

    /** Stores the next version if the stored one is still {@code r.version() - 1}; false when it moved on. */
    public boolean update(Connection c, RequestRow r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE requests SET caller_id = ?, description = ?, "
                + "attributes_json = ?, status = ?, department_code = ?, assignee = ?, parent_id = ?, resolution = ?, "
                + "updated_at = ?, closed_at = ?, reopened_count = ?, version = ?, due_at = ?, resolution_code = ?, "
                + "sla_paused_at = ?, sla_remaining_minutes = ?, pending_handoff_json = ?, public_note_json = ? "
                + "WHERE id = ? AND version = ?")) {
            int i = 1;
            Sql.setUuid(ps, i++, r.callerId());
            ps.setString(i++, r.description());
            ps.setString(i++, r.attributes().toString());
            ps.setString(i++, r.status());
            ps.setString(i++, r.department());
            ps.setString(i++, r.assignee());
            Sql.setUuid(ps, i++, r.parentId());
            ps.setString(i++, r.resolution());
            Sql.setInstant(ps, i++, r.updatedAt());
            Sql.setInstant(ps, i++, r.closedAt());
            ps.setInt(i++, r.reopenedCount());
            ps.setLong(i++, r.version());
            Sql.setInstant(ps, i++, r.dueAt());
            i = setLaterFields(ps, i, r);
            Sql.setUuid(ps, i++, r.id());
            ps.setLong(i, r.version() - 1);
            return ps.executeUpdate() == 1;
        }
    }

    /** The columns added with routing and the service clock, from {@code i}; answers the next index. */
    private static int setLaterFields(PreparedStatement ps, int i, RequestRow r) throws SQLException {
        ps.setString(i++, r.resolutionCode());
        Sql.setInstant(ps, i++, r.slaPausedAt());
        if (r.slaRemainingMinutes() == null) {
            ps.setNull(i++, java.sql.Types.BIGINT);
        } else {
            ps.setLong(i++, r.slaRemainingMinutes());
        }
        ps.setString(i++, r.pendingHandoff() == null ? null : r.pendingHandoff().toString());
        ps.setString(i++, r.publicNote() == null ? null : r.publicNote().toString());
        return i;
    }

    public Optional<RequestRow> find(Connection c, String jurisdiction, UUID id, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM requests WHERE id = ? AND jurisdiction_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            Sql.setUuid(ps, 1, id);
            ps.setString(2, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Map<UUID, RequestRow> findAll(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, RequestRow> out = new HashMap<>();
        Sql.forEachIn(c, "SELECT " + COLUMNS + " FROM requests WHERE id IN (%s)", ids, rs -> {
            RequestRow r = map(rs);
            out.put(r.id(), r);
        });
        return out;
    }

    public PageDto<RequestRow> list(String jurisdiction, RequestFilter f, int limit, long offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("r.jurisdiction_id = ?");
        params.add(jurisdiction);
        if (f.caller() != null) {
            where.append(" AND (r.caller_id = ? OR r.id IN (SELECT request_id FROM request_callers WHERE caller_id = ?))");
            params.add(f.caller());
            params.add(f.caller());
        }
        if (!f.statuses().isEmpty()) {
            where.append(" AND r.status IN (").append(String.join(",", java.util.Collections.nCopies(
                    f.statuses().size(), "?"))).append(")");
            params.addAll(f.statuses());
        }
        if (f.department() != null) {
            where.append(" AND r.department_code = ?");
            params.add(f.department());
        }
        if (f.type() != null) {
            where.append(" AND r.type_code = ?");
            params.add(f.type());
        }
        if (f.number() != null) {
            where.append(" AND r.number = ?");
            params.add(f.number());
        }
        if (f.reference() != null) {
            where.append(" AND CAST(r.id AS VARCHAR(36)) LIKE ?");
            params.add(f.reference() + "%");
        }
        if (f.createdSince() != null) {
            where.append(" AND r.created_at >= ?");
            params.add(java.sql.Timestamp.from(f.createdSince()));
        }
        if (f.nearLat() != null) {
            double dLat = f.nearMetres() / METRES_PER_DEGREE;
            double cos = Math.max(0.01, Math.cos(Math.toRadians(f.nearLat())));
            double dLon = dLat / cos;
            where.append(" AND r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ?"
                    + " AND ((r.lat - ?) * (r.lat - ?) + (r.lon - ?) * (r.lon - ?) * ?) <= ?");
            params.add(f.nearLat() - dLat);
            params.add(f.nearLat() + dLat);
            params.add(f.nearLon() - dLon);
            params.add(f.nearLon() + dLon);
            params.add(f.nearLat());
            params.add(f.nearLat());
            params.add(f.nearLon());
            params.add(f.nearLon());
            params.add(cos * cos);
            params.add(dLat * dLat);
        }
        String from = " FROM requests r WHERE " + where;
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<RequestRow> items = new ArrayList<>();
            String select = "SELECT " + java.util.Arrays.stream(COLUMNS.split(", ")).map(col -> "r." + col)
                    .collect(java.util.stream.Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement(select + from
                    + " ORDER BY r.created_at DESC, r.id LIMIT ? OFFSET ?")) {
                int i = bind(ps, params);
                ps.setInt(i++, limit);
                ps.setLong(i, offset);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(map(rs));
                    }
                }
            }
            String next = offset + items.size() < total ? PageCursor.encode(offset + items.size()) : null;
            return new PageDto<>(items, next, total);
        });
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof UUID u) {
                Sql.setUuid(ps, i++, u);
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }

    private static final GroupScope.Insert ADD_EVENT = new GroupScope.Insert("INSERT INTO request_events "
            + "(request_id, at, author, kind, visibility, text, data_json) VALUES (?, ?, ?, ?, ?, ?, ?)", 2);

    public void addEvent(Connection c, UUID requestId, Instant at, String author, String kind, String visibility,
                         String text, JsonNode data) throws SQLException {
        String json = data == null ? "{}" : data.toString();
        GroupScope.insert(c, ADD_EVENT, ps -> {
            Sql.setUuid(ps, 1, requestId);
            Sql.setInstant(ps, 2, at);
            ps.setString(3, author);
            ps.setString(4, kind);
            ps.setString(5, visibility);
            ps.setString(6, text);
            ps.setString(7, json);
        });
    }

    public List<EventDto> history(Connection c, UUID requestId) throws SQLException {
        List<EventDto> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, author, kind, visibility, text, data_json "
                + "FROM request_events WHERE request_id = ? ORDER BY id")) {
            Sql.setUuid(ps, 1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new EventDto(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("author"),
                            rs.getString("kind"), rs.getString("visibility"), rs.getString("text"),
                            readJson(rs.getString("data_json"))));
                }
            }
        }
        return out;
    }

    public void linkCaller(Connection c, UUID requestId, UUID callerId, Instant at, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO request_callers (request_id, caller_id, added_at, added_by) VALUES (?, ?, ?, ?)")) {
            Sql.setUuid(ps, 1, requestId);
            Sql.setUuid(ps, 2, callerId);
            Sql.setInstant(ps, 3, at);
            ps.setString(4, by);
            ps.executeUpdate();
        }
    }

    /** Callers linked to each request besides its main caller. */
    public Map<UUID, List<UUID>> linkedCallers(Connection c, Collection<UUID> requestIds) throws SQLException {
        Map<UUID, List<UUID>> out = new HashMap<>();
        Sql.forEachIn(c, "SELECT request_id, caller_id FROM request_callers WHERE request_id IN (%s) ORDER BY added_at",
                requestIds, rs -> out.computeIfAbsent(Sql.uuid(rs, "request_id"), k -> new ArrayList<>())
                        .add(Sql.uuid(rs, "caller_id")));
        return out;
    }

    /**
     * A row whose first columns are {@link #COLUMNS}, in that order: read by position, which spares the driver a
     * case-insensitive name lookup per column and row (a feed page reads up to 500 rows of 33 columns).
     */
    static RequestRow map(ResultSet rs) throws SQLException {
        return new RequestRow(Sql.uuid(rs, 1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6),
                Sql.uuid(rs, 7), rs.getString(8), rs.getString(9),
                Sql.nullableDouble(rs, 10), Sql.nullableDouble(rs, 11), rs.getString(12),
                rs.getString(13), readJson(rs.getString(14)), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getInt(18),
                rs.getString(19), Sql.uuid(rs, 20), rs.getString(21),
                rs.getString(22), Sql.instant(rs, 23), Sql.instant(rs, 24),
                Sql.instant(rs, 25), Sql.instant(rs, 26), rs.getInt(27),
                rs.getLong(28), rs.getString(29), Sql.instant(rs, 30),
                nullableLong(rs, 31), readNullableJson(rs.getString(32)),
                readNullableJson(rs.getString(33)));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static JsonNode readNullableJson(String json) {
        return json == null ? null : readJson(json);
    }

    static JsonNode readJson(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON column", e);
        }
    }
}
