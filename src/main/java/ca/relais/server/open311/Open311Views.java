package ca.relais.server.open311;

import ca.relais.api.AttributeValidation;
import ca.relais.api.CatalogueDto;
import ca.relais.api.EventDto;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaCalendar;
import ca.relais.domain.Visibility;
import ca.relais.server.store.RequestRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How the catalogue and the requests of one jurisdiction look in GeoReport v2, in French or in English. */
final class Open311Views {
    static final int DESCRIPTION_MAX = 4000;
    private static final int WORKING_DAY_HOURS = 8;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, CatalogueDto.ServiceDto> types;
    private final Map<String, CatalogueDto.DepartmentDto> departments;
    private final Map<String, CatalogueDto.GroupDto> groups;
    private final Locale locale;

    Open311Views(CatalogueDto catalogue, Locale locale) {
        this.types = catalogue.items().stream()
                .collect(Collectors.toMap(CatalogueDto.ServiceDto::serviceCode, Function.identity()));
        this.departments = catalogue.departments().stream()
                .collect(Collectors.toMap(CatalogueDto.DepartmentDto::code, Function.identity()));
        this.groups = catalogue.groups().stream()
                .collect(Collectors.toMap(CatalogueDto.GroupDto::code, Function.identity()));
        this.locale = locale;
    }

    /** An instant in ISO-8601: local time in the city with its offset, a fraction of a second only when stored. */
    static String time(Instant at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(CityCalendar.ZONE));
    }

    ArrayNode services(List<CatalogueDto.ServiceDto> items) {
        ArrayNode out = NODES.arrayNode();
        for (CatalogueDto.ServiceDto t : items) {
            CatalogueDto.GroupDto group = groups.get(t.group());
            out.addObject()
                    .put("service_code", t.serviceCode())
                    .put("service_name", text(t.serviceName(), t.serviceNameEn()))
                    .put("description", text(t.description(), t.descriptionEn()))
                    .put("metadata", !t.attributes().isEmpty())
                    .put("type", "realtime")
                    .put("keywords", String.join(", ", t.keywords()))
                    .put("group", group == null ? t.group() : text(group.nameFr(), group.nameEn()));
        }
        return out;
    }

    ObjectNode definition(CatalogueDto.ServiceDto t) {
        ObjectNode out = NODES.objectNode().put("service_code", t.serviceCode());
        ArrayNode attributes = out.putArray("attributes");
        t.attributes().stream().sorted(Comparator.comparingInt(CatalogueDto.AttributeDto::order)).forEach(a -> {
            ObjectNode attribute = attributes.addObject()
                    .put("variable", a.variable())
                    .put("code", a.code())
                    .put("datatype", a.datatype())
                    .put("required", a.required())
                    .put("datatype_description", datatypeDescription(a.datatype()))
                    .put("order", a.order())
                    .put("description", text(a.description(), a.descriptionEn()));
            ArrayNode values = attribute.putArray("values");
            a.values().forEach(v -> values.addObject().put("key", v.key()).put("name", text(v.name(), v.nameEn())));
        });
        return out;
    }

    /** A request; {@code publicHistory} holds its PUBLIC entries only, oldest first. */
    ObjectNode request(RequestRow r, List<EventDto> publicHistory, String zipcode, boolean extensions) {
        CatalogueDto.ServiceDto type = types.get(r.typeCode());
        CatalogueDto.DepartmentDto department = departments.get(r.department());
        String description = r.description() == null || r.description().isEmpty() ? null
                : r.description().substring(0, Math.min(DESCRIPTION_MAX, r.description().length()));
        ObjectNode out = NODES.objectNode()
                .put("service_request_id", r.number())
                .put("status", RequestStatus.valueOf(r.status()).isOpen() ? "open" : "closed")
                .put("status_notes", statusNotes(publicHistory))
                .put("service_name", type == null ? null : text(type.serviceName(), type.serviceNameEn()))
                .put("service_code", r.typeCode())
                .put("description", description)
                .put("agency_responsible", department == null ? r.department()
                        : text(department.nameFr(), department.nameEn()))
                .put("service_notice", type == null || r.dueAt() == null ? null : serviceNotice(type))
                .put("requested_datetime", time(r.createdAt()))
                .put("updated_datetime", time(r.updatedAt()))
                .put("expected_datetime", time(r.dueAt()))
                .put("address", r.locationText())
                .put("address_id", r.addressId())
                .put("zipcode", zipcode)
                .put("lat", r.lat())
                .put("long", r.lon())
                .put("media_url", mediaUrl(publicHistory));
        if (extensions) {
            ObjectNode extended = out.putObject("extended_attributes")
                    .put("channel", r.channel())
                    .put("number", r.number())
                    .put("priority", r.priority());
            ArrayNode notes = extended.putArray("notes");
            for (EventDto e : publicHistory) {
                notes.addObject()
                        .put("datetime", time(e.at()))
                        .put("summary", summary(e))
                        .put("description", e.text())
                        .put("type", e.kind().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The notice for a new request of this type: its service target, in days when it is a whole number of them. */
    String serviceNotice(CatalogueDto.ServiceDto type) {
        int hours = type.slaHours();
        boolean continuous = SlaCalendar.CONTINUOUS.name().equals(type.slaCalendar());
        int day = continuous ? 24 : WORKING_DAY_HOURS;
        if (hours % day == 0 && hours / day >= 2) {
            return target(hours / day + (continuous ? " jours" : " jours ouvrables"),
                    hours / day + (continuous ? " days" : " working days"));
        }
        return target(hours + (continuous ? " heures" : " heures ouvrables"),
                hours + (continuous ? " hours" : " working hours"));
    }

    private String target(String fr, String en) {
        return text("Délai de traitement visé : " + fr + ".", "Target time: " + en + ".");
    }

    String statusLabel(String status) {
        return switch (RequestStatus.valueOf(status)) {
            case NEW -> text("Nouvelle", "New");
            case ASSIGNED -> text("Assignée", "Assigned");
            case IN_PROGRESS -> text("En cours", "In progress");
            case WAITING -> text("En attente", "Waiting");
            case RESOLVED -> text("Résolue", "Resolved");
            case CLOSED -> text("Fermée", "Closed");
            case DUPLICATE -> text("Doublon", "Duplicate");
            case CANCELLED -> text("Annulée", "Cancelled");
        };
    }

    private String summary(EventDto e) {
        String to = e.data() == null ? "" : e.data().path("to").asText("");
        if ("STATUS".equals(e.kind()) && !to.isEmpty()) {
            return text("Statut : ", "Status: ") + statusLabel(to);
        }
        return "NOTE".equals(e.kind()) ? "Note" : e.kind().toLowerCase(Locale.ROOT);
    }

    /** The latest PUBLIC text written by the city, not the portal's own entries. */
    private static String statusNotes(List<EventDto> publicHistory) {
        for (int i = publicHistory.size() - 1; i >= 0; i--) {
            EventDto e = publicHistory.get(i);
            if (Visibility.PUBLIC.name().equals(e.visibility()) && e.text() != null && !e.text().isBlank()
                    && !Open311Submission.PORTAL_USERNAME.equals(e.author())) {
                return e.text();
            }
        }
        return null;
    }

    private static String mediaUrl(List<EventDto> publicHistory) {
        return publicHistory.stream().filter(e -> e.data() != null && e.data().hasNonNull("media_url"))
                .map(e -> e.data().get("media_url").asText()).findFirst().orElse(null);
    }

    private String datatypeDescription(String datatype) {
        return switch (datatype) {
            case "string" -> text("Texte court, " + AttributeValidation.STRING_MAX + " caractères au plus.",
                    "Short text, at most " + AttributeValidation.STRING_MAX + " characters.");
            case "text" -> text("Texte, " + AttributeValidation.TEXT_MAX + " caractères au plus.",
                    "Text, at most " + AttributeValidation.TEXT_MAX + " characters.");
            case "number" -> text("Un nombre, par exemple 3 ou 2.5.", "A number, for example 3 or 2.5.");
            case "datetime" -> text("Date et heure ISO 8601, par exemple 2026-11-29T09:15:00-05:00.",
                    "ISO 8601 date and time, for example 2026-11-29T09:15:00-05:00.");
            case "singlevaluelist" -> text("Une clé parmi les valeurs.", "One key among the values.");
            case "multivaluelist" -> text("Une ou plusieurs clés parmi les valeurs : attribute[CODE][]=CLÉ.",
                    "One or more keys among the values: attribute[CODE][]=KEY.");
            default -> null;
        };
    }

    private String text(String fr, String en) {
        return fr == null && en == null ? null : new LocalizedText(fr, en).in(locale);
    }
}
