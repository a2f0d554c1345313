package ca.relais.client.store;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The knowledge-base articles mirrored from the feed: retired articles are not kept. */
public final class LocalArticles {
    private final LocalStore store;

    public LocalArticles(LocalStore store) {
        this.store = store;
    }

    public Optional<KbArticleDto> article(String id) {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement(
                    "SELECT body_json FROM kb_articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /**
     * Articles that answer a request type: in {@code language} first, then those for which it is the main type (the
     * first of their list), then by id.
     */
    public List<KbArticleDto> forType(String typeCode, String language, int limit) {
        return store.read(() -> {
            List<KbArticleDto> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT a.body_json "
                    + "FROM kb_article_types t JOIN kb_articles a ON a.id = t.article_id WHERE t.type_code = ? "
                    + "ORDER BY CASE WHEN a.language = ? THEN 0 ELSE 1 END, t.position, a.id LIMIT ?")) {
                ps.setString(1, typeCode);
                ps.setString(2, language);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** The next {@code size} articles in id order after {@code afterId} (null for the first page). */
    public List<KbArticleDto> page(String afterId, int size) {
        return store.read(() -> {
            List<KbArticleDto> out = new ArrayList<>();
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT body_json FROM kb_articles "
                    + "WHERE id > ? ORDER BY id LIMIT ?")) {
                ps.setString(1, afterId == null ? "" : afterId);
                ps.setInt(2, size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    public int count() {
        return store.read(() -> {
            try (PreparedStatement ps = store.connection().prepareStatement("SELECT COUNT(*) FROM kb_articles");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    static void upsert(LocalStore store, KbArticleDto a) throws SQLException, JsonProcessingException {
        remove(store, a.id());
        try (PreparedStatement ps = store.connection().prepareStatement(
                "INSERT INTO kb_articles (id, language, body_json) VALUES (?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, a.language() == null ? "fr" : a.language());
            ps.setString(3, Json.mapper().writeValueAsString(a));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.connection().prepareStatement(
                "MERGE INTO kb_article_types (type_code, article_id, position) KEY (type_code, article_id) "
                        + "VALUES (?, ?, ?)")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < a.typeCodes().size(); i++) {
                String code = a.typeCodes().get(i);
                if (code != null && !code.isBlank() && code.length() <= 60 && seen.add(code)) {
                    ps.setString(1, code);
                    ps.setString(2, a.id());
                    ps.setInt(3, i);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static void remove(LocalStore store, String id) throws SQLException {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "DELETE FROM kb_article_types WHERE article_id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = store.connection().prepareStatement("DELETE FROM kb_articles WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private static KbArticleDto read(String json) throws JsonProcessingException {
        return Json.mapper().readValue(json, KbArticleDto.class);
    }
}
