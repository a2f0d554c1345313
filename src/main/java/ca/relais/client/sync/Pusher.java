package ca.relais.client.sync;

import ca.relais.api.ApiPaths;
import ca.relais.api.Json;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pushes the outbox in order. Temporary failures stop the queue (the caller retries with backoff); a definite 4xx
 * marks the entry rejected and goes on; a 412 pulls the current state, merges field by field and pushes again.
 */
final class Pusher {
    private final RelaisApi api;
    private final Outbox outbox;
    private final LocalWrites writes;
    private final LocalMirror mirror;
    private final String clientId;

    Pusher(RelaisApi api, Outbox outbox, LocalWrites writes, LocalMirror mirror, String clientId) {
        this.api = api;
        this.outbox = outbox;
        this.writes = writes;
        this.mirror = mirror;
        this.clientId = clientId;
    }

    /** Pushes until no entry is pending. */
    void push(String token) throws ServerUnavailableException, UnauthorizedException {
        Optional<OutboxEntry> next;
        while ((next = outbox.nextPending()).isPresent()) {
            pushOne(token, next.get());
        }
    }

    private void pushOne(String token, OutboxEntry entry) throws ServerUnavailableException, UnauthorizedException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Idempotency-Key", clientId + ":" + entry.mutationId());
        String method = "POST";
        String path;
        switch (entry.kind()) {
            case CREATE_CALLER -> path = "/api/v1/callers";
            case CREATE_REQUEST -> path = "/api/v1/requests";
            case NOTE -> path = "/api/v1/requests/" + entry.entityId() + "/notes";
            case HANDOFF -> path = "/api/v1/requests/" + entry.entityId() + "/handoffs";
            case LINK_CALLER -> path = "/api/v1/requests/" + entry.entityId() + "/callers";
            case KB_FEEDBACK -> path = ApiPaths.KB_FEEDBACK;
            case KB_GAP -> path = ApiPaths.KB_GAPS;
            case UPDATE_CALLER, UPDATE_REQUEST -> {
                method = "PATCH";
                path = (entry.kind() == OutboxEntry.Kind.UPDATE_CALLER ? "/api/v1/callers/" : "/api/v1/requests/")
                        + entry.entityId();
                headers.put("If-Match", "\"" + baseVersion(entry) + "\"");
            }
            default -> throw new IllegalStateException(entry.kind().name());
        }
        RelaisApi.Reply reply = api.send(method, path, token, entry.bodyJson(), headers);
        int status = reply.status();
        if (status >= 200 && status < 300) {
            writes.confirm(entry, parse(reply.body()));
        } else if (status == 401) {
            throw new UnauthorizedException("token refused while pushing");
        } else if (status == 412) {
            merge(token, entry, path);
        } else {
            outbox.markRejected(entry.mutationId(), detail(reply.body(), status), reply.body());
        }
    }

    private long baseVersion(OutboxEntry entry) {
        if (entry.baseVersion() != null && entry.baseVersion() > 0) {
            return entry.baseVersion();
        }
        UUID id = UUID.fromString(entry.entityId());
        return entry.kind() == OutboxEntry.Kind.UPDATE_CALLER
                ? mirror.caller(id).map(c -> c.version()).orElse(0L)
                : mirror.request(id).map(r -> r.version()).orElse(0L);
    }

    private void merge(String token, OutboxEntry entry, String path)
            throws ServerUnavailableException, UnauthorizedException {
        RelaisApi.Reply current = api.send("GET", path, token, null, Map.of());
        if (current.status() == 401) {
            throw new UnauthorizedException("token refused while merging");
        }
        if (current.status() != 200) {
            outbox.markRejected(entry.mutationId(), detail(current.body(), current.status()), current.body());
            return;
        }
        JsonNode theirs = parse(current.body());
        JsonNode base = entry.baseJson() == null ? JsonNodeFactory.instance.objectNode() : parse(entry.baseJson());
        JsonNode ours = parse(entry.bodyJson());
        ArrayNode conflicts = JsonNodeFactory.instance.arrayNode();
        for (Iterator<String> it = ours.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            JsonNode mine = ours.get(field);
            JsonNode was = base.get(field);
            JsonNode now = theirs.get(field);
            boolean theyChanged = !same(was, now);
            if (theyChanged && !same(now, mine)) {
                ObjectNode c = conflicts.addObject();
                c.put("field", field);
                c.set("base", was);
                c.set("theirs", now);
                c.set("ours", mine);
            }
        }
        long version = theirs.path("version").asLong();
        if (conflicts.isEmpty()) {
            outbox.resend(entry.mutationId(), entry.bodyJson(), version, theirs.toString());
        } else {
            ObjectNode problem = JsonNodeFactory.instance.objectNode().put("status", 412)
                    .put("title", "Conflict").put("version", version);
            problem.set("conflicts", conflicts);
            problem.set("theirs", theirs);
            outbox.markConflict(entry.mutationId(), "Changed by someone else: " + conflicts.size() + " field(s)",
                    problem.toString());
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        boolean aEmpty = a == null || a.isNull();
        boolean bEmpty = b == null || b.isNull();
        return aEmpty && bEmpty || !aEmpty && a.equals(b);
    }

    private static JsonNode parse(String json) throws ServerUnavailableException {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }

    private static String detail(String body, int status) {
        try {
            JsonNode problem = Json.mapper().readTree(body);
            return problem.path("detail").asText("HTTP " + status);
        } catch (JsonProcessingException | RuntimeException e) {
            return "HTTP " + status;
        }
    }
}
