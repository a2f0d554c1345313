package ca.relais.server.store.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The create path (issue 3 benchmark, ADR 19): every index on {@code requests} is paid by every create.
 * <ul>
 * <li>No query filters or joins on {@code parent_id}, and requests are never deleted: {@code requests_by_parent} only
 * cost writes.</li>
 * <li>Department and type indexes on exactly the columns of their foreign keys, so that H2 uses them for the
 * constraints instead of keeping a second index each. A status filter on top of a department or a type reads that
 * department's or type's rows; the queue's counts by status use {@code requests_by_status}.</li>
 * <li>History is read by request in id order; an index on {@code request_id} alone gives that order on both
 * databases.</li>
 * </ul>
 * On H2 a foreign key declared inside {@code CREATE TABLE} gets an index of its own, because the table's explicit
 * indexes do not exist yet, and a constraint may own an explicit index: so on H2 the foreign keys of the request
 * tables are dropped first and re-declared after the index changes, which lets H2 reuse the explicit indexes. The
 * constraints themselves are unchanged. PostgreSQL never creates such indexes; there only the index changes run.
 */
public final class V6__CreatePathIndexes extends BaseJavaMigration {
    private static final List<String> INDEX_CHANGES = List.of(
            "DROP INDEX requests_by_parent",
            "DROP INDEX requests_by_department",
            "CREATE INDEX requests_by_department ON requests (jurisdiction_id, department_code)",
            "DROP INDEX requests_by_type",
            "CREATE INDEX requests_by_type ON requests (jurisdiction_id, type_code)",
            "DROP INDEX request_events_by_request",
            "CREATE INDEX request_events_by_request ON request_events (request_id)");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        if (!H2ForeignKeys.isH2(c)) {
            try (Statement st = c.createStatement()) {
                for (String change : INDEX_CHANGES) {
                    st.execute(change);
                }
            }
            return;
        }
        H2ForeignKeys.changeIndexes(c, INDEX_CHANGES, List.of("requests", "request_events", "request_callers"));
    }
}
