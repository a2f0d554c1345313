package ca.relais.client.ui.ombudsman;

import ca.relais.api.AuditEntryDto;
import ca.relais.api.EventDto;
import ca.relais.api.OmbudsmanCaseDto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a case's trail: an event of the request's story (creation, note, status, handoff...) or an entry of the
 * audit log about it (who read or changed it, from where), in time order.
 *
 * @param kind       an event kind ({@code NOTE}, {@code HANDOFF}...) or {@code AUDIT}
 * @param visibility a note's visibility ({@code INTERNAL}, {@code PUBLIC}), else null
 * @param text       the note or event text, or the audit action and its detail
 */
public record TrailEntry(Instant at, String who, String kind, String visibility, String text) {
    public static final String AUDIT = "AUDIT";

    /** The story and the audit entries of a case, merged in time order. */
    public static List<TrailEntry> of(OmbudsmanCaseDto c) {
        List<TrailEntry> out = new ArrayList<>();
        List<EventDto> history = c.request().history() == null ? List.of() : c.request().history();
        for (EventDto e : history) {
            out.add(new TrailEntry(e.at(), e.author(), e.kind(), e.visibility(), describe(e)));
        }
        for (AuditEntryDto a : c.trail() == null ? List.<AuditEntryDto>of() : c.trail()) {
            String detail = a.detail() == null || a.detail().isBlank() ? "" : " — " + a.detail();
            String entity = a.entity() == null ? "" : " " + a.entity();
            out.add(new TrailEntry(a.at(), a.actor(), AUDIT, null, a.action() + entity + detail
                    + (a.remoteAddr() == null ? "" : " (" + a.remoteAddr() + ")")));
        }
        out.sort(Comparator.comparing(TrailEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(out);
    }

    private static String describe(EventDto e) {
        String text = e.text() == null ? "" : e.text().strip();
        String data = e.data() == null ? "" : fields(e.data());
        return text.isEmpty() ? data : data.isEmpty() ? text : text + " — " + data;
    }

    /** An event's data as "key: value" pairs, nested objects flattened ("callback.best_time: après 17 h"). */
    static String fields(com.fasterxml.jackson.databind.JsonNode node) {
        List<String> out = new ArrayList<>();
        flatten("", node, out);
        return String.join(" · ", out);
    }

    private static void flatten(String prefix, com.fasterxml.jackson.databind.JsonNode node, List<String> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), out));
        } else if (!node.isNull() && !prefix.isEmpty()) {
            out.add(prefix + " : " + (node.isTextual() ? node.asText() : node.toString()));
        }
    }
}
