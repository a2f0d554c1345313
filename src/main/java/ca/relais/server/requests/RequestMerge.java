package ca.relais.server.requests;

import ca.relais.api.EventDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.EventKind;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.ResolutionCode;
import ca.relais.domain.Visibility;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Folds duplicates into a master request, in the caller's one transaction: their callers are linked to the master,
 * their notes copied onto it, the attributes the master lacks filled from them, and each duplicate closed as
 * DUPLICATE pointing to the master. A stale version or an invalid duplicate stops everything.
 */
public final class RequestMerge {
    static final int MAX_DUPLICATES = 50;
    private final RequestWorkflow workflow;
    private final RequestStore requests;
    private final AuditLog audit;
    private final Clock clock;

    public RequestMerge(RequestWorkflow workflow, RequestStore requests, AuditLog audit, Clock clock) {
        this.workflow = workflow;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    private record Duplicate(RequestRow row, long version) {
    }

    public RequestDto merge(Connection c, Principal p, UUID masterId, JsonNode body, String remoteAddr)
            throws SQLException {
        RequestRow master = workflow.load(c, p, masterId);
        RequestWorkflow.requireDepartmentAccess(p, master);
        Fields f = new Fields(body);
        String note = f.text("note", false, 5000);
        JsonNode raw = f.raw("duplicates");
        if (raw == null || !raw.isArray() || raw.isEmpty()) {
            f.error("duplicates", "required", "list at least one duplicate {id, version}");
            f.throwIfInvalid();
        }
        if (raw.size() > MAX_DUPLICATES) {
            f.error("duplicates", "too_many", "may hold at most " + MAX_DUPLICATES + " requests");
            f.throwIfInvalid();
        }
        List<Duplicate> duplicates = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            Fields item = f.element("duplicates", i);
            UUID id = item.uuid("id", true);
            JsonNode v = raw.get(i) == null ? null : raw.get(i).get("version");
            if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
                item.error("version", "required", "is required: the version you saw");
            }
            if (id == null) {
                continue;
            }
            if (id.equals(masterId)) {
                item.error("id", "is_master", "the master cannot be its own duplicate");
                continue;
            }
            if (!seen.add(id)) {
                item.error("id", "repeated", "is listed twice");
                continue;
            }
            RequestRow row = requests.find(c, p.jurisdictionId(), id, true).orElse(null);
            if (row == null) {
                item.error("id", "unknown_request", "is not a request of this jurisdiction");
                continue;
            }
            if (!RequestStatus.valueOf(row.status()).isOpen()) {
                item.error("id", "not_open", "request " + row.number() + " is " + row.status());
                continue;
            }
            if (v != null && v.isIntegralNumber()) {
                duplicates.add(new Duplicate(row, v.asLong()));
            }
        }
        f.throwIfInvalid();
        for (Duplicate d : duplicates) {
            RequestWorkflow.requireDepartmentAccess(p, d.row());
            if (d.row().version() != d.version()) {
                throw RequestWorkflow.stale(d.row().version()).withCurrent(workflow.view(c, d.row()));
            }
        }
        Instant now = clock.instant();
        String author = p.username();
        Set<UUID> masterCallers = new LinkedHashSet<>(requests.linkedCallers(c, List.of(masterId))
                .getOrDefault(masterId, List.of()));
        if (master.callerId() != null) {
            masterCallers.add(master.callerId());
        }
        ObjectNode attributes = master.attributes() != null && master.attributes().isObject()
                ? ((ObjectNode) master.attributes()).deepCopy() : JsonNodeFactory.instance.objectNode();
        ArrayNode numbers = JsonNodeFactory.instance.arrayNode();
        List<UUID> callersAdded = new ArrayList<>();
        for (Duplicate d : duplicates) {
            RequestRow dup = d.row();
            numbers.add(dup.number());
            List<UUID> dupCallers = new ArrayList<>();
            if (dup.callerId() != null) {
                dupCallers.add(dup.callerId());
            }
            dupCallers.addAll(requests.linkedCallers(c, List.of(dup.id())).getOrDefault(dup.id(), List.of()));
            for (UUID caller : dupCallers) {
                if (masterCallers.add(caller)) {
                    requests.linkCaller(c, masterId, caller, now, author);
                    callersAdded.add(caller);
                }
            }
            for (EventDto e : requests.history(c, dup.id())) {
                if (EventKind.NOTE.name().equals(e.kind())) {
                    requests.addEvent(c, masterId, now, e.author(), EventKind.NOTE.name(), e.visibility(), e.text(),
                            JsonNodeFactory.instance.objectNode().put("from", dup.number())
                                    .put("from_id", dup.id().toString()).put("original_at", e.at().toString()));
                }
            }
            if (dup.attributes() != null && dup.attributes().isObject()) {
                dup.attributes().fields().forEachRemaining(field -> {
                    JsonNode mine = attributes.get(field.getKey());
                    if ((mine == null || mine.isNull()) && !field.getValue().isNull()) {
                        attributes.set(field.getKey(), field.getValue());
                    }
                });
            }
            RequestRow closed = dup.next(now, b -> {
                b.status = RequestStatus.DUPLICATE.name();
                b.parentId = masterId;
                b.closedAt = now;
                b.resolutionCode = ResolutionCode.DUPLICATE.name();
                b.resolution = "Doublon de " + master.number() + " / duplicate of " + master.number();
                b.pendingHandoff = null;
                b.slaPausedAt = null;
                b.slaRemainingMinutes = null;
                return b;
            });
            workflow.save(c, dup, closed);
            requests.addEvent(c, dup.id(), now, author, EventKind.MERGED_INTO.name(), Visibility.INTERNAL.name(),
                    note, JsonNodeFactory.instance.objectNode().put("master_id", masterId.toString())
                            .put("master_number", master.number()).put("from", dup.status()));
            audit.append(c, new AuditLog.Entry(author, "MERGE_INTO", "request", dup.id().toString(), remoteAddr,
                    master.number()));
        }
        RequestRow merged = master.next(now, b -> {
            b.attributes = attributes;
            return b;
        });
        workflow.save(c, master, merged);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("numbers", numbers);
        ArrayNode ids = data.putArray("ids");
        duplicates.forEach(d -> ids.add(d.row().id().toString()));
        ArrayNode added = data.putArray("callers_added");
        callersAdded.forEach(id -> added.add(id.toString()));
        requests.addEvent(c, masterId, now, author, EventKind.MERGED.name(), Visibility.INTERNAL.name(), note, data);
        audit.append(c, new AuditLog.Entry(author, "MERGE", "request", masterId.toString(), remoteAddr,
                numbers.toString()));
        return workflow.view(c, merged);
    }
}
