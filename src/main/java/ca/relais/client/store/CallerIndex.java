package ca.relais.client.store;

import ca.relais.api.CallerDto;
import ca.relais.api.Json;
import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.TextFolding;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Indexed caller lookups inside the encrypted cache. Each phone is stored as all its digit suffixes of 3 or more, so
 * a digit fragment is a range scan; names, emails and the caller's address are stored as folded words, matched by
 * prefix. A query's most selective word drives the scan; the others are checked on the few candidates it yields.
 */
final class CallerIndex {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String PHONE = "#";
    private static final String END = "\uffff";
    private static final int CHUNK = 200;
    private static final int ESTIMATE_CAP = 5_000;
    private static final int CALLERS_PER_ADDRESS = 12;

    private CallerIndex() {
    }

    /** Replaces a caller's terms; {@code before} holds the stored search columns, or nulls for a new caller. */
    static void caller(Connection c, UUID id, String[] before, String phones, String text) throws SQLException {
        Set<String> old = before == null ? Set.of() : callerTerms(before[0], before[1]);
        Set<String> now = callerTerms(phones, text);
        replace(c, "caller_terms", "caller_id", id, old, now);
    }

    static void address(Connection c, String id, String before, String text) throws SQLException {
        replace(c, "address_terms", "address_id", id, before == null ? Set.of() : words(before), words(text));
    }

    /** The stored search columns of a row ({@code search_phones, search_text} of a caller), or null. */
    static String[] searchColumns(Connection c, String sql, Object id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                String[] out = new String[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = rs.getString(i + 1);
                }
                return out;
            }
        }
    }

    static List<CallerDto> search(Connection c, String query, int limit) throws SQLException, JsonProcessingException {
        String q = query == null ? "" : query.strip();
        String digits = PhoneNumbers.searchDigits(q);
        if (!digits.isEmpty() && q.replaceAll("[\\d\\s().+-]", "").isEmpty()) {
            String fragment = digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
            return fetch(c, candidates(c, PHONE + fragment, false), List.of(), limit);
        }
        List<String> tokens = Arrays.stream(NOT_WORD.split(TextFolding.fold(q))).filter(t -> !t.isEmpty())
                .distinct().limit(6).toList();
        if (tokens.isEmpty()) {
            return fetch(c, all(c, limit), List.of(), limit);
        }
        List<String> byCost = new ArrayList<>(tokens);
        List<Integer> costs = new ArrayList<>();
        for (String t : tokens) {
            costs.add(count(c, "SELECT COUNT(*) FROM (SELECT 1 FROM caller_terms WHERE term >= ? AND term < ? LIMIT "
                    + ESTIMATE_CAP + ")", t) + CALLERS_PER_ADDRESS * count(c, "SELECT COUNT(*) FROM (SELECT 1 FROM "
                    + "address_terms WHERE term >= ? AND term < ? LIMIT " + ESTIMATE_CAP + ")", t));
        }
        byCost.sort(Comparator.comparingInt(t -> costs.get(tokens.indexOf(t))));
        return fetch(c, candidates(c, byCost.get(0), true), byCost.subList(1, byCost.size()), limit);
    }

    static Set<String> callerTerms(String phones, String text) {
        Set<String> terms = new LinkedHashSet<>(words(text));
        for (String phone : phones.split("\\|")) {
            for (int i = 0; i + 3 <= phone.length(); i++) {
                terms.add(PHONE + phone.substring(i));
            }
        }
        return terms;
    }

    static Set<String> words(String folded) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : NOT_WORD.split(folded == null ? "" : folded)) {
            if (!w.isEmpty()) {
                out.add(w.length() > 120 ? w.substring(0, 120) : w);
            }
        }
        return out;
    }

    private static void replace(Connection c, String table, String column, Object id, Set<String> old,
                                Set<String> now) throws SQLException {
        List<String> gone = old.stream().filter(t -> !now.contains(t)).toList();
        List<String> added = now.stream().filter(t -> !old.contains(t)).toList();
        if (!gone.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE term = ? AND " + column
                    + " = ?")) {
                for (String t : gone) {
                    ps.setString(1, t);
                    ps.setObject(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO " + table + " (term, " + column
                    + ") KEY (term, " + column + ") VALUES (?, ?)")) {
                for (String t : added) {
                    ps.setString(1, t);
                    ps.setObject(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** Callers holding a term that starts with {@code prefix}, directly or through their address, page by page. */
    private static Iterable<List<UUID>> candidates(Connection c, String prefix, boolean viaAddress) {
        return () -> new java.util.Iterator<>() {
            private final Set<UUID> seen = new java.util.HashSet<>();
            private int offset;
            private boolean direct = true;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public List<UUID> next() {
                try {
                    String table = direct ? "caller_terms" : "address_terms";
                    String column = direct ? "caller_id" : "address_id";
                    List<Object> keys = ids(c, "SELECT " + column + " FROM " + table + " WHERE term >= ? AND term < ? "
                            + "ORDER BY term, " + column + " LIMIT " + CHUNK + " OFFSET " + offset, prefix);
                    offset += keys.size();
                    List<UUID> page = new ArrayList<>();
                    List<Object> callers = direct || keys.isEmpty() ? keys : ids(c, "SELECT id FROM callers WHERE "
                            + "address_id IN (" + String.join(",", Collections.nCopies(keys.size(), "?")) + ")",
                            keys);
                    callers.stream().map(UUID.class::cast).filter(seen::add).forEach(page::add);
                    if (keys.size() < CHUNK) {
                        done = !direct || !viaAddress;
                        direct = false;
                        offset = 0;
                    }
                    return page;
                } catch (SQLException e) {
                    throw new LocalStoreException("Cannot search the local cache", e);
                }
            }
        };
    }

    private static Iterable<List<UUID>> all(Connection c, int limit) throws SQLException {
        return List.of(ids(c, "SELECT id FROM callers LIMIT " + limit, List.of()).stream().map(UUID.class::cast)
                .toList());
    }

    private static List<CallerDto> fetch(Connection c, Iterable<List<UUID>> pages, List<String> others, int limit)
            throws SQLException, JsonProcessingException {
        List<CallerDto> out = new ArrayList<>();
        for (List<UUID> page : pages) {
            if (page.isEmpty()) {
                continue;
            }
            String marks = String.join(",", Collections.nCopies(page.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.search_text, a.search_text, c.body_json "
                    + "FROM callers c LEFT JOIN addresses a ON a.id = c.address_id WHERE c.id IN (" + marks + ")")) {
                for (int i = 0; i < page.size(); i++) {
                    ps.setObject(i + 1, page.get(i));
                }
                java.util.Map<UUID, String> found = new java.util.HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Set<String> words = words(rs.getString(2) + " " + (rs.getString(3) == null ? ""
                                : rs.getString(3)));
                        if (others.stream().allMatch(t -> words.stream().anyMatch(w -> w.startsWith(t)))) {
                            found.put(rs.getObject(1, UUID.class), rs.getString(4));
                        }
                    }
                }
                for (UUID id : page) {
                    String body = found.get(id);
                    if (body != null) {
                        out.add(Json.mapper().readValue(body, CallerDto.class));
                        if (out.size() == limit) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<Object> ids(Connection c, String sql, String prefix) throws SQLException {
        return ids(c, sql, List.of(prefix, prefix + END));
    }

    private static List<Object> ids(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Object> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1));
                }
            }
            return out;
        }
    }

    private static int count(Connection c, String sql, String prefix) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, prefix);
            ps.setString(2, prefix + END);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
