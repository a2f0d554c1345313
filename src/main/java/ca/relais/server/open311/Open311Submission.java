package ca.relais.server.open311;

import ca.relais.api.CallerDto;
import ca.relais.api.Problem;
import ca.relais.api.RequestDto;
import ca.relais.domain.Channel;
import ca.relais.domain.EventKind;
import ca.relais.domain.PhoneLine;
import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.User;
import ca.relais.domain.Visibility;
import ca.relais.server.auth.Principal;
import ca.relais.server.callers.CallerService;
import ca.relais.server.http.ProblemException;
import ca.relais.server.requests.RequestService;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.server.store.CallerStore;
import ca.relais.server.store.Database;
import ca.relais.server.store.RequestStore;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST requests}: a citizen's form becomes an ordinary request on the {@code PORTAL} channel, created by the
 * portal user {@value #PORTAL_USERNAME}, with the caller found or created from the phone or the email given.
 */
public final class Open311Submission {
    static final String PORTAL_USERNAME = "open311";
    private static final Pattern ATTRIBUTE = Pattern.compile("^attribute\\[([^\\[\\]]{1,60})](\\[])?$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Database db;
    private final ApiKeyStore apiKeys;
    private final CallerStore callers;
    private final CallerService callerService;
    private final RequestStore requests;
    private final RequestService requestService;

    public Open311Submission(Database db, ApiKeyStore apiKeys, CallerStore callers, CallerService callerService,
                             RequestStore requests, RequestService requestService) {
        this.db = db;
        this.apiKeys = apiKeys;
        this.callers = callers;
        this.callerService = callerService;
        this.requests = requests;
        this.requestService = requestService;
    }

    /** What the portal gets back: the stored request and the caller it was linked to, if any. */
    record Created(RequestDto request, UUID callerId) {
    }

    /** Checks the key against the jurisdiction: 403 when it is missing, unknown, disabled or another city's. */
    void authorise(String apiKey, String jurisdiction) {
        if (apiKey == null) {
            throw Open311Exception.forbidden("api_key: is required to create a service request");
        }
        String owner = apiKey.length() > 200 ? null : apiKeys.jurisdictionOf(apiKey).orElse(null);
        if (owner == null) {
            throw Open311Exception.forbidden("api_key: is not a valid key");
        }
        if (!owner.equals(jurisdiction)) {
            throw Open311Exception.forbidden("api_key: is not valid for jurisdiction " + jurisdiction);
        }
    }

    Created submit(FormBody form, String jurisdiction, Locale locale, String remoteAddr) {
        List<String> errors = new ArrayList<>();
        ObjectNode body = NODES.objectNode().put("id", UUID.randomUUID().toString())
                .put("type_code", form.first("service_code")).put("channel", Channel.PORTAL.name());
        ObjectNode location = location(form, errors);
        if (location != null) {
            body.set("location", location);
        }
        String description = form.first("description");
        if (description != null && description.length() > Open311Views.DESCRIPTION_MAX) {
            errors.add("description: must have at most " + Open311Views.DESCRIPTION_MAX + " characters");
        }
        body.put("description", description);
        body.set("attributes", attributes(form, errors));
        String mediaUrl = mediaUrl(form.first("media_url"), errors);
        String phone = form.first("phone");
        String e164 = phone == null ? null : PhoneNumbers.toE164(phone).orElse(null);
        if (phone != null && e164 == null) {
            errors.add("phone: is not a valid phone number");
        }
        String email = form.first("email") == null ? null : form.first("email").toLowerCase(Locale.ROOT);
        if (!errors.isEmpty()) {
            throw new Open311Exception(400, errors);
        }
        Principal portal = new Principal(new User(PORTAL_USERNAME, "Portail citoyen (Open311)", Set.of(), null,
                PhoneLine.NONE), jurisdiction, null);
        UUID known = knownCaller(jurisdiction, form.first("account_id"), e164, email);
        return db.inTransaction(c -> {
            List<String> problems = new ArrayList<>();
            UUID callerId = known;
            if (callerId == null && (e164 != null || email != null)) {
                ObjectNode caller = NODES.objectNode().put("id", UUID.randomUUID().toString())
                        .put("first_name", form.first("first_name")).put("last_name", form.first("last_name"))
                        .put("language", "en".equals(locale.getLanguage()) ? "en" : "fr");
                caller.putArray("phones").addAll(e164 == null ? List.of() : List.of(NODES.textNode(phone)));
                caller.putArray("emails").addAll(email == null ? List.of() : List.of(NODES.textNode(email)));
                try {
                    callerId = callerService.create(c, portal, caller, remoteAddr).id();
                } catch (ProblemException e) {
                    problems.addAll(describe(e));
                }
            }
            body.put("caller_id", callerId == null ? null : callerId.toString());
            RequestDto created = null;
            try {
                created = requestService.create(c, new RequestService.Origin(portal, Channel.PORTAL, remoteAddr),
                        body);
            } catch (ProblemException e) {
                problems.addAll(describe(e));
            }
            if (!problems.isEmpty()) {
                throw new Open311Exception(400, problems);
            }
            if (mediaUrl != null) {
                requests.addEvent(c, created.id(), created.createdAt(), PORTAL_USERNAME, EventKind.NOTE.name(),
                        Visibility.PUBLIC.name(), "Photo ou document joint par le citoyen : " + mediaUrl,
                        NODES.objectNode().put("media_url", mediaUrl));
            }
            return new Created(created, callerId);
        });
    }

    /** A refusal of our services as form errors: one {@code field: message} per invalid field. */
    private static List<String> describe(ProblemException e) {
        Problem problem = e.toProblem(null);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return List.of(problem.detail());
        }
        return problem.errors().stream().map(fe -> formName(fe.field()) + ": " + fe.message()).toList();
    }

    private static ObjectNode location(FormBody form, List<String> errors) {
        ObjectNode location = NODES.objectNode();
        String addressId = form.first("address_id");
        String address = form.first("address_string");
        Double lat = number(form, "lat", errors);
        Double lon = number(form, "long", errors);
        if (addressId != null) {
            location.put("address_id", addressId);
        }
        if (address != null) {
            location.put("address", address);
        }
        if (lat != null) {
            location.put("lat", lat);
        }
        if (lon != null) {
            location.put("long", lon);
        }
        return location.isEmpty() ? null : location;
    }

    private static Double number(FormBody form, String name, List<String> errors) {
        String raw = form.first(name);
        if (raw == null) {
            return null;
        }
        try {
            return Double.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.add(name + ": must be a number");
            return null;
        }
    }

    /** {@code attribute[CODE]=v} as a value and {@code attribute[CODE][]=v1&attribute[CODE][]=v2} as a list. */
    private static ObjectNode attributes(FormBody form, List<String> errors) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, List<String>> field : form.all().entrySet()) {
            if (!field.getKey().startsWith("attribute")) {
                continue;
            }
            Matcher m = ATTRIBUTE.matcher(field.getKey());
            if (!m.matches()) {
                errors.add(truncate(field.getKey()) + ": is not an attribute field; use attribute[CODE]");
                continue;
            }
            String code = m.group(1);
            List<String> values = field.getValue().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
            boolean list = m.group(2) != null || values.size() > 1 || out.path(code).isArray();
            if (!list) {
                out.put(code, values.isEmpty() ? null : values.get(0));
                continue;
            }
            ArrayNode array = out.path(code).isArray() ? (ArrayNode) out.get(code) : NODES.arrayNode();
            if (out.path(code).isTextual()) {
                array.add(out.get(code).asText());
            }
            values.forEach(array::add);
            out.set(code, array);
        }
        return out;
    }

    private static String mediaUrl(String raw, List<String> errors) {
        if (raw == null) {
            return null;
        }
        try {
            URI uri = new URI(raw);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (raw.length() <= 2000 && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return raw;
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        errors.add("media_url: must be an http or https URL of at most 2000 characters");
        return null;
    }

    /** The caller named by {@code account_id}, or the one with this phone, or with this email. */
    private UUID knownCaller(String jurisdiction, String accountId, String e164, String email) {
        if (accountId != null) {
            try {
                UUID id = UUID.fromString(accountId);
                if (callers.find(jurisdiction, id).isPresent()) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // not one of our ids: the portal's own account number, kept out of our records
            }
        }
        if (e164 != null) {
            for (CallerDto c : callers.search(jurisdiction, e164, 20, 0).items()) {
                if (c.phones().contains(e164)) {
                    return c.id();
                }
            }
        }
        if (email != null) {
            for (CallerDto c : callers.search(jurisdiction, email, 20, 0).items()) {
                if (c.emails().contains(email)) {
                    return c.id();
                }
            }
        }
        return null;
    }

    /** Our field names as the form names them. */
    static String formName(String field) {
        if (field.startsWith("attributes.")) {
            return "attribute[" + field.substring("attributes.".length()) + "]";
        }
        return switch (field) {
            case "type_code" -> "service_code";
            case "location" -> "lat/long, address_string or address_id";
            case "location.lat" -> "lat";
            case "location.long" -> "long";
            case "location.address" -> "address_string";
            case "location.address_id" -> "address_id";
            case "caller_id" -> "account_id";
            default -> field.startsWith("phones") ? "phone" : field.startsWith("emails") ? "email" : field;
        };
    }

    private static String truncate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
