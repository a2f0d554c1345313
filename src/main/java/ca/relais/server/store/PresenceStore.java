package ca.relais.server.store;

import ca.relais.api.QueuesDto;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What workstations report about their user: one row per user, tied to the session that reported it. A user is signed
 * in while that session is valid and the last report is younger than {@link #FRESH}.
 */
public final class PresenceStore {
    public static final Duration FRESH = Duration.ofMinutes(2);
    private final Database db;

    public PresenceStore(Database db) {
        this.db = db;
    }

    /**
     * Records a report. True when supervisors see a difference: the user was not signed in before (no row, a stale
     * row or another session), or the state changed.
     */
    public boolean report(Connection c, String jurisdiction, String username, String token, String state, Instant now)
            throws SQLException {
        String tokenHash = Sha256.hex(token);
        try (PreparedStatement ps = c.prepareStatement("SELECT token_hash, state, last_seen_at FROM presence "
                + "WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    insert(c, jurisdiction, username, tokenHash, state, now);
                    return true;
                }
                boolean sameSession = tokenHash.equals(rs.getString(1));
                boolean sameState = state.equals(rs.getString(2));
                boolean fresh = Sql.instant(rs, "last_seen_at").isAfter(now.minus(FRESH));
                try (PreparedStatement up = c.prepareStatement("UPDATE presence SET jurisdiction_id = ?, "
                        + "token_hash = ?, state = ?, since = CASE WHEN state = ? THEN since ELSE ? END, "
                        + "last_seen_at = ? WHERE username = ?")) {
                    up.setString(1, jurisdiction);
                    up.setString(2, tokenHash);
                    up.setString(3, state);
                    up.setString(4, state);
                    Sql.setInstant(up, 5, now);
                    Sql.setInstant(up, 6, now);
                    up.setString(7, username);
                    up.executeUpdate();
                }
                return !(sameSession && sameState && fresh);
            }
        }
    }

    private static void insert(Connection c, String jurisdiction, String username, String tokenHash, String state,
                               Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO presence (username, jurisdiction_id, token_hash, "
                + "state, since, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, username);
            ps.setString(2, jurisdiction);
            ps.setString(3, tokenHash);
            ps.setString(4, state);
            Sql.setInstant(ps, 5, now);
            Sql.setInstant(ps, 6, now);
            ps.executeUpdate();
        }
    }

    /** Forgets the user's presence when the session that reported it ends. True when there was one. */
    public boolean signOut(Connection c, String username, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM presence WHERE username = ? AND token_hash = ?")) {
            ps.setString(1, username);
            ps.setString(2, Sha256.hex(token));
            return ps.executeUpdate() > 0;
        }
    }

    /** Users signed in now, by username. */
    public List<QueuesDto.AgentPresence> signedIn(String jurisdiction, Instant now) {
        return db.read(c -> {
            List<QueuesDto.AgentPresence> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.username, u.display_name, u.phone_line, "
                    + "p.state, p.since, p.last_seen_at FROM presence p "
                    + "JOIN sessions s ON s.token_hash = p.token_hash AND s.username = p.username "
                    + "JOIN users u ON u.username = p.username "
                    + "WHERE p.jurisdiction_id = ? AND p.last_seen_at > ? AND s.revoked_at IS NULL "
                    + "AND s.expires_at > ? ORDER BY p.username")) {
                ps.setString(1, jurisdiction);
                Sql.setInstant(ps, 2, now.minus(FRESH));
                Sql.setInstant(ps, 3, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new QueuesDto.AgentPresence(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), Sql.instant(rs, "since"), Sql.instant(rs, "last_seen_at")));
                    }
                }
            }
            return out;
        });
    }
}
