package ca.relais.client.ui.ombudsman;

import ca.relais.api.AuditEntryDto;
import ca.relais.api.EventDto;
import ca.relais.api.OmbudsmanCaseDto;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One line of a case's trail: an event of the request's story (creation, note, status, handoff...) or an entry of the
 * audit log about it (who read or changed it, from where), in time order.
 *
 * @param kind       an event kind ({@code NOTE}, {@code HANDOFF}...) or {@code AUDIT}
 * @param visibility a note's visibility ({@code INTERNAL}, {@code PUBLIC}), else null
 * @param text       the note or event text, or the audit action code ({@code READ}, {@code HANDOFF}...)
 * @param data       the event's data as (key, value) pairs, nested keys joined by dots ({@code callback.best_time});
 *                   for an audit entry, {@code audit.entity}, {@code audit.detail} and {@code audit.from}
 */
public record TrailEntry(Instant at, String who, String kind, String visibility, String text,
                         List<Map.Entry<String, String>> data) {
    public static final String AUDIT = "AUDIT";

    /** The story and the audit entries of a case, merged in time order. */
    public static List<TrailEntry> of(OmbudsmanCaseDto c) {
        List<TrailEntry> out = new ArrayList<>();
        List<EventDto> history = c.request().history() == null ? List.of() : c.request().history();
        for (EventDto e : history) {
            out.add(new TrailEntry(e.at(), e.author(), e.kind(), e.visibility(),
                    e.text() == null ? "" : e.text().strip(), e.data() == null ? List.of() : fields(e.data())));
        }
        for (AuditEntryDto a : c.trail() == null ? List.<AuditEntryDto>of() : c.trail()) {
            List<Map.Entry<String, String>> facts = new ArrayList<>();
            addIfPresent(facts, "audit.entity", a.entity());
            addIfPresent(facts, "audit.detail", a.detail());
            addIfPresent(facts, "audit.from", a.remoteAddr());
            out.add(new TrailEntry(a.at(), a.actor(), AUDIT, null, a.action(), List.copyOf(facts)));
        }
        out.sort(Comparator.comparing(TrailEntry::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(out);
    }

    private static void addIfPresent(List<Map.Entry<String, String>> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(Map.entry(key, value));
        }
    }

    /** An event's data as (key, value) pairs, nested objects flattened ({@code callback.best_time}). */
    static List<Map.Entry<String, String>> fields(com.fasterxml.jackson.databind.JsonNode node) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        flatten("", node, out);
        return List.copyOf(out);
    }

    private static void flatten(String prefix, com.fasterxml.jackson.databind.JsonNode node,
                                List<Map.Entry<String, String>> out) {
        if (node.isObject()) {
            node.properties().forEach(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), out));
        } else if (!node.isNull() && !prefix.isEmpty()) {
            out.add(Map.entry(prefix, node.isTextual() ? node.asText() : node.toString()));
        }
    }
}
