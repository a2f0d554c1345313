package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only rows (history events, change-log, audit and idempotency records) written by the units of a group
 * commit, inserted together as one JDBC batch per statement just before the group's commit instead of one statement
 * per unit (ADR 0021). Outside a group, or on another connection than the group's, a row is inserted at once.
 *
 * <p>A unit that fails is rolled back to its savepoint and its rows are dropped with it ({@link #truncate}). Units of a
 * group must not read back the append-only rows written in the same group; creates never do.
 */
public final class Appends {
    private static final ThreadLocal<Appends> CURRENT = new ThreadLocal<>();
    private final Connection connection;
    private final List<Row> rows = new ArrayList<>();

    private Appends(Connection connection) {
        this.connection = connection;
    }

    /** An insert statement; batches run by ascending {@code rank}, so the change log (whose numbers count) goes last. */
    public record Insert(String sql, int rank) {
    }

    /** Binds one row's values. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private record Row(Insert insert, Binder binder) {
    }

    /** Inserts a row now, or, inside a group on its connection, with the group's batch. */
    public static void insert(Connection c, Insert insert, Binder binder) throws SQLException {
        Appends group = CURRENT.get();
        if (group != null && group.connection == c) {
            group.rows.add(new Row(insert, binder));
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert.sql())) {
            binder.bind(ps);
            ps.executeUpdate();
        }
    }

    /** Starts collecting the rows of this thread's units on {@code c}; {@link #end} stops. */
    static Appends begin(Connection c) {
        Appends group = new Appends(c);
        CURRENT.set(group);
        return group;
    }

    static void end() {
        CURRENT.remove();
    }

    /** How many rows are waiting: the mark to {@link #truncate} to when the next unit fails. */
    int mark() {
        return rows.size();
    }

    /** Drops the rows collected after {@code mark}: those of a unit rolled back to its savepoint. */
    void truncate(int mark) {
        rows.subList(mark, rows.size()).clear();
    }

    /** Inserts every waiting row, one batch per statement, each statement's rows in the order they were added. */
    void flush() throws SQLException {
        Map<Insert, List<Binder>> byStatement = new LinkedHashMap<>();
        for (Row row : rows) {
            byStatement.computeIfAbsent(row.insert(), k -> new ArrayList<>()).add(row.binder());
        }
        rows.clear();
        List<Map.Entry<Insert, List<Binder>>> ordered = new ArrayList<>(byStatement.entrySet());
        ordered.sort(Comparator.comparingInt(e -> e.getKey().rank()));
        for (Map.Entry<Insert, List<Binder>> e : ordered) {
            try (PreparedStatement ps = connection.prepareStatement(e.getKey().sql())) {
                if (e.getValue().size() == 1) {
                    e.getValue().get(0).bind(ps);
                    ps.executeUpdate();
                    continue;
                }
                for (Binder b : e.getValue()) {
                    b.bind(ps);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }
}
