package ca.relais.client.store;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.domain.PasswordHash;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One user's local cache: an H2 file encrypted with AES, whose key is derived from the user's password and a salt
 * kept beside it. Nobody without the password can read the citizens' data it holds.
 */
public final class LocalStore implements AutoCloseable {
    static final int KEY_ITERATIONS = PasswordHash.DEFAULT_ITERATIONS;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final String DB_USER = "relais";

    private final Connection connection;
    private final Path folder;

    private LocalStore(Connection connection, Path folder) {
        this.connection = connection;
        this.folder = folder;
    }

    /** Opens (or creates) the cache of {@code username} under {@code dataDir}. */
    public static LocalStore open(Path dataDir, String username, char[] password) throws CacheLockedException {
        if (!SAFE_NAME.matcher(username).matches()) {
            throw new IllegalArgumentException("Unsupported username for a local cache: " + username);
        }
        Path folder = dataDir.resolve("users").resolve(username);
        try {
            Files.createDirectories(folder);
            byte[] salt = readOrCreateSalt(folder.resolve("cache.salt"));
            String key = HexFormat.of().formatHex(PasswordHash.derive(password, salt, KEY_ITERATIONS, 256));
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("cache") + ";CIPHER=AES");
            ds.setUser(DB_USER);
            ds.setPassword(key + " " + key);
            Connection connection = ds.getConnection();
            Flyway.configure().dataSource(ds).locations("classpath:db/client").load().migrate();
            return new LocalStore(connection, folder);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new CacheLockedException("This password does not open the local cache of " + username, e);
            }
            throw new LocalStoreException("Cannot open the local cache in " + folder, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    private static byte[] readOrCreateSalt(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        byte[] salt = PasswordHash.randomSalt();
        Files.write(file, salt);
        return salt;
    }

    public Path folder() {
        return folder;
    }

    public synchronized Optional<String> meta(Meta key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            ps.setString(1, key.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LocalStoreException("Cannot read the cache", e);
        }
    }

    public synchronized void putMeta(Meta key, String value) {
        transaction(() -> {
            putMeta(connection, key, value);
            return null;
        });
    }

    static void putMeta(Connection connection, Meta key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO meta (k, v) KEY (k) VALUES (?, ?)")) {
            ps.setString(1, key.name());
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    /** Runs {@code work} in one local transaction: all of it is written, or none. */
    public synchronized <T> T transaction(LocalWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new LocalStoreException("Cannot write to the local cache", e);
        }
    }

    /** Runs a read on the cache's connection. */
    public synchronized <T> T read(LocalWork<T> work) {
        try {
            return work.run();
        } catch (SQLException | JsonProcessingException e) {
            throw new LocalStoreException("Cannot read the local cache", e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** This cache's client id: the first half of every {@code Idempotency-Key} it sends. */
    public synchronized String clientId() {
        return meta(Meta.CLIENT_ID).orElseGet(() -> {
            String id = "ws-" + java.util.UUID.randomUUID();
            putMeta(Meta.CLIENT_ID, id);
            return id;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LocalStoreException("Cannot close the local cache", e);
        }
    }

    /** Keys of the cache's metadata table. */
    public enum Meta { JURISDICTION, CATALOGUE_SYNCED_AT, CLIENT_ID, FEED_CURSOR, LAST_SYNC_AT, USER_JSON, CALL_DRAFT }

    /** Work on the cache that may fail with SQL or JSON errors. */
    @FunctionalInterface
    public interface LocalWork<T> {
        T run() throws SQLException, JsonProcessingException;
    }
}
