package ca.relais.server.store;

import ca.relais.api.KbFeedbackDto;
import ca.relais.api.KbFeedbackSummaryDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agents' feedback on articles, and the supervisors' list of articles with unresolved negative feedback. */
public final class KbFeedbackStore {
    private final Database db;

    public KbFeedbackStore(Database db) {
        this.db = db;
    }

    public void insert(Connection c, String jurisdiction, KbFeedbackDto f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_feedback (id, jurisdiction_id, article_id, "
                + "rating, comment_text, author, at, resolved) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE)")) {
            Sql.setUuid(ps, 1, f.id());
            ps.setString(2, jurisdiction);
            ps.setString(3, f.articleId());
            ps.setString(4, f.rating());
            ps.setString(5, f.comment());
            ps.setString(6, f.author());
            Sql.setInstant(ps, 7, f.at());
            ps.executeUpdate();
        }
    }

    /**
     * Live articles with unresolved OUT_OF_DATE or MISSING_INFO feedback, the most negative first (then the most
     * recently criticised); the latest comment and time are those of the latest negative feedback.
     */
    public List<KbFeedbackSummaryDto> negative(String jurisdiction, int limit) {
        return db.read(c -> {
            Map<String, KbFeedbackSummaryDto> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT f.article_id, a.title, "
                    + "SUM(CASE WHEN f.rating = 'USEFUL' THEN 1 ELSE 0 END) AS useful, "
                    + "SUM(CASE WHEN f.rating = 'OUT_OF_DATE' THEN 1 ELSE 0 END) AS out_of_date, "
                    + "SUM(CASE WHEN f.rating = 'MISSING_INFO' THEN 1 ELSE 0 END) AS missing_info, "
                    + "MAX(CASE WHEN f.rating <> 'USEFUL' THEN f.at END) AS latest_at "
                    + "FROM kb_feedback f JOIN kb_articles a ON a.id = f.article_id "
                    + "WHERE f.jurisdiction_id = ? AND f.resolved = FALSE AND a.retired = FALSE "
                    + "GROUP BY f.article_id, a.title "
                    + "HAVING SUM(CASE WHEN f.rating <> 'USEFUL' THEN 1 ELSE 0 END) > 0 "
                    + "ORDER BY SUM(CASE WHEN f.rating <> 'USEFUL' THEN 1 ELSE 0 END) DESC, latest_at DESC, "
                    + "f.article_id LIMIT ?")) {
                ps.setString(1, jurisdiction);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), new KbFeedbackSummaryDto(rs.getString(1), rs.getString(2),
                                rs.getInt(3), rs.getInt(4), rs.getInt(5), null, Sql.instant(rs, "latest_at")));
                    }
                }
            }
            Map<String, String> comments = new LinkedHashMap<>();
            Sql.forEachIn(c, "SELECT article_id, comment_text FROM kb_feedback WHERE resolved = FALSE "
                    + "AND rating <> 'USEFUL' AND comment_text IS NOT NULL AND article_id IN (%s) "
                    + "ORDER BY at DESC", rows.keySet(), rs -> comments.putIfAbsent(rs.getString(1), rs.getString(2)));
            List<KbFeedbackSummaryDto> out = new ArrayList<>();
            rows.values().forEach(r -> out.add(new KbFeedbackSummaryDto(r.id(), r.title(), r.useful(), r.outOfDate(),
                    r.missingInfo(), comments.get(r.id()), r.latestAt())));
            return out;
        });
    }

    /** Marks every unresolved feedback of the article resolved; returns how many. */
    public int resolve(Connection c, String jurisdiction, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kb_feedback SET resolved = TRUE "
                + "WHERE jurisdiction_id = ? AND article_id = ? AND resolved = FALSE")) {
            ps.setString(1, jurisdiction);
            ps.setString(2, articleId);
            return ps.executeUpdate();
        }
    }
}
