package ca.relais.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Small JDBC helpers that behave the same on H2 and PostgreSQL. */
final class Sql {
    static final int IN_CHUNK = 100;
    private Sql() {
    }

    /** Reads a {@code TIMESTAMP WITH TIME ZONE} without the JVM time zone getting involved. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(ResultSet rs, int column) throws SQLException {
        Object o = rs.getObject(column);
        if (o == null) {
            return null;
        }
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    static void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        Object o = rs.getObject(column);
        if (o == null) {
            return null;
        }
        return o instanceof UUID u ? u : UUID.fromString(o.toString());
    }

    static void setUuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    /** Escapes LIKE wildcards so user text matches literally. */
    static String likeContains(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** True when the exception is a unique or primary-key violation. */
    static boolean isUniqueViolation(SQLException e) {
        String state = e.getSQLState();
        return "23505".equals(state) || (state != null && state.startsWith("23") && e.getErrorCode() == 23505);
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql}, whose {@code %s} is replaced by a list of {@code ?}, for the keys in chunks of
     * {@value #IN_CHUNK}, and hands every row to {@code reader}. UUID keys are bound as UUIDs, others as strings.
     * Every chunk has the same number of markers (the last one repeats its last key), so the database parses the
     * statement once; H2 compares each row with the whole list, so chunks stay small.
     */
    static void forEachIn(java.sql.Connection c, String sql, java.util.Collection<?> keys, RowReader reader)
            throws SQLException {
        java.util.List<?> list = new java.util.ArrayList<>(keys);
        if (list.isEmpty()) {
            return;
        }
        int size = Math.min(IN_CHUNK, list.size());
        String statement = String.format(sql, String.join(",", java.util.Collections.nCopies(size, "?")));
        for (int from = 0; from < list.size(); from += size) {
            java.util.List<?> chunk = list.subList(from, Math.min(list.size(), from + size));
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                for (int i = 0; i < size; i++) {
                    Object key = chunk.get(Math.min(i, chunk.size() - 1));
                    if (key instanceof UUID u) {
                        setUuid(ps, i + 1, u);
                    } else {
                        ps.setString(i + 1, String.valueOf(key));
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        }
    }
}
