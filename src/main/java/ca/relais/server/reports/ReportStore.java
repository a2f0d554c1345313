package ca.relais.server.reports;

import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.report.RequestFacts;
import ca.relais.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads the facts behind reports, one pass over the requests created in a window. */
public final class ReportStore {
    private final Database db;

    public ReportStore(Database db) {
        this.db = db;
    }

    public List<RequestFacts> created(String jurisdiction, Instant from, Instant to) {
        return db.read(c -> {
            List<RequestFacts> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.type_code, t.group_code, r.nature, r.channel, "
                    + "r.department_code, r.borough, r.status, r.created_at, r.closed_at, r.due_at, r.reopened_count, "
                    + "r.kb_article_id FROM requests r JOIN request_types t ON t.jurisdiction_id = r.jurisdiction_id "
                    + "AND t.code = r.type_code WHERE r.jurisdiction_id = ? AND r.created_at >= ? AND r.created_at < ?")) {
                ps.setString(1, jurisdiction);
                ps.setTimestamp(2, Timestamp.from(from));
                ps.setTimestamp(3, Timestamp.from(to));
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp closed = rs.getTimestamp(9);
                        Timestamp due = rs.getTimestamp(10);
                        out.add(new RequestFacts(rs.getString(1), rs.getString(2), Nature.valueOf(rs.getString(3)),
                                rs.getString(4), rs.getString(5), rs.getString(6),
                                RequestStatus.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(),
                                closed == null ? null : closed.toInstant(), due == null ? null : due.toInstant(),
                                rs.getInt(11), rs.getString(12)));
                    }
                }
            }
            return out;
        });
    }
}
