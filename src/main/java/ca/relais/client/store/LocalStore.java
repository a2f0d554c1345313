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

    /** Replaces the mirrored catalogue in one local transaction. */
    public synchronized void replaceCatalogue(CatalogueDto catalogue) {
        inTransaction(() -> {
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("DELETE FROM request_types");
                st.executeUpdate("DELETE FROM request_groups");
                st.executeUpdate("DELETE FROM departments");
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO departments VALUES (?, ?, ?, ?, ?, ?)")) {
                for (CatalogueDto.DepartmentDto d : catalogue.departments()) {
                    ps.setString(1, d.code());
                    ps.setString(2, d.nameFr());
                    ps.setString(3, d.nameEn());
                    ps.setString(4, d.phoneExtension());
                    ps.setBoolean(5, d.open247());
                    ps.setString(6, d.borough());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO request_groups VALUES (?, ?, ?)")) {
                for (CatalogueDto.GroupDto g : catalogue.groups()) {
                    ps.setString(1, g.code());
                    ps.setString(2, g.nameFr());
                    ps.setString(3, g.nameEn());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO request_types VALUES (?, ?, ?, ?, ?)")) {
                for (CatalogueDto.ServiceDto t : catalogue.items()) {
                    ps.setString(1, t.serviceCode());
                    ps.setString(2, t.group());
                    ps.setString(3, t.serviceName());
                    ps.setString(4, t.serviceNameEn());
                    ps.setString(5, Json.mapper().writeValueAsString(t));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            putMeta(Meta.JURISDICTION, catalogue.jurisdictionId());
            putMeta(Meta.CATALOGUE_SYNCED_AT, Instant.now().toString());
        });
    }

    /** The mirrored catalogue, as last synchronised. */
    public synchronized CatalogueDto catalogue() {
        try {
            List<CatalogueDto.ServiceDto> types = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT body_json FROM request_types ORDER BY group_code, code")) {
                while (rs.next()) {
                    types.add(Json.mapper().readValue(rs.getString(1), CatalogueDto.ServiceDto.class));
                }
            }
            List<CatalogueDto.DepartmentDto> departments = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM departments ORDER BY code")) {
                while (rs.next()) {
                    departments.add(new CatalogueDto.DepartmentDto(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getString(6)));
                }
            }
            List<CatalogueDto.GroupDto> groups = new ArrayList<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM request_groups ORDER BY code")) {
                while (rs.next()) {
                    groups.add(new CatalogueDto.GroupDto(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return new CatalogueDto(meta(Meta.JURISDICTION).orElse(null), types, null, types.size(), departments,
                    groups);
        } catch (SQLException e) {
            throw new LocalStoreException("Cannot read the cached catalogue", e);
        } catch (JsonProcessingException e) {
            throw new LocalStoreException("The cached catalogue is corrupt", e);
        }
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

    private void putMeta(Meta key, String value) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("MERGE INTO meta (k, v) KEY (k) VALUES (?, ?)")) {
            ps.setString(1, key.name());
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private void inTransaction(LocalWork work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
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

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new LocalStoreException("Cannot close the local cache", e);
        }
    }

    /** Keys of the cache's metadata table. */
    public enum Meta { JURISDICTION, CATALOGUE_SYNCED_AT }

    @FunctionalInterface
    private interface LocalWork {
        void run() throws SQLException, JsonProcessingException;
    }
}
