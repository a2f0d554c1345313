package ca.relais.server.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Time and UUID columns read and bound the same way on H2 and PostgreSQL, whatever the JVM's time zone. */
final class Jdbc {
    private Jdbc() {
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        Object o = rs.getObject(column);
        return o == null ? null : o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    /** Binds parameters in order: instants as UTC offsets, everything else as is. Returns the next index. */
    static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Instant t) {
                ps.setObject(i++, t.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }

    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
