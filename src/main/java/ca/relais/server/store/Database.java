package ca.relais.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The server's connection pool, migrated by Flyway before anything else touches it. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.postgres = postgres;
    }

    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, null);
    }

    /** Opens the pool, reporting its metrics to {@code metrics} when given, and migrates the schema. */
    public static Database open(String jdbcUrl, String user, String password,
                                io.micrometer.core.instrument.MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        if (metrics != null) {
            config.setMetricRegistry(metrics);
        }
        config.setJdbcUrl(jdbcUrl);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setPoolName("relais-server");
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        config.setAutoCommit(true);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // A group commit's batches (ADR 0021) go out as multi-row inserts: one round trip per table and group.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        HikariDataSource dataSource = new HikariDataSource(config);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:ca/relais/server/store/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, jdbcUrl.startsWith("jdbc:postgresql:"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return postgres;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Runs {@code work} in one transaction, committing on success and rolling back on any failure. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Runs {@code work} on a connection in auto-commit mode. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
