package ca.relais.client.store;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.EventDto;
import ca.relais.api.ChangeDto;
import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.TextFolding;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The server's data as last pulled, plus local edits not yet confirmed: callers, requests and addresses. */
public final class LocalMirror {
    private final LocalStore store;

    public LocalMirror(LocalStore store) {
        this.store = store;
    }

    /** Applies a page of the pull feed, and its cursor, in one local transaction. */
    public void apply(List<ChangeDto> changes, String cursor) {
        store.transaction(() -> {
            Connection c = store.connection();
            Map<String, Optional<KbArticleDto>> articles = new java.util.LinkedHashMap<>();
            for (ChangeDto change : changes) {
                boolean delete = "delete".equals(change.op());
                switch (change.entity()) {
                    case "caller" -> {
                        if (delete) {
                            delete(store, "callers", UUID.fromString(change.id()));
                        } else {
                            upsertCaller(store, Json.mapper().treeToValue(change.data(), CallerDto.class));
                        }
                    }
                    case "request" -> {
                        if (delete) {
                            delete(store, "requests", UUID.fromString(change.id()));
                        } else {
                            upsertRequest(c, Json.mapper().treeToValue(change.data(), RequestDto.class));
                        }
                    }
                    case "address" -> {
                        if (!delete) {
                            upsertAddress(store, Json.mapper().treeToValue(change.data(), AddressDto.class));
                        }
                    }
                    case "kb_article" -> {
                        KbArticleDto article = delete ? null
                                : Json.mapper().treeToValue(change.data(), KbArticleDto.class);
                        if (article == null || article.retired()) {
                            LocalArticles.remove(store, change.id());
                            articles.put(change.id(), Optional.empty());
                        } else {
                            LocalArticles.upsert(store, article);
                            articles.put(change.id(), Optional.of(article));
                        }
                    }
                    default -> {
                        // entities this client version does not mirror are skipped
                    }
                }
            }
            store.articlesChanged(new ArticleChanges(articles.values().stream().flatMap(Optional::stream).toList(),
                    articles.entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList(),
                    false));
            LocalStore.putMeta(c, LocalStore.Meta.FEED_CURSOR, cursor);
            LocalStore.putMeta(c, LocalStore.Meta.LAST_SYNC_AT, java.time.Instant.now().toString());
            return null;
        });
    }

    /** Forgets everything mirrored (not the outbox), before a full resynchronisation. */
    public void clear() {
        store.transaction(() -> {
            try (var st = store.connection().createStatement()) {
                st.executeUpdate("DELETE FROM callers");
                st.executeUpdate("DELETE FROM requests");
                st.executeUpdate("DELETE FROM addresses");
                st.executeUpdate("DELETE FROM request_history");
                st.executeUpdate("DELETE FROM kb_article_types");
                st.executeUpdate("DELETE FROM kb_articles");
                st.executeUpdate("DELETE FROM meta WHERE k = 'FEED_CURSOR'");
            }
            store.dropCallerIndex();
            store.articlesChanged(ArticleChanges.clearedAll());
            return null;
        });
    }

    static void upsertCaller(LocalStore store, CallerDto caller) throws SQLException, JsonProcessingException {
        String phones = "|" + caller.phones().stream()
                .map(p -> p.startsWith("+1") ? p.substring(2) : p.replace("+", ""))
                .collect(Collectors.joining("|")) + "|";
        String text = TextFolding.fold(String.join(" ", nz(caller.firstName()), nz(caller.lastName()),
                String.join(" ", caller.emails())));
        try (PreparedStatement ps = store.connection().prepareStatement("MERGE INTO callers (id, version, "
                + "address_id, search_phones, search_text, body_json) KEY (id) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setObject(i++, caller.id());
            ps.setLong(i++, caller.version());
            ps.setString(i++, caller.addressId());
            ps.setString(i++, phones);
            ps.setString(i++, text);
            ps.setString(i, Json.mapper().writeValueAsString(caller));
            ps.executeUpdate();
        }
        store.ifCallerIndex(index -> index.caller(caller.id(), phones, text, caller.addressId()));
    }

    static void upsertRequest(Connection c, RequestDto r) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO requests (id, number, caller_id, type_code, status, "
                + "address_id, lat, lon, created_at, version, body_json) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, r.id());
            ps.setString(2, r.number());
            ps.setObject(3, r.callerId());
            ps.setString(4, r.typeCode());
            ps.setString(5, r.status());
            ps.setString(6, r.location() == null ? null : r.location().addressId());
            ps.setObject(7, r.location() == null ? null : r.location().lat());
            ps.setObject(8, r.location() == null ? null : r.location().lon());
            ps.setTimestamp(9, Timestamp.from(r.createdAt() == null ? java.time.Instant.now() : r.createdAt()));
            ps.setLong(10, r.version());
            ps.setString(11, Json.mapper().writeValueAsString(r.withHistory(null)));
            ps.executeUpdate();
        }
        if (r.history() != null) {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO request_history (request_id, version, body_json) "
                    + "KEY (request_id) VALUES (?, ?, ?)")) {
                ps.setObject(1, r.id());
                ps.setLong(2, r.version());
                ps.setString(3, Json.mapper().writeValueAsString(r.history()));
                ps.executeUpdate();
            }
        }
    }

    static void upsertAddress(LocalStore store, AddressDto a) throws SQLException, JsonProcessingException {
        String text = TextFolding.fold(String.join(" ", a.civicNumber(), a.street(), nz(a.unit()),
                nz(a.postalCode()), nz(a.borough())));
        try (PreparedStatement ps = store.connection().prepareStatement("MERGE INTO addresses (id, label, borough, "
                + "search_text, body_json) KEY (id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.label());
            ps.setString(3, a.borough());
            ps.setString(4, text);
            ps.setString(5, Json.mapper().writeValueAsString(a));
            ps.executeUpdate();
        }
        store.ifCallerIndex(index -> index.address(a.id(), text));
    }

    static void indexAddresses(Connection c, CallerIndex index) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, search_text FROM addresses")) {
            while (rs.next()) {
                index.address(rs.getString(1), rs.getString(2));
            }
        }
    }

    /** Indexes the next page of callers in storage order after row {@code after}; returns the last row, or -1. */
    static long indexCallers(Connection c, CallerIndex index, long after, int page) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT _ROWID_, id, search_phones, search_text, address_id "
                + "FROM callers WHERE _ROWID_ > ? ORDER BY _ROWID_ LIMIT " + page)) {
            ps.setLong(1, after);
            long last = -1;
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getLong(1);
                    index.caller(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5));
                    n++;
                }
            }
            return n == page ? last : -1;
        }
    }

    private static void delete(LocalStore store, String table, UUID id) throws SQLException {
        if (table.equals("callers")) {
            store.ifCallerIndex(index -> index.remove(id));
        }
        try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        }
    }

    /**
     * Callers by phone fragment (3 digits or more, anywhere in the number), or by the starts of words of their name,
     * email or address, without accents; through an index, so a lookup stays fast with hundreds of thousands of
     * cached callers.
     */
    public List<CallerDto> searchCallers(String query, int limit) {
        CallerIndex built = store.callerIndexIfBuilt();
        return store.read(() -> {
            CallerIndex index = built != null ? built : candidates(query, limit);
            List<UUID> ids = index.search(query, limit);
            List<CallerDto> out = new ArrayList<>();
            for (int from = 0; from < ids.size(); from += 100) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + 100));
                Map<UUID, CallerDto> found = new HashMap<>();
                try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json FROM callers "
                        + "WHERE id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            CallerDto c = Json.mapper().readValue(rs.getString(1), CallerDto.class);
                            found.put(c.id(), c);
                        }
                    }
                }
                chunk.stream().map(found::get).filter(Objects::nonNull).forEach(out::add);
            }
            return out;
        });
    }

    /**
     * While the lookup index is being built (just after sign-in), a lookup reads the callers that can match straight
     * from the cache, into a small index of their own that applies the same rules: the first lookup never waits for
     * the whole index. Callers hold the store.
     */
    CallerIndex candidates(String query, int limit) throws SQLException {
        String fragment = CallerIndex.phoneFragment(query);
        List<String> tokens = fragment == null ? CallerIndex.tokens(query) : List.of();
        String where = fragment != null ? "c.search_phones LIKE ?" : tokens.isEmpty() ? "TRUE"
                : tokens.stream().map(t -> "(c.search_text LIKE ? OR a.search_text LIKE ?)")
                .collect(Collectors.joining(" AND "));
        CallerIndex small = new CallerIndex();
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT c.id, c.search_phones, "
                + "c.search_text, c.address_id, a.search_text FROM callers c LEFT JOIN addresses a "
                + "ON a.id = c.address_id WHERE " + where + " LIMIT ?")) {
            int i = 1;
            if (fragment != null) {
                ps.setString(i++, "%" + fragment + "%");
            }
            for (String t : tokens) {
                ps.setString(i++, "%" + t + "%");
                ps.setString(i++, "%" + t + "%");
            }
            ps.setInt(i, Math.max(limit, 1) * 10);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(4) != null && rs.getString(5) != null) {
                        small.address(rs.getString(4), rs.getString(5));
                    }
                    small.caller(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4));
                }
            }
        }
        return small;
    }

    /** Register addresses matching number and street fragments, without regard to accents. */
    public List<AddressDto> searchAddresses(String query, int limit) {
        List<String> tokens = Arrays.stream(TextFolding.fold(query == null ? "" : query).split("[\\s,]+"))
                .filter(t -> !t.isBlank()).limit(6).toList();
        if (tokens.isEmpty()) {
            return List.of();
        }
        String where = tokens.stream().map(t -> "search_text LIKE ?").collect(Collectors.joining(" AND "));
        return store.read(() -> {
            List<AddressDto> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json FROM addresses WHERE "
                    + where + " ORDER BY LENGTH(label), label LIMIT ?")) {
                int i = 1;
                for (String t : tokens) {
                    ps.setString(i++, like(t));
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Json.mapper().readValue(rs.getString(1), AddressDto.class));
                    }
                }
            }
            return out;
        });
    }

    /** Open requests of a type at the same address or within {@code metres} of a point: likely duplicates. */
    public List<RequestDto> openNearby(String typeCode, String addressId, Double lat, Double lon, int metres,
                                       int limit) {
        return store.read(() -> {
            List<RequestDto> out = new ArrayList<>();
            double dLat = metres / 111_320.0;
            double dLon = lat == null ? 0 : dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json, lat, lon, address_id "
                    + "FROM requests WHERE type_code = ? AND status IN ('NEW','ASSIGNED','IN_PROGRESS','WAITING') "
                    + "AND (address_id = ? OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?)) "
                    + "ORDER BY created_at DESC LIMIT 200")) {
                ps.setString(1, typeCode);
                ps.setString(2, addressId);
                ps.setDouble(3, lat == null ? 1000 : lat - dLat);
                ps.setDouble(4, lat == null ? -1000 : lat + dLat);
                ps.setDouble(5, lon == null ? 1000 : lon - dLon);
                ps.setDouble(6, lon == null ? -1000 : lon + dLon);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && out.size() < limit) {
                        boolean sameAddress = addressId != null && addressId.equals(rs.getString(4));
                        double rl = rs.getDouble(2);
                        boolean near = lat != null && !rs.wasNull()
                                && distanceMetres(lat, lon, rl, rs.getDouble(3)) <= metres;
                        if (sameAddress || near) {
                            out.add(Json.mapper().readValue(rs.getString(1), RequestDto.class));
                        }
                    }
                }
            }
            return out;
        });
    }

    static double distanceMetres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    public Optional<CallerDto> caller(UUID id) {
        return store.read(() -> one("SELECT body_json FROM callers WHERE id = ?", id, CallerDto.class));
    }

    public Optional<AddressDto> address(String id) {
        return store.read(() -> one("SELECT body_json FROM addresses WHERE id = ?", id, AddressDto.class));
    }

    public Optional<RequestDto> request(UUID id) {
        return store.read(() -> one("SELECT body_json FROM requests WHERE id = ?", id, RequestDto.class));
    }

    /** A caller's requests, newest first, from every channel. */
    public List<RequestDto> requestsOf(UUID callerId, int limit) {
        return store.read(() -> {
            List<RequestDto> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json FROM requests "
                    + "WHERE caller_id = ? OR body_json LIKE ? ORDER BY created_at DESC LIMIT ?")) {
                ps.setObject(1, callerId);
                ps.setString(2, "%\"caller_ids\":[%\"" + callerId + "\"%");
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Json.mapper().readValue(rs.getString(1), RequestDto.class));
                    }
                }
            }
            return out;
        });
    }

    /** A department's open requests as last synchronised, for the inbox when the server cannot be reached. */
    public List<RequestDto> openRequestsOf(String department, int limit) {
        return store.read(() -> {
            List<RequestDto> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json FROM requests "
                    + "WHERE status IN ('NEW','ASSIGNED','IN_PROGRESS','WAITING') AND body_json LIKE ? LIMIT ?")) {
                ps.setString(1, "%\"department\":\"" + department.replace("%", "").replace("_", "\\_") + "\"%");
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        RequestDto r = Json.mapper().readValue(rs.getString(1), RequestDto.class);
                        if (department.equals(r.department())) {
                            out.add(r);
                        }
                    }
                }
            }
            return out;
        });
    }

    /** Keeps a request's history as the server last told it (the pull feed carries requests without it). */
    public void rememberHistory(UUID requestId, long version, List<EventDto> history) {
        store.transaction(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("MERGE INTO request_history (request_id, "
                    + "version, body_json) KEY (request_id) VALUES (?, ?, ?)")) {
                ps.setObject(1, requestId);
                ps.setLong(2, version);
                ps.setString(3, Json.mapper().writeValueAsString(history));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A request's history as last read from the server, oldest first; empty when it was never read. */
    public List<EventDto> history(UUID requestId) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT body_json FROM request_history WHERE request_id = ?")) {
                ps.setObject(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? List.of(Json.mapper().readValue(rs.getString(1),
                            EventDto[].class)) : List.of();
                }
            }
        });
    }

    public int count(String table) {
        if (!List.of("callers", "requests", "addresses").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private <T> Optional<T> one(String sql, Object id, Class<T> type) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Json.mapper().readValue(rs.getString(1), type)) : Optional.empty();
            }
        }
    }

    private static String like(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
