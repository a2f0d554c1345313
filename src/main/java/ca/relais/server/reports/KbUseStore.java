package ca.relais.server.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Knowledge-base use in a period, for the accountability report. */
public final class KbUseStore {
    static final int TOP = 10;
    private final Database db;

    public KbUseStore(Database db) {
        this.db = db;
    }

    public AccountabilityDto.KbUse use(String jurisdiction, Instant from, Instant to) {
        return db.read(c -> {
            long used = 0;
            List<AccountabilityDto.Count> articles = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.kb_article_id, MAX(a.title), COUNT(*) AS n "
                    + "FROM requests r LEFT JOIN kb_articles a ON a.id = r.kb_article_id "
                    + "WHERE r.jurisdiction_id = ? AND r.created_at >= ? AND r.created_at < ? "
                    + "AND r.kb_article_id IS NOT NULL GROUP BY r.kb_article_id ORDER BY n DESC, r.kb_article_id")) {
                Jdbc.bind(ps, List.of(jurisdiction, from, to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        used += rs.getLong(3);
                        if (articles.size() < TOP) {
                            articles.add(new AccountabilityDto.Count(rs.getString(1), rs.getString(2),
                                    rs.getLong(3)));
                        }
                    }
                }
            }
            long feedback;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM kb_feedback "
                    + "WHERE jurisdiction_id = ? AND at >= ? AND at < ?")) {
                Jdbc.bind(ps, List.of(jurisdiction, from, to));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    feedback = rs.getLong(1);
                }
            }
            long gaps = 0;
            List<AccountabilityDto.Count> top = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT query_key, MAX(query_text), COUNT(*) AS n "
                    + "FROM kb_gaps WHERE jurisdiction_id = ? AND at >= ? AND at < ? GROUP BY query_key "
                    + "ORDER BY n DESC, query_key")) {
                Jdbc.bind(ps, List.of(jurisdiction, from, to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        gaps += rs.getLong(3);
                        if (top.size() < TOP) {
                            top.add(new AccountabilityDto.Count(rs.getString(1), rs.getString(2), rs.getLong(3)));
                        }
                    }
                }
            }
            return new AccountabilityDto.KbUse(used, feedback, articles, gaps, top);
        });
    }
}
