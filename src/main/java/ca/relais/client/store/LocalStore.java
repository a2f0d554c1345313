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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One user's local cache: an H2 file encrypted with AES, whose key is derived from the user's password and a salt
 * kept beside it. Nobody without the password can read the citizens' data it holds.
 */
public final class LocalStore implements AutoCloseable {
    static final int KEY_ITERATIONS = PasswordHash.DEFAULT_ITERATIONS;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,80}");
    private static final String DB_USER = "relais";

    static final String CACHE_FILE = "cache.mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);
    private final Connection connection;
    private final Path folder;
    private OutboxJournal journal;
    private final LookupIndex lookups = new LookupIndex(this);
    private boolean closed;
    private final List<Consumer<ArticleChanges>> articleListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<ArticleChanges> uncommittedArticles = new ArrayList<>();

    private LocalStore(Connection connection, Path folder) {
        this.connection = connection;
        this.folder = folder;
    }

    /**
     * Opens (or creates) the cache of {@code username} under {@code dataDir}, restores any unsent change that the
     * outbox journal holds and the cache lost, and starts a fresh journal.
     */
    public static LocalStore open(Path dataDir, String username, char[] password)
            throws CacheLockedException, CacheCorruptedException {
        return open(dataDir, username, CacheKey.derive(dataDir, username, password));
    }

    /** Opens the cache with a key already derived (see {@link CacheKey}). */
    public static LocalStore open(Path dataDir, String username, CacheKey cacheKey)
            throws CacheLockedException, CacheCorruptedException {
        Path folder = folder(dataDir, username);
        byte[] key = cacheKey.bytes();
        OutboxJournal.Contents journal = OutboxJournal.read(folder, key);
        if (journal.exists() && !journal.keyMatches() && journal.unreadableLines() > 0) {
            throw new CacheLockedException("This password does not open the local cache of " + username, null);
        }
        Connection connection;
        try {
            JdbcDataSource ds = dataSource(folder, key);
            connection = ds.getConnection();
            if (!ClientSchema.isCurrent(connection)) {
                Flyway.configure().dataSource(ds).locations("classpath:" + ClientSchema.LOCATION).load().migrate();
            }
        } catch (SQLException | FlywayException e) {
            SQLException sql = sqlCause(e);
            boolean keyRefused = sql != null && (sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD);
            if (keyRefused && !journal.keyMatches()) {
                throw new CacheLockedException("This password does not open the local cache of " + username, e);
            }
            if (keyRefused || damaged(e)) {
                throw new CacheCorruptedException(folder.resolve(CACHE_FILE), e);
            }
            throw new LocalStoreException("Cannot open the local cache in " + folder, e);
        }
        LocalStore store = new LocalStore(connection, folder);
        try {
            store.start(key, journal);
            return store;
        } catch (LocalStoreException e) {
            store.close();
            if (damaged(e)) {
                throw new CacheCorruptedException(folder.resolve(CACHE_FILE), e);
            }
            throw e;
        }
    }

    /** Whether {@code username} can name a folder of its own (letters, digits, dot, dash, underscore). */
    static boolean isSafeName(String username) {
        return SAFE_NAME.matcher(username).matches();
    }

    static Path folder(Path dataDir, String username) {
        if (!isSafeName(username)) {
            throw new IllegalArgumentException("Unsupported username for a local cache: " + username);
        }
        return dataDir.resolve("users").resolve(username);
    }

    /** The cache key: PBKDF2 of the password with the salt kept beside the cache. */
    static byte[] deriveKey(Path folder, char[] password) {
        return CacheKey.derive(folder, password).bytes();
    }

    /**
     * Opens, uses and deletes a throwaway cache in a temporary folder, with a throwaway key: the first real opening
     * then finds the database engine, its SQL parser and its file encryption loaded and initialised (about half a
     * second at a cold start). For a background thread at start-up.
     */
    public static void warmUpEngine() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("relais-warmup");
            try (Connection c = dataSource(dir, new byte[32]).getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id UUID PRIMARY KEY, k VARCHAR(40), v VARCHAR(200))");
                st.execute("CREATE INDEX t_by_k ON t (k)");
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO t KEY (id) VALUES (?, ?, ?)")) {
                    ps.setObject(1, UUID.randomUUID());
                    ps.setString(2, "k");
                    ps.setString(3, "v");
                    ps.executeUpdate();
                }
                try (ResultSet rs = st.executeQuery("SELECT v FROM t WHERE k = 'k' ORDER BY id")) {
                    rs.next();
                }
                st.execute("SHUTDOWN");
            }
        } catch (SQLException | IOException e) {
            LOG.debug("Cache engine warm-up skipped: {}", e.toString());
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.debug("Warm-up folder left behind: {}", e.toString());
        }
    }

    static JdbcDataSource dataSource(Path folder, byte[] key) {
        String hex = HexFormat.of().formatHex(key);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("cache") + ";CIPHER=AES");
        ds.setUser(DB_USER);
        ds.setPassword(hex + " " + hex);
        return ds;
    }

    /**
     * Adopts the journal's client id, puts back the journal's unconfirmed entries that the cache does not hold (its
     * last commits were lost, or it is a fresh cache after a recovery), keeps new mutation ids above every id ever
     * sent, and rewrites the journal from the outbox, which also reads every outbox row once.
     */
    private void start(byte[] key, OutboxJournal.Contents journal) {
        String id = meta(Meta.CLIENT_ID).orElse(journal.clientId() != null ? journal.clientId()
                : "ws-" + UUID.randomUUID());
        transaction(() -> {
            putMeta(connection, Meta.CLIENT_ID, id);
            if (id.equals(journal.clientId())) {
                int restored = Outbox.restoreMissing(connection, journal.live().values());
                if (restored > 0) {
                    LOG.warn("{} unsent change(s) put back in the outbox of {} from its journal", restored, folder);
                }
            }
            long highest = Math.max(journal.highWater(), Outbox.maxMutationId(connection));
            try (Statement st = connection.createStatement()) {
                st.execute("ALTER TABLE outbox ALTER COLUMN mutation_id RESTART WITH " + (highest + 1));
            }
            return null;
        });
        List<OutboxEntry> entries = new Outbox(this).all();
        long highest = Math.max(journal.highWater(), entries.stream().mapToLong(OutboxEntry::mutationId).max()
                .orElse(0));
        this.journal = OutboxJournal.rewrite(folder, key, id, highest, entries);
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean damaged(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MVStoreException || c instanceof SQLException sql
                    && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || sql.getErrorCode() == ErrorCode.GENERAL_ERROR_1 && sql.getCause() instanceof MVStoreException)) {
                return true;
            }
        }
        return false;
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
                publishArticles();
                return result;
            } catch (SQLException | JsonProcessingException | RuntimeException e) {
                uncommittedArticles.clear();
                connection.rollback();
                dropCallerIndex();
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

    OutboxJournal journal() {
        return journal;
    }

    /** Starts building the caller lookup index in the background, so the agent's first lookup does not wait. */
    public void warmUpLookups() {
        lookups.warmUp();
    }

    CallerIndex callerIndex() {
        return lookups.ready();
    }

    /** The caller lookup index when it is built, else null (and a build under way). */
    CallerIndex callerIndexIfBuilt() {
        return lookups.ifBuilt();
    }

    /** Waits until the caller lookup index is built (benchmarks and tests measure lookups through it). */
    public void awaitLookups() {
        lookups.ready();
    }

    synchronized void ifCallerIndex(Consumer<CallerIndex> change) {
        lookups.ifPresent(change);
    }

    /** Whether {@link #close()} ran; callers hold the store. */
    boolean isClosed() {
        return closed;
    }

    synchronized void dropCallerIndex() {
        lookups.drop();
    }

    /**
     * Tells {@code listener} of every committed change of the mirrored articles, in commit order, while the cache is
     * held: a reader holding the cache too sees the mirror and the changes in the same order.
     */
    public void onArticleChanges(Consumer<ArticleChanges> listener) {
        articleListeners.add(listener);
    }

    public void removeArticleListener(Consumer<ArticleChanges> listener) {
        articleListeners.remove(listener);
    }

    /** Queues a change of the mirrored articles, published when the current transaction commits. */
    synchronized void articlesChanged(ArticleChanges changes) {
        if (!changes.isEmpty()) {
            uncommittedArticles.add(changes);
        }
    }

    private void publishArticles() {
        List<ArticleChanges> committed = List.copyOf(uncommittedArticles);
        uncommittedArticles.clear();
        for (ArticleChanges changes : committed) {
            for (Consumer<ArticleChanges> listener : articleListeners) {
                try {
                    listener.accept(changes);
                } catch (RuntimeException e) {
                    LOG.warn("An article listener failed: {}", e.toString());
                }
            }
        }
    }

    /** This cache's client id: the first half of every {@code Idempotency-Key} it sends; kept in the journal too. */
    public synchronized String clientId() {
        return meta(Meta.CLIENT_ID).orElseThrow();
    }

    @Override
    public synchronized void close() {
        closed = true;
        lookups.drop();
        try {
            if (journal != null) {
                journal.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new LocalStoreException("Cannot close the local cache", e);
        }
    }

    /** Keys of the cache's metadata table. */
    public enum Meta { JURISDICTION, CATALOGUE_SYNCED_AT, CLIENT_ID, FEED_CURSOR, LAST_SYNC_AT, USER_JSON, CALL_DRAFT,
        CATALOGUE_ETAG }

    /** Work on the cache that may fail with SQL or JSON errors. */
    @FunctionalInterface
    public interface LocalWork<T> {
        T run() throws SQLException, JsonProcessingException;
    }
}
