package ca.relais.server.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The foreign keys of some tables, as H2's own {@code SCRIPT} declares them. H2 gives a foreign key an index of its
 * own unless one on exactly its columns exists when the key is declared, and a key owns the index it made: so a
 * migration that changes the indexes of these tables drops their keys first and declares them again after, and H2
 * then reuses the explicit indexes.
 */
record H2ForeignKeys(List<Key> keys) {
    record Key(String table, String name, String declaration) {
    }

    static boolean isH2(Connection c) throws SQLException {
        return "H2".equals(c.getMetaData().getDatabaseProductName());
    }

    static H2ForeignKeys of(Connection c, String... tables) throws SQLException {
        Pattern foreignKey = Pattern.compile("ALTER TABLE (\"[^\"]+\"\\.\"(?:" + String.join("|", tables)
                + ")\") ADD CONSTRAINT (\"[^\"]+\"\\.\"[^\"]+\") FOREIGN KEY.*", Pattern.DOTALL);
        List<Key> keys = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                Matcher m = foreignKey.matcher(rs.getString(1));
                if (m.matches()) {
                    keys.add(new Key(m.group(1), m.group(2), m.group()));
                }
            }
        }
        return new H2ForeignKeys(keys);
    }

    /**
     * On H2, runs the index changes between dropping the foreign keys of these tables and declaring them again (but
     * those whose declaration contains {@code leaveOut}).
     */
    static void changeIndexes(Connection c, List<String> changes, List<String> tables, String... leaveOut)
            throws SQLException {
        H2ForeignKeys keys = of(c, tables.toArray(String[]::new));
        try (Statement st = c.createStatement()) {
            keys.drop(st);
            for (String change : changes) {
                st.execute(change);
            }
            keys.declareAgain(st, leaveOut);
        }
    }

    void drop(Statement st) throws SQLException {
        for (Key key : keys) {
            st.execute("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name());
        }
    }

    /** Declares the keys again, but those whose declaration contains {@code leaveOut}. */
    void declareAgain(Statement st, String... leaveOut) throws SQLException {
        for (Key key : keys) {
            if (java.util.Arrays.stream(leaveOut).noneMatch(key.declaration()::contains)) {
                // NOCHECK as in H2's own script: the rows already satisfied this very constraint.
                st.execute(key.declaration());
            }
        }
    }
}
