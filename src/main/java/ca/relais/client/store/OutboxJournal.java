package ca.relais.client.store;

import ca.relais.api.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An append-only copy of the outbox beside the cache, one AES-GCM line per event, under a key derived from the cache
 * key. Entries are appended in the transaction that writes them; a tombstone follows once the server confirmed them
 * or the agent discarded them. It is what survives when the cache file itself is damaged or lost its last commits.
 */
final class OutboxJournal implements AutoCloseable {
    static final String FILE = "outbox.journal";
    private static final int COMPACT_AFTER_LINES = 2_000;
    /**
     * Nonces come from this journal's own DRBG, seeded once from the system: the default {@code NativePRNG} serialises
     * every caller in the process behind one lock, which stalled a simulator running a hundred agents.
     */
    private final SecureRandom random = newRandom();

    private static SecureRandom newRandom() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private final Path file;
    private final SecretKeySpec key;
    private final Set<Long> live = new HashSet<>();
    private String clientId;
    private long highWater;
    private int lines;
    private FileChannel channel;

    private OutboxJournal(Path file, SecretKeySpec key) {
        this.file = file;
        this.key = key;
    }

    /** What a journal file holds: the client id, the highest mutation id ever issued and the unconfirmed entries. */
    record Contents(boolean exists, boolean keyMatches, String clientId, long highWater,
                    Map<Long, OutboxEntry> live, int unreadableLines) {
    }

    static Path file(Path folder) {
        return folder.resolve(FILE);
    }

    /** Reads the journal of a cache folder; a torn or foreign line is counted, never fatal. */
    static Contents read(Path folder, byte[] cacheKey) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            return new Contents(false, false, null, 0, Map.of(), 0);
        }
        SecretKeySpec key = journalKey(cacheKey);
        Map<Long, OutboxEntry> live = new TreeMap<>();
        String clientId = null;
        long highWater = 0;
        int unreadable = 0;
        boolean decrypted = false;
        List<String> raw;
        try {
            raw = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        for (String line : raw) {
            JsonNode event = decrypt(key, line);
            if (event == null) {
                unreadable++;
                continue;
            }
            decrypted = true;
            switch (event.path("t").asText()) {
                case "head" -> {
                    clientId = event.path("client_id").asText(null);
                    highWater = Math.max(highWater, event.path("high_water").asLong());
                }
                case "add" -> {
                    OutboxEntry entry = entry(event);
                    live.put(entry.mutationId(), entry);
                    highWater = Math.max(highWater, entry.mutationId());
                }
                case "done" -> live.remove(event.path("id").asLong());
                default -> unreadable++;
            }
        }
        return new Contents(true, decrypted, clientId, highWater, live, unreadable);
    }

    /** Starts a fresh journal file holding the header and {@code entries}, replacing any previous one atomically. */
    static OutboxJournal rewrite(Path folder, byte[] cacheKey, String clientId, long highWater,
                                 List<OutboxEntry> entries) {
        OutboxJournal journal = new OutboxJournal(file(folder), journalKey(cacheKey));
        journal.clientId = clientId;
        journal.highWater = highWater;
        journal.rewrite(entries);
        return journal;
    }

    synchronized void added(OutboxEntry entry) {
        live.add(entry.mutationId());
        highWater = Math.max(highWater, entry.mutationId());
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("t", "add").put("id", entry.mutationId())
                .put("kind", entry.kind().name()).put("entity_id", entry.entityId()).put("body", entry.bodyJson())
                .put("base_json", entry.baseJson()).put("created_at", entry.createdAt().toString());
        if (entry.baseVersion() != null) {
            event.put("base_version", entry.baseVersion());
        }
        append(event);
    }

    synchronized void done(long mutationId) {
        live.remove(mutationId);
        append(JsonNodeFactory.instance.objectNode().put("t", "done").put("id", mutationId));
        if (live.isEmpty() && lines > COMPACT_AFTER_LINES) {
            rewrite(List.of());
        }
    }

    synchronized long highWater() {
        return highWater;
    }

    @Override
    public synchronized void close() {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rewrite(List<OutboxEntry> entries) {
        close();
        Path tmp = file.resolveSibling(FILE + ".tmp");
        try {
            channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            lines = 0;
            live.clear();
            append(JsonNodeFactory.instance.objectNode().put("t", "head").put("client_id", clientId)
                    .put("high_water", highWater).put("at", Instant.now().toString()));
            for (OutboxEntry e : entries) {
                added(e);
            }
            channel.force(true);
            channel.close();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the outbox journal " + file, e);
        }
    }

    private void append(ObjectNode event) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(event.toString().getBytes(StandardCharsets.UTF_8));
            byte[] line = (Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv)
                    .put(sealed).array()) + "\n").getBytes(StandardCharsets.US_ASCII);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            lines++;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the outbox journal " + file, e);
        }
    }

    private static JsonNode decrypt(SecretKeySpec key, String line) {
        try {
            byte[] raw = Base64.getDecoder().decode(line.strip());
            if (raw.length < 28) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, raw, 0, 12));
            return Json.mapper().readTree(cipher.doFinal(raw, 12, raw.length - 12));
        } catch (GeneralSecurityException | IllegalArgumentException | IOException e) {
            return null;
        }
    }

    private static OutboxEntry entry(JsonNode e) {
        return new OutboxEntry(e.path("id").asLong(), OutboxEntry.Kind.valueOf(e.path("kind").asText()),
                e.path("entity_id").asText(), e.path("body").asText(),
                e.hasNonNull("base_version") ? e.get("base_version").asLong() : null,
                e.hasNonNull("base_json") ? e.get("base_json").asText() : null, OutboxEntry.State.PENDING, 0, null,
                null, Instant.parse(e.path("created_at").asText()));
    }

    private static SecretKeySpec journalKey(byte[] cacheKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal("relais outbox journal v1".getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static JsonNode parseOrText(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(json);
        }
    }
}
