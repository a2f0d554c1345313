package ca.relais.client.ui.inbox;

import ca.relais.client.sync.InboxRequest;
import ca.relais.api.RequestDto;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Someone else changed the request while I was working on it: what I was about to save beside what the server holds
 * now, field by field, with the fields that differ marked. I keep mine (sent again on the current version) or take
 * the server's.
 */
public final class ConflictViewModel {
    /** One compared field; {@code field} is the wire name, which the view words. */
    public record Row(String field, String mine, String theirs, boolean differs) {
    }

    private final InboxRequest theirs;
    private final List<Row> rows;
    private final String actionKey;

    /**
     * @param seen     the request as I saw it when I acted
     * @param changes  what my action changes (wire field names and values)
     * @param theirs   the request as the server holds it now
     */
    public ConflictViewModel(InboxRequest seen, Map<String, String> changes, InboxRequest theirs, String actionKey) {
        this.theirs = theirs;
        this.actionKey = actionKey;
        Map<String, String> mine = fields(seen);
        mine.putAll(changes);
        Map<String, String> current = fields(theirs);
        List<Row> out = new ArrayList<>();
        for (String field : mine.keySet()) {
            out.add(new Row(field, mine.get(field), current.get(field),
                    !Objects.equals(mine.get(field), current.get(field))));
        }
        this.rows = List.copyOf(out);
    }

    static Map<String, String> fields(InboxRequest item) {
        Map<String, String> f = new LinkedHashMap<>();
        if (item == null) {
            return f;
        }
        RequestDto r = item.request();
        f.put("status", r.status());
        f.put("department", r.department());
        f.put("assignee", r.assignee());
        f.put("resolution_code", item.resolutionCode());
        f.put("resolution", r.resolution());
        f.put("priority", String.valueOf(r.priority()));
        f.put("description", r.description());
        return f;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The fields that differ. */
    public List<String> differing() {
        return rows.stream().filter(Row::differs).map(Row::field).toList();
    }

    public InboxRequest theirs() {
        return theirs;
    }

    /** The action that met the conflict, as a message key ("inbox.action.status"...). */
    public String actionKey() {
        return actionKey;
    }
}
