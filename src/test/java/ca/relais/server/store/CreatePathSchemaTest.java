package ca.relais.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every index on {@code requests} is paid by every create (ADR 0019, 0023): only those the reads need. */
class CreatePathSchemaTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void requestsCarryOnlyTheIndexesTheReadsAndKeysNeed(Engine engine) throws SQLException {
        String url = TestDatabases.freshUrl(engine, dir);
        Database db = engine == Engine.H2 ? Database.open(url, null, null)
                : Database.open(url, TestDatabases.postgresUser(), null);
        try (Connection c = db.connection()) {
            List<String> indexes = indexes(c.getMetaData());
            List<String> expected = new ArrayList<>(List.of("address_id", "caller_id", "id",
                    "jurisdiction_id,created_at", "jurisdiction_id,department_code",
                    "jurisdiction_id,department_code,due_at", "jurisdiction_id,lat",
                    "jurisdiction_id,status,due_at,department_code", "jurisdiction_id,type_code", "number"));
            if (engine == Engine.H2) {
                // H2 keeps an index for the key to the master request; PostgreSQL checks it by the primary key.
                expected.add("parent_id");
            }
            assertThat(indexes).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(foreignKeys(c.getMetaData())).containsExactlyInAnyOrder(
                    "address_id", "caller_id", "jurisdiction_id,department_code", "jurisdiction_id,type_code",
                    "parent_id");
        } finally {
            db.close();
        }
    }

    private static List<String> indexes(DatabaseMetaData meta) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, null, "requests", false, false)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME") != null) {
                    columns.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new TreeMap<>())
                            .put(rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase());
                }
            }
        }
        return columns.values().stream().map(m -> String.join(",", m.values())).toList();
    }

    private static List<String> foreignKeys(DatabaseMetaData meta) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, null, "requests")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString("FK_NAME"), k -> new TreeMap<>())
                        .put(rs.getInt("KEY_SEQ"), rs.getString("FKCOLUMN_NAME").toLowerCase());
            }
        }
        return columns.values().stream().map(m -> String.join(",", m.values())).toList();
    }
}
