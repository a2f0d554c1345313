package ca.relais.server.store;

import ca.relais.domain.PhoneLine;
import ca.relais.domain.Role;
import ca.relais.domain.User;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Users, their roles and their password hashes. */
public final class UserStore {
    private final Database db;

    public UserStore(Database db) {
        this.db = db;
    }

    /** A stored user with what only the server may see. */
    public record StoredUser(User user, String jurisdictionId, String passwordHash, boolean disabled) {
    }

    public Optional<StoredUser> find(String username) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT username, display_name, password_hash, roles, jurisdiction_id, department_code, "
                            + "phone_line, disabled FROM users WHERE username = ?")) {
                ps.setString(1, username);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.empty();
                }
            }
        });
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM users");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    public void insert(Connection c, User user, String jurisdictionId, String passwordHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (username, display_name, password_hash, roles, jurisdiction_id, department_code, "
                        + "phone_line, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, ?)")) {
            ps.setString(1, user.username());
            ps.setString(2, user.displayName());
            ps.setString(3, passwordHash);
            ps.setString(4, user.roles().stream().map(Role::wireName).sorted().collect(Collectors.joining(",")));
            ps.setString(5, jurisdictionId);
            ps.setString(6, user.department());
            ps.setString(7, user.line().code());
            ps.setTimestamp(8, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
    }

    private static StoredUser map(ResultSet rs) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString("roles").split(","))
                .filter(s -> !s.isBlank())
                .map(Role::fromWire)
                .collect(Collectors.toUnmodifiableSet());
        User user = new User(rs.getString("username"), rs.getString("display_name"), roles,
                rs.getString("department_code"), PhoneLine.fromCode(rs.getString("phone_line")));
        return new StoredUser(user, rs.getString("jurisdiction_id"), rs.getString("password_hash"),
                rs.getBoolean("disabled"));
    }
}
