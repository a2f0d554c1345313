package ca.relais.client.ui.inbox;

import ca.relais.api.EventDto;
import ca.relais.api.Json;
import ca.relais.api.RequestDto;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.InboxBackend;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.client.sync.VersionConflictException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An inbox server in memory for the view model's rules: requests as JSON, versions checked like the real server's
 * If-Match (a stale version is a conflict carrying the current request), and every call recorded.
 */
final class FakeInbox implements InboxBackend, InboxCache {
    final Map<UUID, ObjectNode> requests = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    final List<ObjectNode> bodies = new ArrayList<>();
    boolean down;

    ObjectNode add(String number, String status, String department, String assignee, Instant due, String sla) {
        UUID id = UUID.nameUUIDFromBytes(number.getBytes());
        ObjectNode r = JsonNodeFactory.instance.objectNode().put("id", id.toString()).put("number", number)
                .put("type_code", "VOI-NIDPOULE").put("status", status).put("department", department)
                .put("assignee", assignee).put("due_at", due == null ? null : due.toString())
                .put("created_at", "2026-11-01T12:00:00Z").put("sla_state", sla).put("version", 1)
                .put("description", "Trou " + number);
        requests.put(id, r);
        return r;
    }

    InboxRequest item(ObjectNode r) {
        try {
            return InboxRequest.of(r);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Someone else changes the request on the server: its version moves on. */
    void changeElsewhere(ObjectNode r, String field, String value) {
        r.put(field, value).put("version", r.get("version").asLong() + 1);
    }

    private ObjectNode current(UUID id, long version) throws VersionConflictException, ServerUnavailableException {
        if (down) {
            throw new ServerUnavailableException("down", null);
        }
        ObjectNode r = requests.get(id);
        if (r.get("version").asLong() != version) {
            throw new VersionConflictException(item(r.deepCopy()));
        }
        r.put("version", version + 1);
        return r;
    }

    private void up() throws ServerUnavailableException {
        if (down) {
            throw new ServerUnavailableException("down", null);
        }
    }

    @Override
    public Queue queue(String department, int limit) throws ServerUnavailableException {
        up();
        calls.add("queue " + department);
        return of(department, java.util.Set.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING"));
    }

    @Override
    public Queue recentlyClosed(String department, int limit) throws ServerUnavailableException {
        up();
        return of(department, java.util.Set.of("RESOLVED", "CLOSED"));
    }

    private Queue of(String department, java.util.Set<String> statuses) {
        List<InboxRequest> items = requests.values().stream()
                .filter(r -> department.equals(r.path("department").asText()))
                .filter(r -> statuses.contains(r.path("status").asText())).map(this::item).toList();
        return new Queue(items, items.size());
    }

    @Override
    public InboxRequest read(UUID id) throws ServerUnavailableException {
        up();
        InboxRequest read = item(requests.get(id));
        return read.withRequest(read.request().withHistory(history(id)));
    }

    @Override
    public InboxRequest accept(UUID id, long version) throws ServerUnavailableException, VersionConflictException {
        ObjectNode r = current(id, version);
        calls.add("accept " + r.get("number").asText() + " v" + version);
        r.put("status", "ASSIGNED").put("assignee", "secretariat-fleurimont");
        return item(r);
    }

    @Override
    public InboxRequest update(UUID id, long version, ObjectNode patch)
            throws ServerUnavailableException, VersionConflictException {
        ObjectNode r = current(id, version);
        calls.add("update " + r.get("number").asText() + " v" + version);
        bodies.add(patch);
        r.setAll(patch);
        return item(r);
    }

    @Override
    public InboxRequest reopen(UUID id, long version, String note)
            throws ServerUnavailableException, VersionConflictException {
        ObjectNode r = current(id, version);
        calls.add("reopen " + r.get("number").asText() + " " + note);
        r.put("status", "IN_PROGRESS");
        return item(r);
    }

    @Override
    public void note(UUID id, String text, String visibility) throws ServerUnavailableException {
        up();
        calls.add("note " + requests.get(id).get("number").asText() + " " + visibility + " " + text);
    }

    @Override
    public void handoff(UUID id, ObjectNode body) throws ServerUnavailableException {
        up();
        calls.add("handoff " + requests.get(id).get("number").asText());
        bodies.add(body);
        requests.get(id).put("department", body.get("to_department").asText());
    }

    @Override
    public InboxRequest merge(UUID master, List<Versioned> duplicates, String note)
            throws ServerUnavailableException, VersionConflictException {
        ObjectNode r = current(master, requests.get(master).get("version").asLong());
        calls.add("merge into " + r.get("number").asText() + " " + duplicates.stream()
                .map(d -> requests.get(d.id()).get("number").asText() + " v" + d.version()).toList());
        duplicates.forEach(d -> requests.get(d.id()).put("status", "DUPLICATE"));
        return item(r);
    }

    @Override
    public List<BulkResult> bulk(ObjectNode body, List<Versioned> items) throws ServerUnavailableException {
        up();
        calls.add("bulk " + body.get("action").asText() + " " + items.stream()
                .map(v -> requests.get(v.id()).get("number").asText()).toList());
        bodies.add(body);
        return items.stream().map(v -> requests.get(v.id()).get("version").asLong() == v.version()
                ? new BulkResult(v.id(), 200, v.version() + 1, null)
                : new BulkResult(v.id(), 412, null, "changed")).toList();
    }

    @Override
    public List<RequestDto> queue(String department) {
        return requests.values().stream().filter(r -> department.equals(r.path("department").asText()))
                .map(r -> item(r).request()).toList();
    }

    @Override
    public List<EventDto> history(UUID id) {
        return List.of(new EventDto(1, Instant.parse("2026-11-01T12:00:00Z"), "agent8000", "CREATED", "INTERNAL",
                "cached", Json.mapper().createObjectNode()));
    }
}
