package ca.relais.server.store;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.api.KbOverdueDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Knowledge-base articles, per jurisdiction, with a version each. */
public final class KbStore {
    private final Database db;

    public KbStore(Database db) {
        this.db = db;
    }

    /** Inserts or replaces an article; returns its new version. */
    public long upsert(Connection c, String jurisdiction, KbArticleDto a, Instant at) throws SQLException {
        long version = 1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT version, jurisdiction_id FROM kb_articles WHERE id = ? FOR UPDATE")) {
            ps.setString(1, a.id());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (!jurisdiction.equals(rs.getString(2))) {
                        throw new SQLException("Article " + a.id() + " belongs to another jurisdiction", "23505");
                    }
                    version = rs.getLong(1) + 1;
                }
            }
        }
        String json;
        try {
            json = Json.mapper().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        String sql = version == 1
                ? "INSERT INTO kb_articles (language, title, body_json, department_code, audience, reviewed_on, "
                + "review_by, retired, version, updated_at, id, jurisdiction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE kb_articles SET language = ?, title = ?, body_json = ?, department_code = ?, audience = ?, "
                + "reviewed_on = ?, review_by = ?, retired = ?, version = ?, updated_at = ? WHERE id = ? "
                + "AND jurisdiction_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a.language());
            ps.setString(2, a.title());
            ps.setString(3, json);
            ps.setString(4, a.department());
            ps.setString(5, a.audience() == null ? "AGENT" : a.audience());
            ps.setDate(6, a.reviewedOn() == null ? null : Date.valueOf(a.reviewedOn()));
            ps.setDate(7, a.reviewBy() == null ? null : Date.valueOf(a.reviewBy()));
            ps.setBoolean(8, a.retired());
            ps.setLong(9, version);
            Sql.setInstant(ps, 10, at);
            ps.setString(11, a.id());
            ps.setString(12, jurisdiction);
            ps.executeUpdate();
        }
        return version;
    }

    public List<KbArticleDto> all(String jurisdiction) {
        return db.read(c -> {
            List<KbArticleDto> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body_json FROM kb_articles WHERE jurisdiction_id = ? ORDER BY id")) {
                ps.setString(1, jurisdiction);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(read(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    public Optional<KbArticleDto> find(String jurisdiction, String id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT body_json FROM kb_articles WHERE jurisdiction_id = ? AND id = ?")) {
                ps.setString(1, jurisdiction);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    public Map<String, KbArticleDto> findAll(Connection c, Collection<String> ids) throws SQLException {
        Map<String, KbArticleDto> out = new HashMap<>();
        Sql.forEachIn(c, "SELECT id, body_json FROM kb_articles WHERE id IN (%s)", ids,
                rs -> out.put(rs.getString(1), read(rs.getString(2))));
        return out;
    }

    /** Whether the article exists in the jurisdiction; with {@code liveOnly}, also whether it is not retired. */
    public boolean exists(Connection c, String jurisdiction, String id, boolean liveOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT retired FROM kb_articles WHERE jurisdiction_id = ? "
                + "AND id = ?")) {
            ps.setString(1, jurisdiction);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && !(liveOnly && rs.getBoolean(1));
            }
        }
    }

    /** Articles not retired whose review date is before {@code today}, the most overdue first. */
    public List<KbOverdueDto> overdue(String jurisdiction, LocalDate today) {
        return db.read(c -> {
            List<KbOverdueDto> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, title, language, department_code, reviewed_on, "
                    + "review_by FROM kb_articles WHERE jurisdiction_id = ? AND retired = FALSE AND review_by < ? "
                    + "ORDER BY review_by, id")) {
                ps.setString(1, jurisdiction);
                ps.setDate(2, Date.valueOf(today));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date reviewed = rs.getDate(5);
                        LocalDate reviewBy = rs.getDate(6).toLocalDate();
                        out.add(new KbOverdueDto(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                reviewed == null ? null : reviewed.toLocalDate(), reviewBy,
                                ChronoUnit.DAYS.between(reviewBy, today)));
                    }
                }
            }
            return out;
        });
    }

    public List<String> jurisdictions() {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT jurisdiction_id FROM kb_articles");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static KbArticleDto read(String json) {
        try {
            return Json.mapper().readValue(json, KbArticleDto.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt article row", e);
        }
    }
}
