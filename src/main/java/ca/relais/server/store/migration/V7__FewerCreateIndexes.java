package ca.relais.server.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Three fewer index entries per create (issue 3 benchmark, ADR 0023), on {@code requests}, whose every index each
 * create pays for:
 * <ul>
 * <li>{@code requests_by_status} is the leading part of {@code requests_by_status_due}, which serves its counts.</li>
 * <li>{@code requests_by_address} on {@code address_id} alone: nothing reads it by time, and on H2 the address key
 * then uses it instead of an index of its own on the same column.</li>
 * <li>The key from {@code jurisdiction_id} to {@code jurisdictions} goes, with the index H2 kept for it: the keys to
 * the request type and to the department, both per jurisdiction, already require that jurisdiction to exist.</li>
 * </ul>
 */
public final class V7__FewerCreateIndexes extends BaseJavaMigration {
    private static final List<String> INDEX_CHANGES = List.of(
            "DROP INDEX requests_by_status",
            "DROP INDEX requests_by_address",
            "CREATE INDEX requests_by_address ON requests (address_id)");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (H2ForeignKeys.isH2(c)) {
            H2ForeignKeys.changeIndexes(c, INDEX_CHANGES, List.of("requests"),
                    "FOREIGN KEY(\"jurisdiction_id\") REFERENCES");
            return;
        }
        try (Statement st = c.createStatement()) {
            for (String name : jurisdictionKeys(c)) {
                st.execute("ALTER TABLE requests DROP CONSTRAINT " + name);
            }
            for (String change : INDEX_CHANGES) {
                st.execute(change);
            }
        }
    }

    /** The foreign keys of {@code requests} on {@code jurisdiction_id} alone. */
    private static List<String> jurisdictionKeys(Connection c) throws java.sql.SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tc.constraint_name FROM "
                + "information_schema.table_constraints tc JOIN information_schema.key_column_usage k "
                + "ON k.constraint_name = tc.constraint_name AND k.table_name = tc.table_name "
                + "WHERE tc.table_name = 'requests' AND tc.constraint_type = 'FOREIGN KEY' "
                + "GROUP BY tc.constraint_name HAVING COUNT(*) = 1 AND MAX(k.column_name) = 'jurisdiction_id'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
