package ca.relais.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Shared transactions for concurrent writes: each write commits once or fails alone. */
class GroupCommitTest {
    private static final int WRITES = 200;

    @TempDir
    Path dir;

    private Database open(Engine engine) throws SQLException {
        String url = TestDatabases.freshUrl(engine, dir);
        Database db = engine == Engine.H2 ? Database.open(url, null, null)
                : Database.open(url, TestDatabases.postgresUser(), null);
        try (var c = db.connection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE gc_probe (k INTEGER PRIMARY KEY, v VARCHAR(20) NOT NULL)");
        }
        return db;
    }

    private static Integer insert(java.sql.Connection c, int k, String v) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gc_probe (k, v) VALUES (?, ?)")) {
            ps.setInt(1, k);
            ps.setString(2, v);
            ps.executeUpdate();
        }
        return k;
    }

    private static List<Integer> keys(Database db) {
        return db.read(c -> {
            List<Integer> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT k FROM gc_probe ORDER BY k")) {
                while (rs.next()) {
                    out.add(rs.getInt(1));
                }
            }
            return out;
        });
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void concurrentWritesShareTransactionsAndFailuresStayWithTheirWrite(Engine engine) throws Exception {
        try (Database db = open(engine); GroupCommit group = new GroupCommit(db, 1, 32)) {
            ExecutorService clients = Executors.newFixedThreadPool(16);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                int k = i;
                results.add(clients.submit(() -> {
                    start.await();
                    return group.inTransaction(c -> {
                        insert(c, k, "first");
                        if (k % 10 == 3) {
                            insert(c, k, "again"); // a duplicate key: this write alone must fail, with nothing kept
                        }
                        if (k % 10 == 7) {
                            throw new IllegalArgumentException("refused " + k); // a refusal after a write
                        }
                        return k;
                    });
                }));
            }
            start.countDown();
            List<Integer> expected = new ArrayList<>();
            for (int k = 0; k < WRITES; k++) {
                Future<Integer> f = results.get(k);
                if (k % 10 == 3) {
                    assertThatThrownBy(f::get).hasCauseInstanceOf(StoreException.class);
                } else if (k % 10 == 7) {
                    assertThatThrownBy(f::get).hasCauseInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("refused " + k);
                } else {
                    assertThat(f.get()).isEqualTo(k);
                    expected.add(k);
                }
            }
            clients.shutdown();
            assertThat(keys(db)).containsExactlyElementsOf(expected);
            // 200 writes from 16 threads: shared transactions, far fewer than one per write even with the reruns.
            assertThat(group.units()).isEqualTo(WRITES);
            assertThat(group.transactions()).isLessThan(WRITES);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void afterCloseWritesRunInTransactionsOfTheirOwn(Engine engine) throws Exception {
        try (Database db = open(engine)) {
            GroupCommit group = new GroupCommit(db, 2, 8);
            Integer first = group.inTransaction(c -> insert(c, 1, "open"));
            assertThat(first).isEqualTo(1);
            group.close();
            Integer second = group.inTransaction(c -> insert(c, 2, "closed"));
            assertThat(second).isEqualTo(2);
            assertThat(keys(db)).containsExactly(1, 2);
        }
    }
}
