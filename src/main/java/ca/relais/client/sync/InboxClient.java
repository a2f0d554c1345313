package ca.relais.client.sync;

import static ca.relais.client.sync.Replies.check;
import static ca.relais.client.sync.Replies.problem;
import static ca.relais.client.sync.Replies.tree;

import ca.relais.api.ApiPaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/** {@link InboxBackend} over the REST API. */
public final class InboxClient implements InboxBackend {
    static final int PAGE = 200;
    private final RelaisApi api;
    private final Supplier<String> token;

    public InboxClient(RelaisApi api, Supplier<String> token) {
        this.api = api;
        this.token = token;
    }

    @Override
    public Queue queue(String department, int limit) throws ApiException, ServerUnavailableException {
        return page("all", department, limit);
    }

    @Override
    public Queue recentlyClosed(String department, int limit) throws ApiException, ServerUnavailableException {
        return page("closed", department, limit);
    }

    private Queue page(String filter, String department, int limit) throws ApiException, ServerUnavailableException {
        List<InboxRequest> items = new ArrayList<>();
        String cursor = null;
        int total = 0;
        do {
            String path = ApiPaths.INBOX + "?filter=" + filter + "&limit=" + Math.min(PAGE, limit - items.size())
                    + (department == null ? "" : "&department=" + encode(department))
                    + (cursor == null ? "" : "&cursor=" + encode(cursor));
            JsonNode page = tree(check(api.send("GET", path, token.get(), null, Map.of())));
            for (JsonNode item : page.path("items")) {
                items.add(request(item));
            }
            total = page.path("total").asInt(items.size());
            cursor = page.hasNonNull("next_cursor") ? page.get("next_cursor").asText() : null;
        } while (cursor != null && items.size() < limit);
        return new Queue(List.copyOf(items), total);
    }

    @Override
    public InboxRequest read(UUID id) throws ApiException, ServerUnavailableException {
        return request(tree(check(api.send("GET", path(id, ""), token.get(), null, Map.of()))));
    }

    @Override
    public InboxRequest accept(UUID id, long version)
            throws ApiException, ServerUnavailableException, VersionConflictException {
        return versioned("POST", path(id, "/accept"), version, "{}");
    }

    @Override
    public InboxRequest update(UUID id, long version, ObjectNode patch)
            throws ApiException, ServerUnavailableException, VersionConflictException {
        return versioned("PATCH", path(id, ""), version, patch.toString());
    }

    @Override
    public InboxRequest reopen(UUID id, long version, String note)
            throws ApiException, ServerUnavailableException, VersionConflictException {
        return versioned("POST", path(id, "/reopen"), version,
                JsonNodeFactory.instance.objectNode().put("note", note).toString());
    }

    @Override
    public void note(UUID id, String text, String visibility) throws ApiException, ServerUnavailableException {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("text", text).put("visibility", visibility);
        check(api.send("POST", path(id, "/notes"), token.get(), body.toString(), once()));
    }

    @Override
    public void handoff(UUID id, ObjectNode body) throws ApiException, ServerUnavailableException {
        check(api.send("POST", path(id, "/handoffs"), token.get(), body.toString(), once()));
    }

    @Override
    public InboxRequest merge(UUID master, List<Versioned> duplicates, String note)
            throws ApiException, ServerUnavailableException, VersionConflictException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("duplicates", items(duplicates));
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        RelaisApi.Reply reply = api.send("POST", path(master, "/merge"), token.get(), body.toString(), once());
        conflict(reply);
        return request(tree(check(reply)));
    }

    @Override
    public List<BulkResult> bulk(ObjectNode body, List<Versioned> items)
            throws ApiException, ServerUnavailableException {
        ObjectNode payload = body.deepCopy();
        payload.set("items", items(items));
        JsonNode answer = tree(check(api.send("POST", ApiPaths.REQUESTS_BULK, token.get(), payload.toString(),
                once())));
        List<BulkResult> results = new ArrayList<>();
        for (JsonNode r : answer.path("results")) {
            JsonNode problem = r.path("problem");
            results.add(new BulkResult(UUID.fromString(r.path("id").asText()), r.path("status").asInt(),
                    r.hasNonNull("version") ? r.get("version").asLong() : null,
                    problem.isMissingNode() || problem.isNull() ? null
                            : problem.isObject() ? problem.path("detail").asText(problem.path("title").asText())
                            : problem.asText()));
        }
        return results;
    }

    private InboxRequest versioned(String method, String path, long version, String body)
            throws ApiException, ServerUnavailableException, VersionConflictException {
        Map<String, String> headers = new HashMap<>(once());
        headers.put("If-Match", "\"" + version + "\"");
        RelaisApi.Reply reply = api.send(method, path, token.get(), body, headers);
        conflict(reply);
        return request(tree(check(reply)));
    }

    /** A 412 carries the request as it is now in its {@code current} field. */
    private static void conflict(RelaisApi.Reply reply) throws ServerUnavailableException, VersionConflictException {
        if (reply.status() == 412) {
            JsonNode current = tree(reply).path("current");
            throw new VersionConflictException(current.isObject() ? request(current) : null);
        }
    }

    private static ArrayNode items(List<Versioned> items) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        items.forEach(v -> array.addObject().put("id", v.id().toString()).put("version", v.version()));
        return array;
    }

    private static Map<String, String> once() {
        return Map.of(ApiPaths.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
    }

    private static String path(UUID id, String suffix) {
        return ApiPaths.REQUESTS + "/" + id + suffix;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static InboxRequest request(JsonNode node) throws ServerUnavailableException {
        try {
            return InboxRequest.of(node);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ServerUnavailableException("Unreadable request", e);
        }
    }



}
