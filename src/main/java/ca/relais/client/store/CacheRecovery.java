package ca.relais.client.store;

import ca.relais.api.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds a damaged cache without losing what was typed: exports the unsent changes of the outbox journal to
 * {@code recovered-outbox-<time>.json}, sets the damaged file aside, and opens a fresh cache, which takes the
 * journal's entries back into its outbox (same client and mutation ids, so nothing is applied twice) and then
 * resynchronises everything else from the server.
 */
public final class CacheRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(CacheRecovery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CacheRecovery() {
    }

    /** What a recovery did: where the export and the damaged file went, and how many unsent changes it kept. */
    public record Result(Path export, Path setAside, int unsent, int unreadableJournalLines) {
    }

    /** Opens the cache, recovering it first when it is damaged; {@code onRecovered} hears about any recovery. */
    public static LocalStore openOrRecover(Path dataDir, String username, char[] password,
                                           Consumer<Result> onRecovered) throws CacheLockedException {
        return openOrRecover(dataDir, username, CacheKey.derive(dataDir, username, password), onRecovered);
    }

    /** The same, with the key already derived: a sign-in derives it once, for the cache and the verifier. */
    public static LocalStore openOrRecover(Path dataDir, String username, CacheKey key,
                                           Consumer<Result> onRecovered) throws CacheLockedException {
        try {
            return LocalStore.open(dataDir, username, key);
        } catch (CacheCorruptedException e) {
            LOG.warn("The local cache {} is damaged ({}); recovering its unsent changes", e.file(),
                    ca.relais.domain.LogSafe.describe(e.getCause()));
            Result result = recover(dataDir, username, key);
            LOG.warn("Recovered the cache of {}: {} unsent change(s) exported to {}, damaged file moved to {}",
                    username, result.unsent(), result.export(), result.setAside());
            onRecovered.accept(result);
            try {
                return LocalStore.open(dataDir, username, key);
            } catch (CacheCorruptedException again) {
                throw new LocalStoreException("The fresh cache could not be opened either", again);
            }
        }
    }

    /** Exports the journal's unsent changes and sets the damaged cache file aside; the next open starts afresh. */
    public static Result recover(Path dataDir, String username, char[] password) throws CacheLockedException {
        return recover(dataDir, username, CacheKey.derive(dataDir, username, password));
    }

    static Result recover(Path dataDir, String username, CacheKey key) throws CacheLockedException {
        Path folder = LocalStore.folder(dataDir, username);
        OutboxJournal.Contents journal = OutboxJournal.read(folder, key.bytes());
        if (journal.exists() && !journal.keyMatches()) {
            throw new CacheLockedException("This password does not open the outbox journal of " + username, null);
        }
        String stamp = STAMP.format(Instant.now());
        ObjectNode export = JsonNodeFactory.instance.objectNode().put("username", username)
                .put("client_id", journal.clientId()).put("exported_at", Instant.now().toString())
                .put("journal_found", journal.exists()).put("unreadable_journal_lines", journal.unreadableLines());
        ArrayNode entries = export.putArray("entries");
        for (OutboxEntry e : journal.live().values()) {
            ObjectNode item = entries.addObject().put("mutation_id", e.mutationId()).put("kind", e.kind().name())
                    .put("entity_id", e.entityId()).put("created_at", e.createdAt().toString());
            item.set("body", OutboxJournal.parseOrText(e.bodyJson()));
            if (e.baseVersion() != null) {
                item.put("base_version", e.baseVersion());
            }
            item.set("base", OutboxJournal.parseOrText(e.baseJson()));
        }
        Path exportFile = folder.resolve("recovered-outbox-" + stamp + ".json");
        Path aside = folder.resolve("cache-damaged-" + stamp + ".mv.db");
        try {
            Files.createFile(exportFile);
            restrict(exportFile);
            Files.writeString(exportFile, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(export));
            Path cache = folder.resolve(LocalStore.CACHE_FILE);
            if (Files.exists(cache)) {
                Files.move(cache, aside);
            }
            Files.deleteIfExists(folder.resolve("cache.trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot recover the cache in " + folder, e);
        }
        return new Result(exportFile, aside, journal.live().size(), journal.unreadableLines());
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's profile folder protects it
        }
    }
}
