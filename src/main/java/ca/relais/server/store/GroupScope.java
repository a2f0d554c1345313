package ca.relais.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the units of one group commit share besides their transaction (ADR 0021).
 * <ul>
 * <li>Append-only rows (history events, change-log, audit and idempotency records) are inserted together as one JDBC
 * batch per statement just before the group's commit instead of one statement per unit. A unit that fails is rolled
 * back to its savepoint and its rows are dropped with it ({@link #truncate}). Units of a group must not read back the
 * append-only rows written in the same group; creates never do.</li>
 * <li>Reference data read once per group ({@link #memo}): the units see what the first of them read in the same
 * transaction, as if they had run just after it.</li>
 * </ul>
 * Outside a group, or on another connection than the group's, a row is inserted at once and nothing is remembered.
 */
public final class GroupScope {
    private static final ThreadLocal<GroupScope> CURRENT = new ThreadLocal<>();
    private final Connection connection;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Object> memos = new HashMap<>();
    private final Map<String, ArrayDeque<Long>> reserved = new HashMap<>();
    private final int units;

    private GroupScope(Connection connection, int units) {
        this.connection = connection;
        this.units = units;
    }

    /** Takes {@code count} values of a database sequence in one statement. */
    @FunctionalInterface
    public interface SequenceBlock {
        long[] take(Connection c, int count) throws SQLException;
    }

    /** An insert statement; batches run by ascending {@code rank}: the change log, whose numbers count, goes last. */
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
        GroupScope group = CURRENT.get();
        if (group != null && group.connection == c) {
            group.rows.add(new Row(insert, binder));
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert.sql())) {
            binder.bind(ps);
            ps.executeUpdate();
        }
    }

    /** Reads a value through {@code c}: inside a group on its connection, once per group and key. */
    public static <T> T memo(Connection c, String key, Database.SqlWork<T> read) throws SQLException {
        GroupScope group = CURRENT.get();
        if (group == null || group.connection != c) {
            return read.run(c);
        }
        @SuppressWarnings("unchecked")
        T known = (T) group.memos.get(key);
        if (known == null) {
            known = read.run(c);
            group.memos.put(key, known);
        }
        return known;
    }

    /**
     * The next value of a sequence: inside a group, taken from a block of as many values as the group has units,
     * reserved with one statement. Values of a block that no unit uses are skipped, as values of a rolled-back
     * transaction always were.
     */
    public static long next(Connection c, String sequence, SequenceBlock block) throws SQLException {
        GroupScope group = CURRENT.get();
        if (group == null || group.connection != c) {
            return block.take(c, 1)[0];
        }
        ArrayDeque<Long> left = group.reserved.computeIfAbsent(sequence, k -> new ArrayDeque<>());
        if (left.isEmpty()) {
            for (long value : block.take(c, group.units)) {
                left.add(value);
            }
        }
        return left.poll();
    }

    /** Starts collecting the rows of this thread's {@code units} units on {@code c}; {@link #end} stops. */
    static GroupScope begin(Connection c, int units) {
        GroupScope group = new GroupScope(c, units);
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
