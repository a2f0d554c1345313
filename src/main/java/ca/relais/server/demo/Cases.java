package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.domain.Channel;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.EventKind;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaCalendar;
import ca.relais.domain.Visibility;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns each arrival into a stored request: its place, wording, answers, routing and history. */
final class Cases {
    private static final double DUPLICATE_SHARE = 0.04;
    private static final Set<Channel> TYPED_BY_CITIZEN =
            Set.of(Channel.PORTAL, Channel.MOBILE_APP, Channel.EMAIL, Channel.SOCIAL_MEDIA);
    private static final Set<String> BOROUGH_GROUPS = Set.of("PERMIS", "LOISIRS_RESERVATIONS", "EVENEMENTS");
    private static final Set<String> AWAY_FROM_HOME = Set.of("MAT-DEPOT-SAUVAGE", "MAT-DEVERSEMENT-COLLECTE",
            "PER-TRAVAUX-SANS-PERMIS");
    private static final Set<String> AT_HOME = Set.of("EAU-ENTREE-SERVICE", "EAU-REFOULEMENT", "EAU-PRESSION",
            "EAU-QUALITE", "DEN-NEIGE-TERRAIN", "DEN-DOMMAGES", "PAR-PLANTATION", "PAR-ELAGAGE", "ANI-FAUNE",
            "NUI-BRUIT-VOISINAGE");
    private static final Map<String, List<String>> ALTERNATIVES = Map.ofEntries(
            Map.entry("MATIERES_RESIDUELLES", List.of("SEI", "URBANISME")),
            Map.entry("VOIRIE", List.of("URBANISME", "POLICE")),
            Map.entry("DENEIGEMENT", List.of("POLICE", "SEI")),
            Map.entry("EAU_EGOUTS", List.of("URBANISME", "ENVIRONNEMENT")),
            Map.entry("ECLAIRAGE_SIGNALISATION", List.of("POLICE")),
            Map.entry("PARCS_ARBRES", List.of("ENVIRONNEMENT", "SSCVC", "SEI")),
            Map.entry("BRUIT_NUISANCES", List.of("POLICE", "URBANISME", "ENVIRONNEMENT")),
            Map.entry("ANIMAUX", List.of("POLICE", "ENVIRONNEMENT")),
            Map.entry("TAXES_EVALUATION", List.of("GREFFE", "URBANISME")),
            Map.entry("INFORMATION", List.of("GREFFE", "SCEC", "FINANCES")));

    /** A stored request with its history and the extra callers linked to it. */
    record Result(DemoWriter.RequestRow row, List<History.Event> events, List<History.Event> links) {
    }

    private record Recent(UUID id, String number, CityMap.Address address, Instant createdAt) {
    }

    private final Map<String, String> departments;
    private final CityMap map;
    private final DemoData.Phrases phrases;
    private final Attributes attributes;
    private final Lifecycle lifecycle;
    private final Instant now;
    private final Map<String, ArrayDeque<Recent>> recent = new HashMap<>();
    private final Set<UUID> seen = new HashSet<>();
    private final List<CallerBook.Caller> known = new ArrayList<>();
    private String lastNumber;

    Cases(Map<String, String> departments, CityMap map, DemoData.Phrases phrases, Instant now) {
        this.departments = departments;
        this.map = map;
        this.phrases = phrases;
        this.attributes = new Attributes(phrases, map);
        this.lifecycle = new Lifecycle(phrases);
        this.now = now;
    }

    /** The {@code serial}-th request of the city, numbered in the year it was created. */
    Result build(Intake.Plan p, int serial, Dice dice) {
        ServiceDto t = p.type();
        Instant created = p.createdAt();
        boolean info = p.nature() == Nature.INFORMATION;
        UUID id = dice.uuidAt(created);
        String number = created.atZone(CityCalendar.ZONE).getYear() + "-%06d".formatted(serial);
        String createdBy = createdBy(p.channel());
        CallerBook.Caller caller = p.caller();
        CityMap.Address address = null;
        Recent parent = null;
        if (t.locationRequired() && !info) {
            if (t.duplicateRadiusM() > 0 && dice.chance(DUPLICATE_SHARE)) {
                parent = parentFor(t, created, dice);
            }
            address = parent != null ? parent.address() : place(p, dice);
        }
        String description = describe(p, address, dice);
        Map<String, Object> answers = attributes.answer(t, created, address, lastNumber, info ? 0 : 0.45, dice);
        Instant due = info ? null : CityCalendar.dueAt(created, t.slaHours(), SlaCalendar.valueOf(t.slaCalendar()));

        History h = new History();
        Map<String, Object> createdData = new LinkedHashMap<>();
        createdData.put("status", info ? "CLOSED" : "NEW");
        createdData.put("channel", p.channel().name());
        createdData.put("nature", p.nature().name());
        h.add(created, createdBy, EventKind.CREATED, Visibility.INTERNAL, null, createdData);
        History.State s;
        Instant closedAt;
        String resolution;
        if (info) {
            s = h.cut(now, RequestStatus.CLOSED, t.department());
            closedAt = created;
            resolution = dice.pick(DemoData.Phrases.of(phrases.answers(), t));
        } else {
            String borough = address != null ? address.borough()
                    : caller != null && caller.address() != null ? caller.address().borough() : null;
            String target = handoffTarget(t, borough, dice);
            Instant start = created;
            String department = t.department();
            if (target != null) {
                start = created.plus(Duration.ofMinutes(dice.between(2, 25)));
                handoff(h, start, createdBy.equals("portal") ? "agent8000" : createdBy, t, target, caller, dice);
                department = target;
            }
            UUID linked = null;
            if (address != null && parent == null && !known.isEmpty() && dice.chance(0.06)) {
                CallerBook.Caller other = dice.pick(known);
                linked = caller != null && other.id().equals(caller.id()) ? null : other.id();
            }
            lifecycle.plan(h, new Lifecycle.Work(created, t, department, linked,
                    parent == null ? null : parent.id(), parent == null ? null : parent.number(), target != null),
                    start, dice);
            s = h.cut(now, RequestStatus.NEW, t.department());
            closedAt = s.closedAt();
            resolution = s.resolution();
            if (address != null && parent == null && t.duplicateRadiusM() > 0) {
                remember(t, new Recent(id, number, address, created));
            }
        }
        lastNumber = number;
        if (caller != null && seen.add(caller.id())) {
            known.add(caller);
        }
        List<History.Event> links = s.events().stream().filter(e -> e.kind() == EventKind.CALLER_LINKED).toList();
        UUID parentId = parent != null && s.status() == RequestStatus.DUPLICATE ? parent.id() : null;
        DemoWriter.RequestRow row = new DemoWriter.RequestRow(id, number, t.serviceCode(), p.nature(), p.channel(),
                caller == null ? null : caller.id(), address, description, answers, s.status(), s.department(),
                s.assignee(), t.priority(), parentId, resolution, createdBy, created, s.updatedAt(), due, closedAt,
                s.reopened(), s.events().size());
        return new Result(row, s.events(), links);
    }

    /** What the caller said, in English when an English-speaking caller typed it or the agent wrote it so. */
    private String describe(Intake.Plan p, CityMap.Address address, Dice dice) {
        CallerBook.Caller caller = p.caller();
        boolean english = caller != null && caller.language().equals("en")
                && (TYPED_BY_CITIZEN.contains(p.channel()) || dice.chance(0.85));
        Map<String, List<String>> templates = p.nature() == Nature.INFORMATION
                ? english ? phrases.questionsEn() : phrases.questions()
                : english ? phrases.descriptionsEn() : phrases.descriptions();
        return fill(dice.pick(DemoData.Phrases.of(templates, p.type())), p.type(), address, dice);
    }

    private static String createdBy(Channel channel) {
        return switch (channel) {
            case PHONE_5858 -> "agent5858";
            case PORTAL, MOBILE_APP -> "portal";
            case BOROUGH_OFFICE -> "secretariat-fleurimont";
            default -> "agent8000";
        };
    }

    private CityMap.Address place(Intake.Plan p, Dice dice) {
        CallerBook.Caller caller = p.caller();
        ServiceDto t = p.type();
        boolean home = AT_HOME.contains(t.serviceCode()) || (!AWAY_FROM_HOME.contains(t.serviceCode())
                && (t.group().equals("MATIERES_RESIDUELLES") || t.group().equals("PERMIS")));
        if (home && caller != null && caller.address() != null && dice.chance(0.8)) {
            return caller.address();
        }
        if (p.channel() == Channel.BOROUGH_OFFICE && dice.chance(0.7)) {
            return map.in("FLEURIMONT", dice);
        }
        return dice.chance(0.05) ? map.hotspot(dice) : map.any(dice);
    }

    private Recent parentFor(ServiceDto t, Instant created, Dice dice) {
        ArrayDeque<Recent> list = recent.get(t.serviceCode());
        if (list == null) {
            return null;
        }
        Duration window = Duration.ofDays(Seasons.urgent(t) ? 2 : 10);
        List<Recent> candidates = list.stream()
                .filter(r -> Duration.between(r.createdAt(), created).compareTo(window) < 0).toList();
        return candidates.isEmpty() ? null : dice.pick(candidates);
    }

    private void remember(ServiceDto t, Recent r) {
        ArrayDeque<Recent> list = recent.computeIfAbsent(t.serviceCode(), k -> new ArrayDeque<>());
        list.addLast(r);
        if (list.size() > 30) {
            list.removeFirst();
        }
    }

    private String handoffTarget(ServiceDto t, String borough, Dice dice) {
        boolean boroughWork = BOROUGH_GROUPS.contains(t.group());
        if (!dice.chance(boroughWork ? 0.45 : Seasons.urgent(t) ? 0.06 : 0.16)) {
            return null;
        }
        List<String> options = new ArrayList<>();
        if (borough != null && (boroughWork || t.group().equals("PARCS_ARBRES") || dice.chance(0.4))) {
            options.add("ARR-" + borough);
        } else {
            options.addAll(ALTERNATIVES.getOrDefault(t.group(), List.of("SCEC")));
        }
        options.removeIf(o -> o.equals(t.department()) || !departments.containsKey(o));
        return options.isEmpty() ? null : dice.pick(options);
    }

    private void handoff(History h, Instant at, String author, ServiceDto t, String to, CallerBook.Caller caller,
                         Dice dice) {
        String bestTime = dice.pick(phrases.bestTimes());
        Map<String, Object> callback = new LinkedHashMap<>();
        if (caller == null) {
            callback.put("method", "NONE");
        } else {
            callback.put("method", !caller.emails().isEmpty() && dice.chance(0.3) ? "EMAIL" : "PHONE");
            callback.put("best_time", bestTime);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("from", t.department());
        data.put("to", to);
        data.put("urgency", t.priority() <= 2 ? "URGENT" : "NORMAL");
        data.put("callback", callback);
        String template = dice.pick(phrases.handoffs());
        if (caller == null) {
            template = withoutCallback(template);
        }
        String text = template.replace("{type}", t.serviceName())
                .replace("{to}", departments.get(to)).replace("{moment}", bestTime);
        h.add(at, author, EventKind.HANDOFF, Visibility.INTERNAL, text, data);
    }

    /** A handoff wording without its sentence about calling back: a request with no caller has no one to call. */
    private static String withoutCallback(String template) {
        return template.replaceAll("\\s*[^.]*\\{moment\\}[^.]*\\.", "");
    }

    private String fill(String template, ServiceDto t, CityMap.Address a, Dice dice) {
        String street = a == null ? null : a.street();
        String rue = street == null ? "le secteur" : article(street) + street;
        String out = template
                .replace("{adresse}", a == null ? "l'adresse du citoyen" : a.civic() + " " + street)
                .replace("{rue}", rue)
                .replace("{Rue}", Character.toUpperCase(rue.charAt(0)) + rue.substring(1))
                .replace("{address}", a == null ? "my address" : a.civic() + " " + street)
                .replace("{street}", street == null ? "my street" : street)
                .replace("{Street}", street == null ? "My street" : Character.toUpperCase(street.charAt(0))
                        + street.substring(1))
                .replace("{type}", t.serviceName())
                .replace("{type_en}", t.serviceNameEn());
        return out.contains("{depuis}") ? out.replace("{depuis}", dice.pick(phrases.since())) : out;
    }

    private static String article(String street) {
        if (street.startsWith("boulevard ") || street.startsWith("chemin ")) {
            return "le ";
        }
        return street.startsWith("avenue ") ? "l'" : "la ";
    }
}
