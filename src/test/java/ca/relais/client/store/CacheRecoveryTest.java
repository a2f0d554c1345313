package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.api.CallerDto;
import ca.relais.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged or rolled-back cache file, with the outbox journal beside it. */
class CacheRecoveryTest {
    private static final char[] PASSWORD = "relais-demo".toCharArray();

    @TempDir
    Path dir;

    private static ObjectNode request(UUID id) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString())
                .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", "Trou rue King");
        body.putObject("attributes").put("SIZE", "SMALL");
        return body;
    }

    private Path cacheFile() {
        return dir.resolve("users/agent8000/cache.mv.db");
    }

    @Test
    void aDamagedCacheIsReportedClearlyAndItsUnsentWritesSurviveTheRecovery() throws Exception {
        List<OutboxEntry> before;
        String clientId;
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            clientId = store.clientId();
            LocalWrites writes = new LocalWrites(store);
            UUID callerId = UUID.randomUUID();
            ObjectNode caller = JsonNodeFactory.instance.objectNode().put("id", callerId.toString())
                    .put("last_name", "Bélanger");
            writes.createCaller(caller, new CallerDto(callerId, null, "Bélanger", List.of(), List.of(), null, null,
                    "fr", false, 0, Instant.now(), Instant.now()));
            for (int i = 0; i < 3; i++) {
                writes.createRequest(request(UUID.randomUUID()), "agent8000", "SEI", Instant.now());
            }
            Outbox outbox = new Outbox(store);
            writes.confirm(outbox.all().get(1), null);
            before = outbox.all();
        }
        assertThat(before).hasSize(3);
        damage(cacheFile());

        assertThatThrownBy(() -> LocalStore.open(dir, "agent8000", PASSWORD))
                .isInstanceOf(CacheCorruptedException.class)
                .hasMessageContaining("is damaged and cannot be opened")
                .hasMessageContaining("cache.mv.db");
        assertThatThrownBy(() -> LocalStore.open(dir, "agent8000", "wrong".toCharArray()))
                .as("a wrong password is still told apart from damage").isInstanceOf(CacheLockedException.class);

        List<CacheRecovery.Result> recoveries = new ArrayList<>();
        try (LocalStore store = CacheRecovery.openOrRecover(dir, "agent8000", PASSWORD, recoveries::add)) {
            assertThat(recoveries).hasSize(1);
            CacheRecovery.Result result = recoveries.get(0);
            assertThat(result.unsent()).isEqualTo(3);
            assertThat(result.setAside()).exists();
            JsonNode export = Json.mapper().readTree(result.export().toFile());
            assertThat(export.get("client_id").asText()).isEqualTo(clientId);
            assertThat(export.get("entries")).hasSize(3);
            assertThat(export.get("entries").get(0).get("body").get("last_name").asText()).isEqualTo("Bélanger");
            assertThat(result.export().getFileName().toString()).matches("recovered-outbox-\\d{8}T\\d{6}Z\\.json");

            assertThat(store.clientId()).as("same client id, so the server drops what it already has")
                    .isEqualTo(clientId);
            List<OutboxEntry> after = new Outbox(store).all();
            assertThat(after).extracting(OutboxEntry::mutationId)
                    .containsExactlyElementsOf(before.stream().map(OutboxEntry::mutationId).toList());
            assertThat(after).extracting(OutboxEntry::bodyJson)
                    .containsExactlyElementsOf(before.stream().map(OutboxEntry::bodyJson).toList());
            new LocalWrites(store).createRequest(request(UUID.randomUUID()), "agent8000", "SEI", Instant.now());
            long newest = new Outbox(store).all().get(3).mutationId();
            assertThat(newest).as("new mutation ids never reuse one already sent").isGreaterThan(
                    before.get(2).mutationId());
        }
        try (Stream<Path> files = Files.list(cacheFile().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("cache-damaged-")).contains("cache.mv.db", "outbox.journal");
        }
    }

    @Test
    void writesWhoseCommitTheCacheLostComeBackFromTheJournal() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            new LocalWrites(store).createRequest(request(UUID.randomUUID()), "agent8000", "SEI", Instant.now());
        }
        Path snapshot = dir.resolve("snapshot.mv.db");
        Files.copy(cacheFile(), snapshot);
        long lastSent;
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            LocalWrites writes = new LocalWrites(store);
            writes.createRequest(request(UUID.randomUUID()), "agent8000", "SEI", Instant.now());
            writes.addNote(UUID.randomUUID(), "rappel", "INTERNAL");
            lastSent = new Outbox(store).all().get(2).mutationId();
        }
        Files.copy(snapshot, cacheFile(), StandardCopyOption.REPLACE_EXISTING);

        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            List<OutboxEntry> entries = new Outbox(store).all();
            assertThat(entries).hasSize(3);
            assertThat(entries.get(2).kind()).isEqualTo(OutboxEntry.Kind.NOTE);
            new LocalWrites(store).addNote(UUID.randomUUID(), "encore", "INTERNAL");
            assertThat(new Outbox(store).all().get(3).mutationId()).isGreaterThan(lastSent);
        }
    }

    @Test
    void confirmedEntriesAreNotBroughtBack() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            LocalWrites writes = new LocalWrites(store);
            for (int i = 0; i < 5; i++) {
                writes.createRequest(request(UUID.randomUUID()), "agent8000", "SEI", Instant.now());
            }
            Outbox outbox = new Outbox(store);
            for (OutboxEntry e : outbox.all()) {
                writes.confirm(e, null);
            }
        }
        damage(cacheFile());
        try (LocalStore store = CacheRecovery.openOrRecover(dir, "agent8000", PASSWORD, r -> { })) {
            assertThat(new Outbox(store).all()).isEmpty();
        }
    }

    private static void damage(Path file) throws Exception {
        Random random = new Random(42);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            random.nextBytes(junk);
            raf.seek(0);
            raf.write(junk);
            raf.seek(Math.max(8192, raf.length() - 4096));
            random.nextBytes(junk);
            raf.write(junk, 0, 4096);
        }
    }
}
