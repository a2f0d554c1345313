package ca.relais.server.store;

import ca.relais.api.CallerDto;
import ca.relais.api.Json;
import ca.relais.api.PageDto;
import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.TextFolding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Callers: names, phones (E.164), emails, address, language and consent, searchable by any fragment. */
public final class CallerStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final String COLUMNS = "id, first_name, last_name, phones_json, emails_json, address_id, language, "
            + "consent, version, created_at, updated_at";
    private final Database db;

    public CallerStore(Database db) {
        this.db = db;
    }

    public void insert(Connection c, String jurisdiction, CallerDto caller) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO callers (" + COLUMNS
                + ", jurisdiction_id, search_phones, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = bindColumns(ps, caller);
            ps.setString(i++, jurisdiction);
            ps.setString(i++, searchPhones(caller.phones()));
            ps.setString(i, searchText(caller));
            ps.executeUpdate();
        }
    }

    /** Writes a new version if the stored one is still {@code expectedVersion}; false when it moved on. */
    public boolean update(Connection c, CallerDto caller, long expectedVersion) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callers SET first_name = ?, last_name = ?, "
                + "phones_json = ?, emails_json = ?, address_id = ?, language = ?, consent = ?, version = ?, "
                + "updated_at = ?, search_phones = ?, search_text = ? WHERE id = ? AND version = ?")) {
            int i = 1;
            ps.setString(i++, caller.firstName());
            ps.setString(i++, caller.lastName());
            ps.setString(i++, json(caller.phones()));
            ps.setString(i++, json(caller.emails()));
            ps.setString(i++, caller.addressId());
            ps.setString(i++, caller.language());
            ps.setBoolean(i++, caller.consent());
            ps.setLong(i++, caller.version());
            Sql.setInstant(ps, i++, caller.updatedAt());
            ps.setString(i++, searchPhones(caller.phones()));
            ps.setString(i++, searchText(caller));
            Sql.setUuid(ps, i++, caller.id());
            ps.setLong(i, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<CallerDto> find(Connection c, String jurisdiction, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM callers WHERE id = ? AND jurisdiction_id = ?")) {
            Sql.setUuid(ps, 1, id);
            ps.setString(2, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public Optional<CallerDto> find(String jurisdiction, UUID id) {
        return db.read(c -> find(c, jurisdiction, id));
    }

    public Map<UUID, CallerDto> findAll(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, CallerDto> out = new HashMap<>();
        Sql.forEachIn(c, "SELECT " + COLUMNS + " FROM callers WHERE id IN (%s)", ids, rs -> {
            CallerDto caller = map(rs);
            out.put(caller.id(), caller);
        });
        return out;
    }

    /**
     * Callers matching a phone fragment (3 digits or more, e.g. the last 4), an email, or name and address fragments
     * without regard to accents; every word must match somewhere.
     */
    public PageDto<CallerDto> search(String jurisdiction, String query, int limit, long offset) {
        String q = query == null ? "" : query.strip();
        List<String> conditions = new ArrayList<>();
        List<String> params = new ArrayList<>();
        String digits = PhoneNumbers.searchDigits(q);
        boolean phoneLike = !digits.isEmpty() && q.replaceAll("[\\d\\s().+-]", "").isEmpty();
        if (phoneLike) {
            String national = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
            conditions.add("c.search_phones LIKE ?");
            params.add(Sql.likeContains(national));
        } else {
            for (String token : Arrays.stream(TextFolding.fold(q).split("[\\s,]+")).filter(t -> !t.isBlank())
                    .limit(8).toList()) {
                conditions.add("(c.search_text LIKE ? OR a.search_text LIKE ?)");
                params.add(Sql.likeContains(token));
                params.add(Sql.likeContains(token));
            }
        }
        String where = "c.jurisdiction_id = ? AND c.anonymised_at IS NULL"
                + conditions.stream().map(s -> " AND " + s).collect(Collectors.joining());
        String from = " FROM callers c LEFT JOIN addresses a ON a.id = c.address_id WHERE " + where;
        return db.read(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + from)) {
                bind(ps, jurisdiction, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<CallerDto> items = new ArrayList<>();
            String select = "SELECT " + Arrays.stream(COLUMNS.split(", ")).map(col -> "c." + col)
                    .collect(Collectors.joining(", "));
            try (PreparedStatement ps = c.prepareStatement(select + from
                    + " ORDER BY c.last_name, c.first_name, c.id LIMIT ? OFFSET ?")) {
                int i = bind(ps, jurisdiction, params);
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

    private static int bind(PreparedStatement ps, String jurisdiction, List<String> params) throws SQLException {
        int i = 1;
        ps.setString(i++, jurisdiction);
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }

    private static int bindColumns(PreparedStatement ps, CallerDto caller) throws SQLException {
        int i = 1;
        Sql.setUuid(ps, i++, caller.id());
        ps.setString(i++, caller.firstName());
        ps.setString(i++, caller.lastName());
        ps.setString(i++, json(caller.phones()));
        ps.setString(i++, json(caller.emails()));
        ps.setString(i++, caller.addressId());
        ps.setString(i++, caller.language());
        ps.setBoolean(i++, caller.consent());
        ps.setLong(i++, caller.version());
        Sql.setInstant(ps, i++, caller.createdAt());
        Sql.setInstant(ps, i++, caller.updatedAt());
        return i;
    }

    static String searchPhones(List<String> e164) {
        return "|" + e164.stream().map(p -> p.startsWith("+1") ? p.substring(2) : p.replace("+", ""))
                .collect(Collectors.joining("|")) + "|";
    }

    static String searchText(CallerDto caller) {
        return TextFolding.fold(String.join(" ", nullToEmpty(caller.firstName()), nullToEmpty(caller.lastName()),
                String.join(" ", caller.emails())));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static CallerDto map(ResultSet rs) throws SQLException {
        return new CallerDto(Sql.uuid(rs, "id"), rs.getString("first_name"), rs.getString("last_name"),
                parse(rs.getString("phones_json")), parse(rs.getString("emails_json")), rs.getString("address_id"),
                null, rs.getString("language"), rs.getBoolean("consent"), rs.getLong("version"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"));
    }

    private static List<String> parse(String json) {
        try {
            return Json.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt caller row", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return Json.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

}
