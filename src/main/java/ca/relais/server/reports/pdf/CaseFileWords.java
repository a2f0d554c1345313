package ca.relais.server.reports.pdf;

import java.util.Map;
import java.util.function.Function;

/**
 * The words of an ombudsman's case file, which is bilingual like its headings: a code becomes "French / English
 * (CODE)", so the file reads as prose and still names the exact value the system holds. Types and departments are
 * named by the catalogue ({@code catalogueNames}); a code it does not know is printed as it is.
 */
public final class CaseFileWords {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("status.NEW", "Nouvelle / New"), Map.entry("status.ASSIGNED", "Assignée / Assigned"),
            Map.entry("status.IN_PROGRESS", "En cours / In progress"),
            Map.entry("status.WAITING", "En attente du citoyen / Waiting for the citizen"),
            Map.entry("status.RESOLVED", "Résolue / Resolved"), Map.entry("status.CLOSED", "Fermée / Closed"),
            Map.entry("status.DUPLICATE", "Doublon / Duplicate"),
            Map.entry("status.CANCELLED", "Annulée / Cancelled"),
            Map.entry("nature.REQUEST", "Requête / Request"), Map.entry("nature.COMPLAINT", "Plainte / Complaint"),
            Map.entry("nature.INFORMATION", "Information"), Map.entry("nature.COMMENT", "Commentaire / Comment"),
            Map.entry("kind.CREATED", "Création / Created"), Map.entry("kind.NOTE", "Note"),
            Map.entry("kind.STATUS", "Statut / Status"), Map.entry("kind.HANDOFF", "Transfert / Handoff"),
            Map.entry("kind.ACCEPTED", "Transfert accepté / Handoff accepted"),
            Map.entry("kind.ASSIGNED", "Assignation / Assigned"), Map.entry("kind.UPDATED", "Modification / Changed"),
            Map.entry("kind.MERGED", "Fusion / Merged"),
            Map.entry("kind.CALLER_LINKED", "Appelant ajouté / Caller added"),
            Map.entry("visibility.PUBLIC", "publique / public"), Map.entry("visibility.INTERNAL", "interne / internal"),
            Map.entry("action.CREATE", "Création / Created"), Map.entry("action.READ", "Consultation / Viewed"),
            Map.entry("action.UPDATE", "Modification / Changed"), Map.entry("action.NOTE", "Note"),
            Map.entry("action.HANDOFF", "Transfert / Handoff"),
            Map.entry("action.ACCEPT", "Transfert accepté / Accepted"),
            Map.entry("action.MERGE", "Fusion / Merge"),
            Map.entry("action.MERGE_INTO", "Fusionnée dans une autre / Merged into another"),
            Map.entry("action.REOPEN", "Réouverture / Reopened"), Map.entry("action.EXPORT", "Exportation / Exported"),
            Map.entry("action.LINK_CALLER", "Appelant ajouté / Caller added"),
            Map.entry("action.SEARCH", "Recherche / Search"), Map.entry("action.INBOX", "Boîte de réception / Inbox"),
            Map.entry("channel.PHONE_8000", "Téléphone / Phone 819 823-8000"),
            Map.entry("channel.PHONE_5858", "Téléphone / Phone 819 821-5858"),
            Map.entry("channel.EMAIL", "Courriel / Email"), Map.entry("channel.COUNTER", "Comptoir / Counter"),
            Map.entry("channel.MAIL", "Courrier / Mail"),
            Map.entry("channel.BOROUGH_OFFICE", "Bureau d'arrondissement / Borough office"),
            Map.entry("channel.SOCIAL_MEDIA", "Médias sociaux / Social media"),
            Map.entry("channel.PORTAL", "Portail citoyen / Citizen portal"),
            Map.entry("channel.MOBILE_APP", "Application mobile / Mobile app"));
    private final Function<String, String> catalogueNames;

    /** {@code catalogueNames}: a type's or department's name, or null when the catalogue does not know the code. */
    public CaseFileWords(Function<String, String> catalogueNames) {
        this.catalogueNames = catalogueNames;
    }

    /** Words with no catalogue: types and departments keep their codes. */
    public static CaseFileWords withoutCatalogue() {
        return new CaseFileWords(code -> null);
    }

    public String status(String code) {
        return coded("status.", code);
    }

    public String nature(String code) {
        return coded("nature.", code);
    }

    public String channel(String code) {
        return coded("channel.", code);
    }

    public String kind(String code) {
        return coded("kind.", code);
    }

    public String visibility(String code) {
        return code == null ? "" : CODES.getOrDefault("visibility." + code, code);
    }

    public String action(String code) {
        return coded("action.", code);
    }

    /** A type or a department: its name from the catalogue, then its code. */
    public String named(String code) {
        if (code == null) {
            return "";
        }
        String name = catalogueNames.apply(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /**
     * An event's data as "key: value" pairs joined by " · ", nested keys joined by dots, empty values left out; the
     * channel, nature, statuses and departments in words.
     */
    public String data(com.fasterxml.jackson.databind.JsonNode node) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        flatten("", node, parts);
        return String.join(" · ", parts);
    }

    private void flatten(String prefix, com.fasterxml.jackson.databind.JsonNode node, java.util.List<String> parts) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), parts));
            return;
        }
        String value = node.asText();
        if (!value.isBlank()) {
            parts.add(prefix + ": " + switch (prefix) {
                case "channel" -> channel(value);
                case "nature" -> nature(value);
                case "from", "to" -> CODES.containsKey("status." + value) ? status(value) : named(value);
                case "department", "department_from", "department_to" -> named(value);
                default -> value;
            });
        }
    }

    private static String coded(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String words = CODES.get(prefix + code);
        return words == null ? code : words + " (" + code + ")";
    }
}
