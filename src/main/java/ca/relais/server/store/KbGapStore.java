package ca.relais.server.store;

import ca.relais.api.KbGapDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Knowledge gaps: searches that found nothing, or nothing worth opening, grouped by their folded text. */
public final class KbGapStore {
    private final Database db;

    public KbGapStore(Database db) {
        this.db = db;
    }

    /** One recorded search. */
    public record Gap(UUID id, String query, String queryKey, String language, int resultCount, String reason,
                      String author, Instant at) {
    }

    public void insert(Connection c, String jurisdiction, Gap g) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO kb_gaps (id, jurisdiction_id, query_text, "
                + "query_key, language, result_count, reason, author, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Sql.setUuid(ps, 1, g.id());
            ps.setString(2, jurisdiction);
            ps.setString(3, g.query());
            ps.setString(4, g.queryKey());
            ps.setString(5, g.language());
            ps.setInt(6, g.resultCount());
            ps.setString(7, g.reason());
            ps.setString(8, g.author());
            Sql.setInstant(ps, 9, g.at());
            ps.executeUpdate();
        }
    }

    /**
     * The most frequent gaps since {@code since}, grouped by folded query and language, the most frequent first;
     * each group shows the raw text of its latest search.
     */
    public List<KbGapDto> top(String jurisdiction, Instant since, int limit) {
        return db.read(c -> {
            List<KbGapDto> groups = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT query_key, language, COUNT(*) AS n, "
                    + "SUM(CASE WHEN reason = 'NO_RESULT' THEN 1 ELSE 0 END) AS no_result, "
                    + "SUM(CASE WHEN reason = 'NOT_OPENED' THEN 1 ELSE 0 END) AS not_opened, MAX(at) AS last_at "
                    + "FROM kb_gaps WHERE jurisdiction_id = ? AND at >= ? GROUP BY query_key, language "
                    + "ORDER BY n DESC, last_at DESC, query_key, language LIMIT ?")) {
                ps.setString(1, jurisdiction);
                Sql.setInstant(ps, 2, since);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        keys.add(rs.getString(1));
                        groups.add(new KbGapDto(null, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                                Sql.instant(rs, "last_at")));
                    }
                }
            }
            List<KbGapDto> out = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                KbGapDto g = groups.get(i);
                out.add(new KbGapDto(latestText(c, jurisdiction, keys.get(i), g.language()), g.language(), g.count(),
                        g.noResult(), g.notOpened(), g.lastAt()));
            }
            return out;
        });
    }

    private static String latestText(Connection c, String jurisdiction, String key, String language)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT query_text FROM kb_gaps WHERE jurisdiction_id = ? "
                + "AND query_key = ? AND language = ? ORDER BY at DESC LIMIT 1")) {
            ps.setString(1, jurisdiction);
            ps.setString(2, key);
            ps.setString(3, language);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : key;
            }
        }
    }
}
