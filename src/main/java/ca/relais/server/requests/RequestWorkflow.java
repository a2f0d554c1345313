package ca.relais.server.requests;

import ca.relais.api.AttributeValidation;
import ca.relais.api.CatalogueDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.EventKind;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.ResolutionCode;
import ca.relais.domain.Role;
import ca.relais.domain.Visibility;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import ca.relais.server.store.UserDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** What happens to a request after it is captured: edits, status changes, notes and handoffs, each in its history. */
public final class RequestWorkflow {
    /** How urgent a handoff is for the receiving side. */
    public enum Urgency { LOW, NORMAL, HIGH, URGENT }

    /** How the citizen wants to be called back. */
    public enum CallbackMethod { PHONE, EMAIL, NONE }

    private final RequestStore requests;
    private final CatalogueCache catalogue;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;
    private final UserDirectory users;

    public RequestWorkflow(RequestStore requests, CatalogueCache catalogue, ChangeLog changes, AuditLog audit,
                           Clock clock, UserDirectory users) {
        this.requests = requests;
        this.catalogue = catalogue;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
        this.users = users;
    }

    public RequestDto update(Connection c, Principal p, UUID id, long expectedVersion, JsonNode body,
                             String remoteAddr) throws SQLException {
        RequestRow current = load(c, p, id);
        requireVersion(c, current, expectedVersion);
        requireDepartmentAccess(p, current);
        Fields f = new Fields(body);
        RequestStatus status = f.enumValue("status", RequestStatus.class, false);
        ResolutionCode sentCode = f.enumValue("resolution_code", ResolutionCode.class, false);
        String department = f.text("department", false, 40);
        String assignee = f.present("assignee") ? f.text("assignee", false, 80) : current.assignee();
        String description = f.present("description") ? f.text("description", false, 10_000) : null;
        String resolution = f.present("resolution") ? f.text("resolution", false, 2000) : null;
        if (department != null && catalogue.department(c, p.jurisdictionId(), department).isEmpty()) {
            f.error("department", "unknown_department", "is not a department of this jurisdiction");
        }
        RequestStatus from = RequestStatus.valueOf(current.status());
        RequestStatus to = status == null ? from : status;
        if (!from.canMoveTo(to)) {
            f.error("status", "invalid_transition", "cannot go from " + from + " to " + to);
        }
        if (to != from && to.needsResolution() && resolution == null && current.resolution() == null) {
            f.error("resolution", "required", "is required to resolve or close");
        }
        // The contract's PATCH has no resolution code: clients that send none still resolve, coded OTHER.
        ResolutionCode resolutionCode = sentCode == null && to != from && to.needsResolution()
                && current.resolutionCode() == null ? ResolutionCode.OTHER : sentCode;
        JsonNode attributes = current.attributes();
        if (f.present("attributes")) {
            CatalogueDto.ServiceDto type = catalogue.type(c, p.jurisdictionId(), current.typeCode()).orElseThrow();
            AttributeValidation.Result result = AttributeValidation.validate(type.attributes(), body.get("attributes"));
            result.errors().forEach(e -> f.error(e.field(), e.code(), e.message()));
            attributes = result.values();
        }
        f.throwIfInvalid();

        Instant now = clock.instant();
        String newDepartment = department == null ? current.department() : department;
        String newDescription = description == null ? current.description() : description;
        JsonNode newAttributes = attributes;
        boolean changed = to != from || !newDepartment.equals(current.department())
                || !Objects.equals(assignee, current.assignee()) || !newDescription.equals(current.description())
                || !newAttributes.equals(current.attributes()) || resolution != null
                || (resolutionCode != null && !resolutionCode.name().equals(current.resolutionCode()));
        CatalogueDto.ServiceDto type = catalogue.type(c, p.jurisdictionId(), current.typeCode()).orElseThrow();
        if (!changed) {
            return view(c, current);
        }
        RequestRow next = current.next(now, b -> {
            b.status = to.name();
            b.department = newDepartment;
            b.assignee = assignee;
            b.description = newDescription;
            b.attributes = newAttributes;
            if (resolution != null) {
                b.resolution = resolution;
                if (to.needsResolution()) {
                    b.publicNote = publicNote(now, p.username(), resolution);
                }
            }
            if (resolutionCode != null) {
                b.resolutionCode = resolutionCode.name();
            }
            if (from.isReopenedBy(to)) {
                reopen(b, current, type, now);
            } else if (from.isOpen() && !to.isOpen()) {
                b.closedAt = now;
            }
            SlaClocks.onStatusChange(b, from, to, type, now);
            return b;
        });
        save(c, current, next);
        String author = p.username();
        if (to != from) {
            requests.addEvent(c, id, now, author, EventKind.STATUS.name(), Visibility.PUBLIC.name(), resolution,
                    JsonNodeFactory.instance.objectNode().put("from", from.name()).put("to", to.name())
                            .put("resolution", next.resolution()).put("resolution_code", next.resolutionCode()));
        }
        if (!Objects.equals(assignee, current.assignee())) {
            requests.addEvent(c, id, now, author, EventKind.ASSIGNED.name(), Visibility.INTERNAL.name(), null,
                    JsonNodeFactory.instance.objectNode().put("assignee", assignee));
        }
        if (!newDepartment.equals(current.department()) || !newDescription.equals(current.description())
                || !newAttributes.equals(current.attributes())) {
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            if (!newDepartment.equals(current.department())) {
                data.put("department_from", current.department()).put("department_to", newDepartment);
            }
            if (!newDescription.equals(current.description())) {
                data.put("description", true);
            }
            if (!newAttributes.equals(current.attributes())) {
                data.put("attributes", true);
            }
            requests.addEvent(c, id, now, author, EventKind.UPDATED.name(), Visibility.INTERNAL.name(), null, data);
        }
        audit.append(c, new AuditLog.Entry(author, "UPDATE", "request", id.toString(), remoteAddr,
                to != from ? from + "->" + to : null));
        return view(c, next);
    }

    public RequestDto addNote(Connection c, Principal p, UUID id, JsonNode body, String remoteAddr)
            throws SQLException {
        return addNote(c, p, id, null, body, remoteAddr);
    }

    /** A note; {@code expectedVersion} null when the client did not say which version it saw. */
    public RequestDto addNote(Connection c, Principal p, UUID id, Long expectedVersion, JsonNode body,
                              String remoteAddr) throws SQLException {
        RequestRow current = load(c, p, id);
        if (expectedVersion != null) {
            requireVersion(c, current, expectedVersion);
        }
        requireDepartmentAccess(p, current);
        Fields f = new Fields(body);
        String text = f.text("text", true, 5000);
        Visibility visibility = f.enumValue("visibility", Visibility.class, false);
        f.throwIfInvalid();
        Instant now = clock.instant();
        boolean isPublic = visibility == Visibility.PUBLIC;
        RequestRow next = current.next(now, b -> {
            if (isPublic) {
                b.publicNote = publicNote(now, p.username(), text);
            }
            return b;
        });
        save(c, current, next);
        requests.addEvent(c, id, now, p.username(), EventKind.NOTE.name(),
                (visibility == null ? Visibility.INTERNAL : visibility).name(), text, null);
        audit.append(c, new AuditLog.Entry(p.username(), "NOTE", "request", id.toString(), remoteAddr, null));
        return view(c, next);
    }

    public RequestDto handoff(Connection c, Principal p, UUID id, JsonNode body, String remoteAddr)
            throws SQLException {
        return handoff(c, p, id, null, body, remoteAddr);
    }

    /**
     * Hands the request to another department: it waits there as NEW, unassigned, with the handoff pending until
     * someone accepts it. The service clock keeps counting from creation.
     */
    public RequestDto handoff(Connection c, Principal p, UUID id, Long expectedVersion, JsonNode body,
                              String remoteAddr) throws SQLException {
        RequestRow current = load(c, p, id);
        if (expectedVersion != null) {
            requireVersion(c, current, expectedVersion);
        }
        requireDepartmentAccess(p, current);
        Fields f = new Fields(body);
        String to = f.text("to_department", true, 40);
        String note = f.text("note", true, 5000);
        Urgency urgency = f.enumValue("urgency", Urgency.class, false);
        ObjectNode callback = JsonNodeFactory.instance.objectNode();
        JsonNode rawCallback = f.raw("callback");
        if (rawCallback != null && !rawCallback.isNull()) {
            if (!rawCallback.isObject()) {
                f.error("callback", "type", "must be an object");
            } else {
                Fields cb = f.nested("callback");
                CallbackMethod method = cb.enumValue("method", CallbackMethod.class, false);
                String value = cb.text("value", false, 200);
                String bestTime = cb.text("best_time", false, 200);
                callback.put("method", method == null ? CallbackMethod.PHONE.name() : method.name());
                callback.put("value", value);
                callback.put("best_time", bestTime);
            }
        }
        CatalogueDto.DepartmentDto target = to == null ? null : catalogue.department(c, p.jurisdictionId(), to)
                .orElse(null);
        if (to != null && target == null) {
            f.error("to_department", "unknown_department", "is not a department of this jurisdiction");
        }
        if (target != null && to.equals(current.department())) {
            f.error("to_department", "same_department", "the request is already with this department");
        }
        if (!RequestStatus.valueOf(current.status()).isOpen()) {
            f.error("status", "closed", "a closed request cannot be handed off; reopen it first");
        }
        f.throwIfInvalid();
        Instant now = clock.instant();
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("from", current.department()).put("to", to)
                .put("urgency", (urgency == null ? Urgency.NORMAL : urgency).name())
                .put("extension", target.phoneExtension());
        data.set("callback", callback);
        ObjectNode pending = data.deepCopy().put("at", now.toString()).put("note", note);
        CatalogueDto.ServiceDto type = catalogue.type(c, p.jurisdictionId(), current.typeCode()).orElseThrow();
        RequestStatus from = RequestStatus.valueOf(current.status());
        RequestRow next = current.next(now, b -> {
            b.department = to;
            b.assignee = null;
            b.status = RequestStatus.NEW.name();
            b.pendingHandoff = pending;
            SlaClocks.onStatusChange(b, from, RequestStatus.NEW, type, now);
            return b;
        });
        save(c, current, next);
        requests.addEvent(c, id, now, p.username(), EventKind.HANDOFF.name(), Visibility.INTERNAL.name(), note, data);
        audit.append(c, new AuditLog.Entry(p.username(), "HANDOFF", "request", id.toString(), remoteAddr,
                current.department() + "->" + to));
        return view(c, next);
    }

    /** Adds a caller to an existing request: the citizen reports a problem someone already reported. */
    public RequestDto linkCaller(Connection c, Principal p, UUID id, JsonNode body, String remoteAddr,
                                 ca.relais.server.store.CallerStore callers) throws SQLException {
        RequestRow current = load(c, p, id);
        Fields f = new Fields(body);
        UUID callerId = f.uuid("caller_id", true);
        if (callerId != null && callers.find(c, p.jurisdictionId(), callerId).isEmpty()) {
            f.error("caller_id", "unknown_caller", "is not a known caller");
        }
        f.throwIfInvalid();
        boolean already = callerId.equals(current.callerId()) || requests.linkedCallers(c, java.util.List.of(id))
                .getOrDefault(id, java.util.List.of()).contains(callerId);
        if (already) {
            return view(c, current);
        }
        Instant now = clock.instant();
        RequestRow next = current.next(now, b -> b);
        save(c, current, next);
        requests.linkCaller(c, id, callerId, now, p.username());
        requests.addEvent(c, id, now, p.username(), EventKind.CALLER_LINKED.name(), Visibility.INTERNAL.name(), null,
                JsonNodeFactory.instance.objectNode().put("caller_id", callerId.toString()));
        audit.append(c, new AuditLog.Entry(p.username(), "LINK_CALLER", "request", id.toString(), remoteAddr,
                callerId.toString()));
        return view(c, next);
    }

    /** The receiving side takes the request: it is assigned to me, and the pending handoff is done. */
    public RequestDto accept(Connection c, Principal p, UUID id, long expectedVersion, String remoteAddr)
            throws SQLException {
        RequestRow current = load(c, p, id);
        requireVersion(c, current, expectedVersion);
        boolean anyDepartment = p.has(Role.SUPERVISOR) || p.has(Role.ADMIN);
        if (!anyDepartment && !current.department().equals(p.user().department())) {
            throw ProblemException.forbidden("Only the request's department (" + current.department()
                    + "), a supervisor or an administrator may accept it.");
        }
        RequestStatus from = RequestStatus.valueOf(current.status());
        if (!from.isOpen()) {
            Fields f = new Fields(JsonNodeFactory.instance.objectNode());
            f.error("status", "closed", "a finished request cannot be accepted; reopen it first");
            f.throwIfInvalid();
        }
        RequestStatus to = from == RequestStatus.NEW ? RequestStatus.ASSIGNED : from;
        if (p.username().equals(current.assignee()) && current.pendingHandoff() == null && to == from) {
            return view(c, current);
        }
        Instant now = clock.instant();
        RequestRow next = current.next(now, b -> {
            b.assignee = p.username();
            b.status = to.name();
            b.pendingHandoff = null;
            return b;
        });
        save(c, current, next);
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("assignee", p.username())
                .put("department", current.department()).put("from", from.name()).put("to", to.name());
        if (current.pendingHandoff() != null) {
            data.set("handoff", current.pendingHandoff());
        }
        requests.addEvent(c, id, now, p.username(), EventKind.ACCEPTED.name(), Visibility.INTERNAL.name(), null,
                data);
        audit.append(c, new AuditLog.Entry(p.username(), "ACCEPT", "request", id.toString(), remoteAddr,
                current.department()));
        return view(c, next);
    }

    /** Back to work after it was finished: IN_PROGRESS, and the service clock starts again with the full target. */
    public RequestDto reopen(Connection c, Principal p, UUID id, long expectedVersion, JsonNode body,
                             String remoteAddr) throws SQLException {
        RequestRow current = load(c, p, id);
        requireVersion(c, current, expectedVersion);
        requireDepartmentAccess(p, current);
        Fields f = new Fields(body);
        String note = f.text("note", true, 5000);
        RequestStatus from = RequestStatus.valueOf(current.status());
        if (from.isOpen()) {
            f.error("status", "not_finished", "only a resolved, closed, duplicate or cancelled request reopens");
        }
        f.throwIfInvalid();
        CatalogueDto.ServiceDto type = catalogue.type(c, p.jurisdictionId(), current.typeCode()).orElseThrow();
        Instant now = clock.instant();
        RequestRow next = current.next(now, b -> {
            b.status = RequestStatus.IN_PROGRESS.name();
            reopen(b, current, type, now);
            return b;
        });
        save(c, current, next);
        requests.addEvent(c, id, now, p.username(), EventKind.REOPENED.name(), Visibility.INTERNAL.name(), note,
                JsonNodeFactory.instance.objectNode().put("from", from.name())
                        .put("to", RequestStatus.IN_PROGRESS.name()).put("reopened_count", next.reopenedCount()));
        audit.append(c, new AuditLog.Entry(p.username(), "REOPEN", "request", id.toString(), remoteAddr,
                from + "->" + RequestStatus.IN_PROGRESS));
        return view(c, next);
    }

    private static void reopen(RequestRow.Builder b, RequestRow current, CatalogueDto.ServiceDto type, Instant now) {
        b.reopenedCount = current.reopenedCount() + 1;
        b.closedAt = null;
        b.resolution = null;
        b.resolutionCode = null;
        if (RequestStatus.DUPLICATE.name().equals(current.status())) {
            b.parentId = null;
        }
        SlaClocks.restart(b, current.nature(), type, now);
    }

    static ObjectNode publicNote(Instant at, String author, String text) {
        return JsonNodeFactory.instance.objectNode().put("at", at.toString()).put("author", author)
                .put("text", text);
    }

    RequestRow load(Connection c, Principal p, UUID id) throws SQLException {
        return requests.find(c, p.jurisdictionId(), id, true)
                .orElseThrow(() -> ProblemException.notFound("No request " + id));
    }

    void save(Connection c, RequestRow current, RequestRow next) throws SQLException {
        if (!requests.update(c, next)) {
            throw stale(current.version() + 1);
        }
        changes.record(c, current.jurisdictionId(), "request", current.id().toString(), "UPSERT", next.version());
    }

    /** 412 with the request as it is now when the client saw another version. */
    void requireVersion(Connection c, RequestRow current, long expected) throws SQLException {
        if (current.version() != expected) {
            throw stale(current.version()).withCurrent(view(c, current));
        }
    }

    static ProblemException stale(long current) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "The request changed since you read it (now version " + current + "). Read it again and retry.",
                null);
    }

    static void requireDepartmentAccess(Principal p, RequestRow r) {
        boolean onlySecretariat = p.has(Role.SECRETARIAT) && !p.has(Role.AGENT) && !p.has(Role.SUPERVISOR);
        if (onlySecretariat && !r.department().equals(p.user().department())) {
            throw ProblemException.forbidden("A secretariat may only change its own department's requests.");
        }
    }

    RequestDto view(Connection c, RequestRow row) throws SQLException {
        return RequestViews.toDto(row, requests.linkedCallers(c, java.util.List.of(row.id()))
                .getOrDefault(row.id(), java.util.List.of()), requests.history(c, row.id()), clock.instant(),
                users::displayName);
    }
}
