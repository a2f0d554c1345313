package ca.relais.server.demo;

import ca.relais.api.CatalogueDto;
import ca.relais.api.CatalogueDto.DepartmentDto;
import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.domain.CityCalendar;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A deterministic, lived-in demo city modelled on Sherbrooke: addresses, callers and 18 months of requests with
 * their seasons, storms, channels, hand-offs and histories.
 */
public final class DemoCity {
    private DemoCity() {
    }

    /** How much of the city to make. */
    public record Scale(int addresses, int callers, int requests, int months) {
        public static final Scale FULL = new Scale(20_000, 5_000, 20_000, 18);
        public static final Scale SMALL = new Scale(800, 200, 600, 18);
    }

    /** What was seeded. */
    public record Summary(int addresses, int callers, int requests, int events, int linkedCallers, int changes,
                          String lastNumber) {
    }

    private record Change(String id, long version, Instant at) {
    }

    private record Written(int events, int linkedCallers, String lastNumber) {
    }

    /** When a caller was first entered: a daytime moment at least a day before their first request. */
    private static Instant firstSeen(Instant firstCall, Duration history, Dice dice) {
        ZonedDateTime day = firstCall.minusSeconds(dice.between(86_400L, history.toSeconds()))
                .atZone(CityCalendar.ZONE);
        return day.with(LocalTime.of(dice.between(8, 20), dice.between(0, 59), dice.between(0, 59))).toInstant();
    }

    /**
     * Seeds the city into {@code jurisdictionId} inside the caller's transaction; the catalogue must already be
     * stored. The same {@code randomSeed} and {@code now} always give the same rows.
     */
    public static Summary seed(Connection c, String jurisdictionId, CatalogueDto catalogue, Scale scale,
                               long randomSeed, Instant now) throws SQLException {
        Dice root = new Dice(randomSeed);
        Dice mapDice = root.split();
        Dice callerDice = root.split();
        Dice planDice = root.split();
        Dice caseDice = root.split();
        DemoData.Phrases phrases = DemoData.phrases();
        CityMap map = CityMap.lay(DemoData.boroughs(), scale.addresses(), mapDice);
        CallerBook callers = CallerBook.create(scale.callers(), map, DemoData.people(), phrases, callerDice);
        ZonedDateTime end = now.atZone(CityCalendar.ZONE);
        ZonedDateTime start = end.minusMonths(scale.months());
        List<ServiceDto> types = catalogue.items().stream().sorted(Comparator.comparing(ServiceDto::serviceCode))
                .toList();
        Seasons seasons = new Seasons(types, DemoData.demand(), start.toLocalDate(), end.toLocalDate(),
                planDice);
        List<Intake.Plan> plans = Intake.plan(seasons, callers, start.toInstant(), now, scale.requests(), planDice);
        Map<String, String> departments = catalogue.departments().stream()
                .collect(Collectors.toMap(DepartmentDto::code, DepartmentDto::nameFr));
        Written written;
        try (DemoWriter w = new DemoWriter(c, jurisdictionId)) {
            Instant registry = start.minusMonths(scale.months()).minusDays(1).toInstant();
            for (CityMap.Address a : map.addresses()) {
                w.address(a);
                w.change("address", a.id(), 1, registry);
            }
            writeCallers(w, callers, plans, Duration.between(start, end), now, callerDice);
            written = writeRequests(w, plans, new Cases(departments, map, phrases, now), caseDice);
        }
        try (Statement st = c.createStatement()) {
            st.execute("ALTER SEQUENCE request_number_seq RESTART WITH " + (plans.size() + 1));
        }
        int addresses = map.addresses().size();
        return new Summary(addresses, scale.callers(), plans.size(), written.events(), written.linkedCallers(),
                addresses + scale.callers() + plans.size(), written.lastNumber());
    }

    /** Callers, each entered some time before the first request that names them. */
    private static void writeCallers(DemoWriter w, CallerBook callers, List<Intake.Plan> plans, Duration history,
                                     Instant now, Dice dice) throws SQLException {
        Map<UUID, Instant> firstCall = new HashMap<>();
        for (Intake.Plan p : plans) {
            if (p.caller() != null) {
                firstCall.putIfAbsent(p.caller().id(), p.createdAt());
            }
        }
        List<Change> changes = new ArrayList<>(callers.all().size());
        for (CallerBook.Caller k : callers.all()) {
            Instant created = firstSeen(firstCall.getOrDefault(k.id(), now), history, dice);
            w.caller(k, created);
            changes.add(new Change(k.id().toString(), 1, created));
        }
        changes.sort(Comparator.comparing(Change::at));
        for (Change ch : changes) {
            w.change("caller", ch.id(), ch.version(), ch.at());
        }
    }

    /** Requests in the order they came in, then their change-log rows in the order they were last touched. */
    private static Written writeRequests(DemoWriter w, List<Intake.Plan> plans, Cases cases, Dice dice)
            throws SQLException {
        int events = 0;
        int links = 0;
        String lastNumber = null;
        List<Change> changes = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            Cases.Result r = cases.build(plans.get(i), i + 1, dice);
            UUID id = r.row().id();
            w.request(r.row());
            for (History.Event e : r.events()) {
                w.event(id, e);
            }
            for (History.Event e : r.links()) {
                w.link(id, UUID.fromString((String) e.data().get("caller_id")), e.at(), e.author());
            }
            events += r.events().size();
            links += r.links().size();
            lastNumber = r.row().number();
            changes.add(new Change(id.toString(), r.row().version(), r.row().updatedAt()));
        }
        w.flush();
        changes.sort(Comparator.comparing(Change::at));
        for (Change ch : changes) {
            w.change("request", ch.id(), ch.version(), ch.at());
        }
        w.flush();
        return new Written(events, links, lastNumber);
    }
}
