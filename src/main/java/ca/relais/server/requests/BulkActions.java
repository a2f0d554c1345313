package ca.relais.server.requests;

import ca.relais.api.BulkResultDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.Role;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.http.ProblemException;
import ca.relais.server.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One inbox action on many requests, each in its own transaction: a stale or refused item does not stop the others,
 * and each item answers the status its single action would have answered.
 */
public final class BulkActions {
    /** The actions a bulk request may carry. */
    public enum Action { ACCEPT, STATUS, HANDOFF, NOTE }

    static final int MAX_ITEMS = 200;
    private final Database db;
    private final RequestWorkflow workflow;

    public BulkActions(Database db, RequestWorkflow workflow) {
        this.db = db;
        this.workflow = workflow;
    }

    private record Item(UUID id, long version) {
    }

    public BulkResultDto run(Principal p, JsonNode body, String remoteAddr, String instance) {
        Fields f = new Fields(body);
        String rawAction = f.text("action", true, 20);
        Action action = null;
        if (rawAction != null) {
            try {
                action = Action.valueOf(rawAction.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.error("action", "unknown_value", "must be one of accept, status, handoff, note");
            }
        }
        JsonNode raw = f.raw("items");
        List<Item> items = new ArrayList<>();
        if (raw == null || !raw.isArray() || raw.isEmpty()) {
            f.error("items", "required", "list at least one {id, version}");
        } else if (raw.size() > MAX_ITEMS) {
            f.error("items", "too_many", "may hold at most " + MAX_ITEMS + " requests");
        } else {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                Fields item = f.element("items", i);
                UUID id = item.uuid("id", true);
                JsonNode v = raw.get(i).isObject() ? raw.get(i).get("version") : null;
                if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
                    item.error("version", "required", "is required: the version you saw");
                } else if (id != null && !seen.add(id)) {
                    item.error("id", "repeated", "is listed twice");
                } else if (id != null) {
                    items.add(new Item(id, v.asLong()));
                }
            }
        }
        f.throwIfInvalid();
        List<BulkResultDto.Item> results = new ArrayList<>();
        for (Item item : items) {
            results.add(runOne(p, action, item, body, remoteAddr, instance));
        }
        return new BulkResultDto(results);
    }

    private BulkResultDto.Item runOne(Principal p, Action action, Item item, JsonNode body, String remoteAddr,
                                      String instance) {
        try {
            if (action != Action.ACCEPT && !worksRequests(p)) {
                throw ProblemException.forbidden("Your role may accept requests but not change them.");
            }
            RequestDto done = db.inTransaction(c -> switch (action) {
                case ACCEPT -> workflow.accept(c, p, item.id(), item.version(), remoteAddr);
                case STATUS -> workflow.update(c, p, item.id(), item.version(), body, remoteAddr);
                case HANDOFF -> workflow.handoff(c, p, item.id(), item.version(), body, remoteAddr);
                case NOTE -> workflow.addNote(c, p, item.id(), item.version(), body, remoteAddr);
            });
            return new BulkResultDto.Item(item.id(), 200, done.version(), null);
        } catch (ProblemException e) {
            return new BulkResultDto.Item(item.id(), e.status(), null, e.toProblem(instance));
        }
    }

    private static boolean worksRequests(Principal p) {
        return p.has(Role.AGENT) || p.has(Role.SECRETARIAT) || p.has(Role.SUPERVISOR);
    }
}
