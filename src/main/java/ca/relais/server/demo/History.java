package ca.relais.server.demo;

import ca.relais.domain.EventKind;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request's planned history; cut at "now", it tells the request's current state. */
final class History {

    /** One history entry; {@code data} becomes {@code data_json}. */
    record Event(Instant at, String author, EventKind kind, Visibility visibility, String text,
                 Map<String, Object> data) {
    }

    /** What the history amounts to at the cut. */
    record State(List<Event> events, RequestStatus status, String department, String assignee, Instant closedAt,
                 String resolution, int reopened) {

        Instant updatedAt() {
            return events.get(events.size() - 1).at();
        }
    }

    private final List<Event> events = new ArrayList<>();

    void add(Instant at, String author, EventKind kind, Visibility visibility, String text, Map<String, Object> data) {
        events.add(new Event(at, author, kind, visibility, text, data));
    }

    void status(Instant at, String author, RequestStatus from, RequestStatus to, String text, String resolution) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", from.name());
        data.put("to", to.name());
        data.put("resolution", resolution);
        boolean tellable = to == RequestStatus.WAITING || to.needsResolution();
        add(at, author, EventKind.STATUS, tellable ? Visibility.PUBLIC : Visibility.INTERNAL, text, data);
    }

    /** The state of the request at {@code now}: only what has already happened counts. */
    State cut(Instant now, RequestStatus initial, String department) {
        List<Event> kept = new ArrayList<>(events);
        kept.sort(Comparator.comparing(Event::at));
        kept.removeIf(e -> e.at().isAfter(now));
        RequestStatus status = initial;
        String assignee = null;
        Instant closedAt = null;
        String resolution = null;
        int reopened = 0;
        for (Event e : kept) {
            switch (e.kind()) {
                case HANDOFF -> department = (String) e.data().get("to");
                case ASSIGNED -> assignee = (String) e.data().get("assignee");
                case STATUS -> {
                    RequestStatus to = RequestStatus.valueOf((String) e.data().get("to"));
                    if (status.isReopenedBy(to)) {
                        reopened++;
                    }
                    status = to;
                    closedAt = to.isOpen() ? null : e.at();
                    resolution = to.needsResolution() ? (String) e.data().get("resolution") : null;
                }
                default -> {
                }
            }
        }
        return new State(List.copyOf(kept), status, department, assignee, closedAt, resolution, reopened);
    }
}
