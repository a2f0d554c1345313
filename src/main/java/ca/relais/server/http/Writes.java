package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.Json;
import ca.relais.server.auth.Principal;
import ca.relais.server.ops.ServerMetrics;
import ca.relais.server.store.Database;
import ca.relais.server.store.GroupCommit;
import ca.relais.server.store.IdempotencyStore;
import ca.relais.server.store.StoreException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a write in one transaction and, when the client sent an {@code Idempotency-Key}, stores its answer in that same
 * transaction: the same key with the same body replays the first answer; with another body it is refused with 422.
 * Keys of the form {@code clientId:mutationId} also advance that client's last applied mutation.
 */
public final class Writes {
    private static final Pattern CLIENT_MUTATION = Pattern.compile("^(.{1,120}):(\\d{1,18})$");
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };
    private final Database db;
    private final GroupCommit group;
    private final IdempotencyStore store;
    private final Clock clock;
    private final ServerMetrics metrics;

    public Writes(Database db, IdempotencyStore store, Clock clock, ServerMetrics metrics) {
        this(db, null, store, clock, metrics);
    }

    /** With {@code group}, {@link #executeGrouped} shares transactions between concurrent writes. */
    public Writes(Database db, GroupCommit group, IdempotencyStore store, Clock clock, ServerMetrics metrics) {
        this.db = db;
        this.group = group;
        this.store = store;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** What a write answers. */
    public record Outcome(int status, Object body, Map<String, String> headers) {
        public static Outcome of(int status, Object body) {
            return new Outcome(status, body, Map.of());
        }

        public Outcome withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Outcome(status, body, h);
        }
    }

    public void execute(Context ctx, Principal principal, Database.SqlWork<Outcome> work) {
        execute(ctx, principal, work, false);
    }

    /**
     * As {@link #execute}, in a transaction shared with concurrent writes (group commit; ADR 0019): for frequent
     * writes whose work has no effect outside the database, since it may run again after another write failed.
     */
    public void executeGrouped(Context ctx, Principal principal, Database.SqlWork<Outcome> work) {
        execute(ctx, principal, work, group != null);
    }

    private <T> T transaction(boolean grouped, Database.SqlWork<T> work) {
        return grouped ? group.inTransaction(work) : db.inTransaction(work);
    }

    private void execute(Context ctx, Principal principal, Database.SqlWork<Outcome> work, boolean grouped) {
        String key = ctx.header(ApiPaths.IDEMPOTENCY_KEY);
        if (key == null) {
            Outcome outcome = transaction(grouped, work);
            respond(ctx, outcome, write(outcome.body()));
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key must have 1 to 200 characters.");
        }
        String hash = hash(ctx);
        boolean fromOutbox = CLIENT_MUTATION.matcher(key).matches();
        Answer answer;
        try {
            answer = transaction(grouped, c -> {
                Optional<IdempotencyStore.Saved> saved = store.find(c, key, principal.username());
                if (saved.isPresent()) {
                    return new Answer(null, null, saved.get());
                }
                Outcome o = work.run(c);
                String body = write(o.body());
                store.save(c, key, principal.username(),
                        new IdempotencyStore.Saved(hash, o.status(), body, write(o.headers())), clock.instant());
                Matcher m = CLIENT_MUTATION.matcher(key);
                if (m.matches()) {
                    store.recordMutation(c, m.group(1), principal.username(), Long.parseLong(m.group(2)),
                            clock.instant());
                }
                return new Answer(o, body, null);
            });
        } catch (StoreException e) {
            Optional<IdempotencyStore.Saved> raced = store.find(key, principal.username());
            if (raced.isPresent() && e.getCause() instanceof SQLException) {
                count(fromOutbox, "replayed");
                replay(ctx, raced.get(), hash);
                return;
            }
            throw e;
        } catch (ProblemException e) {
            count(fromOutbox, "rejected");
            throw e;
        }
        count(fromOutbox, answer.replayed() != null ? "replayed" : "applied");
        if (answer.replayed() != null) {
            replay(ctx, answer.replayed(), hash);
        } else {
            respond(ctx, answer.outcome(), answer.body());
        }
    }

    /**
     * A write made of several transactions of its own (bulk actions): with an {@code Idempotency-Key}, a repeat
     * replays the first answer, which is stored once every part is done.
     */
    public void executeParts(Context ctx, Principal principal, java.util.function.Supplier<Outcome> work) {
        String key = ctx.header(ApiPaths.IDEMPOTENCY_KEY);
        if (key == null) {
            Outcome outcome = work.get();
            respond(ctx, outcome, write(outcome.body()));
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("Idempotency-Key must have 1 to 200 characters.");
        }
        String hash = hash(ctx);
        Optional<IdempotencyStore.Saved> saved = store.find(key, principal.username());
        if (saved.isPresent()) {
            replay(ctx, saved.get(), hash);
            return;
        }
        Outcome outcome = work.get();
        String body = write(outcome.body());
        try {
            db.inTransaction(c -> {
                store.save(c, key, principal.username(),
                        new IdempotencyStore.Saved(hash, outcome.status(), body, write(outcome.headers())),
                        clock.instant());
                return null;
            });
        } catch (StoreException e) {
            Optional<IdempotencyStore.Saved> raced = store.find(key, principal.username());
            if (raced.isPresent()) {
                replay(ctx, raced.get(), hash);
                return;
            }
            throw e;
        }
        respond(ctx, outcome, body);
    }

    private void count(boolean fromOutbox, String result) {
        if (fromOutbox) {
            metrics.outboxPush(result);
        }
    }

    /** A fresh outcome with its encoded body, or the answer saved by an earlier identical request. */
    private record Answer(Outcome outcome, String body, IdempotencyStore.Saved replayed) {
    }

    private void replay(Context ctx, IdempotencyStore.Saved saved, String hash) {
        if (!saved.requestHash().equals(hash)) {
            throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                    "This Idempotency-Key was already used with a different request.", null);
        }
        ctx.header("Idempotent-Replayed", "true");
        read(saved.headersJson()).forEach(ctx::header);
        ctx.status(saved.status());
        JsonResponse.send(ctx, saved.body());
    }

    private static void respond(Context ctx, Outcome outcome, String body) {
        outcome.headers().forEach(ctx::header);
        ctx.status(outcome.status());
        if (outcome.body() != null) {
            JsonResponse.send(ctx, body);
        }
    }

    /** Cloned per request: cheaper than looking the algorithm up in the providers each time. */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(Context ctx) {
        try {
            MessageDigest md = (MessageDigest) SHA_256.clone();
            md.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(JsonBody.bytes(ctx));
            return HexFormat.of().formatHex(md.digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object value) {
        try {
            return value == null ? "" : Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> read(String json) {
        try {
            return json == null || json.isBlank() ? Map.of() : Json.mapper().readValue(json, HEADERS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
