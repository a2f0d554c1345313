package ca.relais.server.store.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2, a foreign key declared inside {@code CREATE TABLE} gets an index of its own, because the table's explicit
 * indexes do not exist yet: {@code requests} carried sixteen indexes instead of nine, all updated by every create.
 * This re-declares the foreign keys of the request tables now that the explicit indexes exist, so that H2 reuses them
 * and drops the indexes the old constraints owned. The constraints themselves are unchanged. PostgreSQL never creates
 * such indexes: there this migration does nothing.
 */
public final class V6_1__H2ForeignKeysReuseIndexes extends BaseJavaMigration {
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "ALTER TABLE (\"[^\"]+\"\\.\"(?:requests|request_events|request_callers)\") ADD CONSTRAINT "
                    + "(\"[^\"]+\"\\.\"[^\"]+\") FOREIGN KEY.*", Pattern.DOTALL);

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        List<Matcher> keys = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                Matcher m = FOREIGN_KEY.matcher(rs.getString(1));
                if (m.matches()) {
                    keys.add(m);
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (Matcher key : keys) {
                st.execute("ALTER TABLE " + key.group(1) + " DROP CONSTRAINT " + key.group(2));
            }
            for (Matcher key : keys) {
                // NOCHECK as in H2's own script: the rows already satisfied this very constraint.
                st.execute(key.group());
            }
        }
    }
}
