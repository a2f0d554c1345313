package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The queries behind the retention job: which callers are past their retention period, and erasing them. */
public final class RetentionStore {

    /** A caller to anonymise. */
    public record Candidate(UUID id, String jurisdictionId, long version) {
    }

    /**
     * Callers not yet anonymised, known since before {@code cutoff}, untouched since, and with no request (as its
     * caller or as a linked caller) that is still open or was closed on or after {@code cutoff}.
     */
    public List<Candidate> candidates(Connection c, Instant cutoff, int limit) throws SQLException {
        List<Candidate> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.jurisdiction_id, c.version FROM callers c "
                + "WHERE c.anonymised_at IS NULL AND c.created_at < ? AND c.updated_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.caller_id = c.id "
                + "    AND (r.closed_at IS NULL OR r.closed_at >= ?)) "
                + "AND NOT EXISTS (SELECT 1 FROM request_callers rc JOIN requests r ON r.id = rc.request_id "
                + "    WHERE rc.caller_id = c.id AND (r.closed_at IS NULL OR r.closed_at >= ?)) "
                + "ORDER BY c.id LIMIT ?")) {
            for (int i = 1; i <= 4; i++) {
                Sql.setInstant(ps, i, cutoff);
            }
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Candidate(Sql.uuid(rs, "id"), rs.getString("jurisdiction_id"), rs.getLong("version")));
                }
            }
        }
        return out;
    }

    /**
     * Erases the caller's names, phones, e-mails, address and search keys, keeping the row (requests still point at
     * it) and its language; the new version, or empty when someone changed or erased it meanwhile.
     */
    public Optional<Long> anonymise(Connection c, Candidate caller, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE callers SET first_name = NULL, last_name = NULL, "
                + "phones_json = '[]', emails_json = '[]', address_id = NULL, consent = FALSE, search_phones = '', "
                + "search_text = '', anonymised_at = ?, updated_at = ?, version = ? "
                + "WHERE id = ? AND version = ? AND anonymised_at IS NULL")) {
            Sql.setInstant(ps, 1, now);
            Sql.setInstant(ps, 2, now);
            ps.setLong(3, caller.version() + 1);
            Sql.setUuid(ps, 4, caller.id());
            ps.setLong(5, caller.version());
            return ps.executeUpdate() == 1 ? Optional.of(caller.version() + 1) : Optional.empty();
        }
    }
}
