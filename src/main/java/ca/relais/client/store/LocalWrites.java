package ca.relais.client.store;

import ca.relais.api.CallerDto;
import ca.relais.api.Json;
import ca.relais.api.LocationDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every change an agent makes, saved at once: the local row and its outbox entry in one local transaction, so that
 * nothing typed is lost when the network, the server or the application is not there.
 */
public final class LocalWrites {
    private final LocalStore store;

    public LocalWrites(LocalStore store) {
        this.store = store;
    }

    /** Saves a new caller; {@code body} is the REST create shape with its client-generated {@code id}. */
    public CallerDto createCaller(ObjectNode body, CallerDto local) {
        return store.transaction(() -> {
            Connection c = store.connection();
            LocalMirror.upsertCaller(store, local);
            Outbox.add(store, OutboxEntry.Kind.CREATE_CALLER, local.id().toString(), body.toString(), null, null);
            return local;
        });
    }

    /** Saves an edit of a caller, remembering the version and state it was made on. */
    public CallerDto updateCaller(CallerDto base, ObjectNode patch, CallerDto edited) {
        return store.transaction(() -> {
            Connection c = store.connection();
            LocalMirror.upsertCaller(store, edited);
            Outbox.add(store, OutboxEntry.Kind.UPDATE_CALLER, base.id().toString(), patch.toString(), base.version(),
                    Json.mapper().writeValueAsString(base));
            return edited;
        });
    }

    /** Saves a new request; {@code body} is the REST create shape with its client-generated {@code id}. */
    public RequestDto createRequest(ObjectNode body, String createdBy, String department, Instant now) {
        RequestDto local = localRequest(body, createdBy, department, now);
        return store.transaction(() -> {
            Connection c = store.connection();
            LocalMirror.upsertRequest(c, local);
            Outbox.add(store, OutboxEntry.Kind.CREATE_REQUEST, local.id().toString(), body.toString(), null, null);
            return local;
        });
    }

    /** The request as the agent captured it, before the server gives it a number. */
    private static RequestDto localRequest(ObjectNode body, String createdBy, String department, Instant now) {
        UUID id = UUID.fromString(body.get("id").asText());
        boolean information = Nature.INFORMATION.name().equals(text(body, "nature"));
        JsonNode loc = body.get("location");
        LocationDto location = loc == null || loc.isNull() ? null : new LocationDto(text(loc, "address_id"),
                text(loc, "address"), loc.hasNonNull("lat") ? loc.get("lat").asDouble() : null,
                loc.hasNonNull("long") ? loc.get("long").asDouble() : null, null);
        return new RequestDto(id, null, null, text(body, "type_code"), text(body, "nature"),
                text(body, "channel"), body.hasNonNull("caller_id") ? UUID.fromString(text(body, "caller_id")) : null,
                List.of(), location, text(body, "description"),
                body.hasNonNull("attributes") ? body.get("attributes") : JsonNodeFactory.instance.objectNode(),
                information ? RequestStatus.CLOSED.name() : RequestStatus.NEW.name(), department, null, 0,
                text(body, "kb_article_id"), null, null, createdBy, now, now, null, information ? now : null, 0, 0,
                null);
    }

    /**
     * Saves the agent's correction of a request the server refused: the local row takes the corrected fields and the
     * refused outbox entry goes back in the queue with the corrected body, under the same ids.
     */
    public RequestDto correctRequest(long mutationId, ObjectNode body, String createdBy, String department,
                                     Instant now) {
        RequestDto local = localRequest(body, createdBy, department, now);
        return store.transaction(() -> {
            LocalMirror.upsertRequest(store.connection(), local);
            Outbox.requeue(store, mutationId, body.toString(), null, null);
            return local;
        });
    }

    /** Saves a change of a request's fields (status, assignee, description…) made on {@code base}. */
    public RequestDto updateRequest(RequestDto base, ObjectNode patch, RequestDto edited) {
        return store.transaction(() -> {
            Connection c = store.connection();
            LocalMirror.upsertRequest(c, edited);
            Outbox.add(store, OutboxEntry.Kind.UPDATE_REQUEST, base.id().toString(), patch.toString(), base.version(),
                    Json.mapper().writeValueAsString(base.withHistory(null)));
            return edited;
        });
    }

    /** Saves a note on a request. */
    public void addNote(UUID requestId, String text, String visibility) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", text).put("visibility", visibility);
        store.transaction(() -> Outbox.add(store, OutboxEntry.Kind.NOTE, requestId.toString(),
                body.toString(), null, null));
    }

    /** Saves a handoff of a request ({@code to_department}, {@code note}, {@code urgency}, {@code callback}). */
    public void handoff(UUID requestId, ObjectNode body) {
        store.transaction(() -> Outbox.add(store, OutboxEntry.Kind.HANDOFF, requestId.toString(),
                body.toString(), null, null));
    }

    /** Adds a caller to an existing request (a duplicate report), locally at once and for the server. */
    public void linkCaller(RequestDto request, UUID callerId) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("caller_id", callerId.toString());
        List<UUID> callers = new java.util.ArrayList<>(request.callerIds());
        if (!callers.contains(callerId)) {
            callers.add(callerId);
        }
        RequestDto linked = new RequestDto(request.id(), request.number(), request.jurisdictionId(),
                request.typeCode(), request.nature(), request.channel(), request.callerId(), callers,
                request.location(), request.description(), request.attributes(), request.status(),
                request.department(), request.assignee(), request.priority(), request.kbArticleId(), request.parentId(),
                request.resolution(), request.createdBy(), request.createdAt(), request.updatedAt(), request.dueAt(),
                request.closedAt(), request.reopenedCount(), request.version(), null);
        store.transaction(() -> {
            LocalMirror.upsertRequest(store.connection(), linked);
            return Outbox.add(store, OutboxEntry.Kind.LINK_CALLER, request.id().toString(),
                    body.toString(), null, null);
        });
    }

    /** Saves an agent's opinion of an article ({@code USEFUL}, {@code OUT_OF_DATE} or {@code MISSING_INFO}). */
    public void kbFeedback(String articleId, String rating, String comment) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("article_id", articleId).put("rating", rating);
        if (comment != null && !comment.isBlank()) {
            body.put("comment", comment.strip());
        }
        store.transaction(() -> Outbox.add(store, OutboxEntry.Kind.KB_FEEDBACK, articleId, body.toString(), null,
                null));
    }

    /**
     * Saves a knowledge gap: a search that found nothing ({@code NO_RESULT}) or of which nothing was opened
     * ({@code NOT_OPENED}).
     */
    public void kbGap(String query, String language, int resultCount, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", query).put("language", language)
                .put("result_count", resultCount).put("reason", reason);
        store.transaction(() -> Outbox.add(store, OutboxEntry.Kind.KB_GAP, "gap", body.toString(), null, null));
    }

    /** Applies the server's answer to a pushed entry and removes the entry, together. */
    public void confirm(OutboxEntry entry, JsonNode answer) {
        store.transaction(() -> {
            Connection c = store.connection();
            if (answer != null && answer.isObject() && entry.kind().answersWithARecord()) {
                switch (entry.kind()) {
                    case CREATE_CALLER, UPDATE_CALLER ->
                            LocalMirror.upsertCaller(store, Json.mapper().treeToValue(answer, CallerDto.class));
                    default -> LocalMirror.upsertRequest(c, Json.mapper().treeToValue(answer, RequestDto.class));
                }
            }
            Outbox.remove(store, entry.mutationId());
            return null;
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
