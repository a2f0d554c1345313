package ca.relais.server.requests;

import ca.relais.api.AddressDto;
import ca.relais.api.AttributeValidation;
import ca.relais.api.CatalogueDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.Channel;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.RoutingRules;
import ca.relais.domain.EventKind;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaCalendar;
import ca.relais.domain.Visibility;
import ca.relais.server.auth.Principal;
import ca.relais.server.http.Fields;
import ca.relais.server.http.ProblemException;
import ca.relais.server.routing.RoutingService;
import ca.relais.server.store.AddressStore;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.CatalogueCache;
import ca.relais.server.store.ChangeLog;
import ca.relais.server.store.RequestRow;
import ca.relais.server.store.RequestStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import java.util.UUID;

/** Creating requests: validation against the catalogue, routing, service target, number and history. */
public final class RequestService {
    private final RequestStore requests;
    private final CallerStore callers;
    private final AddressStore addresses;
    private final CatalogueCache catalogue;
    private final ChangeLog changes;
    private final AuditLog audit;
    private final Clock clock;
    private final RoutingService routing;

    public RequestService(RequestStore requests, CallerStore callers, AddressStore addresses,
                          CatalogueCache catalogue, ChangeLog changes, AuditLog audit, Clock clock,
                          RoutingService routing) {
        this.routing = routing;
        this.requests = requests;
        this.callers = callers;
        this.addresses = addresses;
        this.catalogue = catalogue;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who is creating, and through which door. */
    public record Origin(Principal principal, Channel defaultChannel, String remoteAddr) {
    }

    public RequestDto create(Connection c, Origin origin, JsonNode body) throws SQLException {
        String jurisdiction = origin.principal().jurisdictionId();
        Fields f = new Fields(body);
        UUID id = f.uuid("id", true);
        String typeCode = f.text("type_code", true, 60);
        Nature nature = f.enumValue("nature", Nature.class, false);
        Channel channel = f.enumValue("channel", Channel.class, false);
        UUID callerId = f.uuid("caller_id", false);
        String description = f.text("description", false, 10_000);
        String kbArticle = f.text("kb_article_id", false, 100);
        Location location = readLocation(c, f, jurisdiction);

        CatalogueDto.ServiceDto type = typeCode == null ? null : catalogue.type(c, jurisdiction, typeCode).orElse(null);
        if (typeCode != null && type == null) {
            f.error("type_code", "unknown_type", "is not a request type of this jurisdiction");
        }
        if (type != null) {
            if (nature == null && !f.has("nature")) {
                nature = Nature.valueOf(type.defaultNature());
            }
            if (nature != null && !type.natures().contains(nature.name())) {
                f.error("nature", "nature_not_allowed", "must be one of " + type.natures() + " for this type");
            }
        }
        if (channel == null && !f.has("channel")) {
            channel = origin.defaultChannel();
            if (channel == null) {
                f.error("channel", "required", "is required for users without a phone line");
            }
        }
        if (callerId != null && callers.find(c, jurisdiction, callerId).isEmpty()) {
            f.error("caller_id", "unknown_caller", "is not a known caller");
        }
        boolean information = nature == Nature.INFORMATION;
        if (type != null && type.locationRequired() && !information && location == null && f.valid()) {
            f.error("location", "required", "is required for this type");
        }
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        if (type != null) {
            AttributeValidation.Result result = AttributeValidation.validate(
                    information ? type.attributes().stream().map(RequestService::optional).toList()
                            : type.attributes(), body.get("attributes"));
            result.errors().forEach(e -> f.error(e.field(), e.code(), e.message()));
            attributes = result.values();
        }
        f.throwIfInvalid();

        Instant now = clock.instant();
        Instant due = SlaClocks.dueAt(nature.name(), type, now);
        RoutingRules.Decision route = routing.route(c, jurisdiction, type, nature.name(),
                location == null ? null : location.borough());
        String number = requests.nextNumber(c, ZonedDateTime.ofInstant(now, CityCalendar.ZONE).getYear());
        RequestRow row = new RequestRow(id, jurisdiction, number, type.serviceCode(), nature.name(), channel.name(),
                callerId, location == null ? null : location.addressId(),
                location == null ? null : location.label(), location == null ? null : location.lat(),
                location == null ? null : location.lon(), location == null ? null : location.borough(),
                description == null ? "" : description, attributes,
                information ? RequestStatus.CLOSED.name() : RequestStatus.NEW.name(), route.department(), null,
                type.priority(), kbArticle, null, information ? "INFORMATION_GIVEN" : null,
                origin.principal().username(), now, now, due, information ? now : null, 0, 1);
        try {
            requests.insert(c, row);
        } catch (SQLException e) {
            if (RequestStore.isUniqueViolation(e)) {
                throw new ProblemException(409, "already-exists", "Already exists",
                        "A request with this id already exists; send an Idempotency-Key to retry safely.", null);
            }
            throw e;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode().put("channel", channel.name())
                .put("nature", nature.name()).put("department", route.department()).put("rule_id", route.ruleId());
        if (kbArticle != null) {
            data.put("kb_article_id", kbArticle);
        }
        requests.addEvent(c, id, now, origin.principal().username(), EventKind.CREATED.name(),
                Visibility.INTERNAL.name(), null, data);
        changes.record(c, jurisdiction, "request", id.toString(), "UPSERT", row.version());
        audit.append(c, new AuditLog.Entry(origin.principal().username(), "CREATE", "request", id.toString(),
                origin.remoteAddr(), number));
        return RequestViews.toDto(row, List.of(), null);
    }

    private static CatalogueDto.AttributeDto optional(CatalogueDto.AttributeDto a) {
        return new CatalogueDto.AttributeDto(a.code(), a.datatype(), false, a.description(), a.descriptionEn(),
                a.order(), a.variable(), a.values());
    }

    private record Location(String addressId, String label, Double lat, Double lon, String borough) {
    }

    private Location readLocation(Connection c, Fields f, String jurisdiction) throws SQLException {
        JsonNode raw = f.raw("location");
        if (raw == null || raw.isNull()) {
            return null;
        }
        if (!raw.isObject()) {
            f.error("location", "type", "must be an object or null");
            return null;
        }
        Fields loc = f.nested("location");
        String addressId = loc.text("address_id", false, 40);
        String text = loc.text("address", false, 300);
        Double lat = loc.number("lat", false, -90, 90);
        Double lon = loc.number("long", false, -180, 180);
        if (addressId != null) {
            AddressDto a = addresses.find(c, jurisdiction, addressId).orElse(null);
            if (a == null) {
                loc.error("address_id", "unknown_address", "is not in the civic address register");
                return null;
            }
            return new Location(a.id(), a.label(), a.lat(), a.lon(), a.borough());
        }
        if ((lat == null) != (lon == null)) {
            loc.error(lat == null ? "lat" : "long", "required", "lat and long go together");
            return null;
        }
        if (text == null && lat == null) {
            loc.error("address_id", "required", "give address_id, or address text, or lat and long");
            return null;
        }
        return new Location(null, text, lat, lon, null);
    }

}
