package ca.relais.server.store;

import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Bearer tokens. Only a SHA-256 digest of each token is stored, so a copy of the database cannot be used to sign in.
 */
public final class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Database db;
    private final Clock clock;
    private final Duration ttl;

    public SessionStore(Database db, Clock clock, Duration ttl) {
        this.db = db;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A newly issued token, shown to its owner once. */
    public record Issued(String token, Instant expiresAt) {
    }

    public Issued issue(String username, String remoteAddr) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sessions (token_hash, username, created_at, expires_at, remote_addr) "
                            + "VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, Sha256.hex(token));
                ps.setString(2, username);
                ps.setTimestamp(3, Timestamp.from(now));
                ps.setTimestamp(4, Timestamp.from(expiresAt));
                ps.setString(5, remoteAddr);
                return ps.executeUpdate();
            }
        });
        return new Issued(token, expiresAt);
    }

    /** The user a live token belongs to, if the token exists, is not revoked and has not expired. */
    public Optional<String> resolve(String token) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT username FROM sessions WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")) {
                ps.setString(1, Sha256.hex(token));
                ps.setTimestamp(2, Timestamp.from(clock.instant()));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public boolean revoke(String token) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL")) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setString(2, Sha256.hex(token));
                return ps.executeUpdate() > 0;
            }
        });
    }

}
