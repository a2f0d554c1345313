package ca.relais.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Display names of users, for showing who holds a request; re-read at most once a minute. */
public final class UserDirectory {
    private static final Duration FRESH = Duration.ofMinutes(1);
    private static final Duration UNKNOWN_RETRY = Duration.ofSeconds(2);
    private final Database db;
    private final Clock clock;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    public UserDirectory(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The display name of {@code username}; the user name itself when unknown; null for null. */
    public String displayName(String username) {
        if (username == null) {
            return null;
        }
        Map<String, String> current = names;
        Duration age = current.containsKey(username) ? FRESH : UNKNOWN_RETRY;
        if (clock.instant().isAfter(readAt.plus(age))) {
            current = reload();
        }
        return current.getOrDefault(username, username);
    }

    private synchronized Map<String, String> reload() {
        Map<String, String> loaded = db.read(c -> {
            Map<String, String> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username, display_name FROM users");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
        names = Map.copyOf(loaded);
        readAt = clock.instant();
        return names;
    }
}
