package ca.relais.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CatalogueDto;
import ca.relais.api.CatalogueDto.AttributeDto;
import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.api.CatalogueDto.ValueDto;
import ca.relais.api.Json;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.PostalCodes;
import ca.relais.domain.RequestStatus;
import ca.relais.server.store.CatalogueStore;
import ca.relais.server.store.Database;
import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The demo city, seeded at the small scale on H2 and PostgreSQL, and checked with SQL. */
class DemoCityTest {
    private static final Instant NOW = Instant.parse("2026-11-16T15:30:00Z");
    private static final DemoCity.Scale SCALE = DemoCity.Scale.SMALL;

    @TempDir
    Path dir;

    private Database open(Engine engine) {
        String url = TestDatabases.freshUrl(engine, dir);
        return engine == Engine.H2 ? Database.open(url, null, null)
                : Database.open(url, TestDatabases.postgresUser(), null);
    }

    /** The demo catalogue as {@link DemoSeed} loads it, without its accounts (hashing them is slow). */
    private static CatalogueDto catalogue() throws IOException {
        try (InputStream in = DemoSeed.class.getResourceAsStream("catalogue.json")) {
            DemoSeed.CatalogueFile file = Json.mapper().copy()
                    .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(in, DemoSeed.CatalogueFile.class);
            List<ServiceDto> types = file.types().stream()
                    .map(t -> new ServiceDto(t.serviceCode(), t.serviceName(), t.serviceNameEn(), t.group(),
                            t.keywords(), t.description(), t.descriptionEn(), !t.attributes().isEmpty(), "realtime",
                            t.attributes(), t.department(), t.slaHours(), t.slaCalendar(), t.natures(),
                            t.defaultNature(), t.priority(), t.duplicateRadiusM(), t.locationRequired(), t.lines(),
                            t.notices()))
                    .toList();
            return new CatalogueDto(file.jurisdictionId(), types, null, types.size(), file.departments(),
                    file.groups());
        }
    }

    private static CatalogueDto seed(Database db, long randomSeed) {
        CatalogueStore catalogues = new CatalogueStore(db);
        db.inTransaction(c -> {
            try {
                catalogues.insert(c, "Sherbrooke (démo)", true, catalogue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
        CatalogueDto catalogue = catalogues.catalogue(DemoSeed.CITY);
        DemoCity.Summary summary = db.inTransaction(
                c -> DemoCity.seed(c, DemoSeed.CITY, catalogue, SCALE, randomSeed, NOW));
        assertThat(summary.requests()).isEqualTo(SCALE.requests());
        assertThat(summary.events()).isEqualTo(count(db, "SELECT COUNT(*) FROM request_events"));
        assertThat(summary.linkedCallers()).isEqualTo(count(db, "SELECT COUNT(*) FROM request_callers"));
        return catalogue;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void seedsAPlausibleCity(Engine engine) {
        try (Database db = open(engine)) {
            CatalogueDto catalogue = seed(db, 42);
            Map<String, ServiceDto> types = catalogue.items().stream()
                    .collect(Collectors.toMap(ServiceDto::serviceCode, Function.identity()));

            assertThat(count(db, "SELECT COUNT(*) FROM addresses")).isEqualTo(SCALE.addresses());
            assertThat(count(db, "SELECT COUNT(*) FROM callers")).isEqualTo(SCALE.callers());
            assertThat(count(db, "SELECT COUNT(*) FROM requests")).isEqualTo(SCALE.requests());
            for (String table : List.of("addresses", "callers", "requests", "change_log")) {
                assertThat(count(db, "SELECT COUNT(*) FROM " + table + " WHERE jurisdiction_id <> '"
                        + DemoSeed.CITY + "'")).as(table).isZero();
            }

            assertThat(strings(db, "SELECT postal_code FROM addresses"))
                    .allSatisfy(p -> assertThat(PostalCodes.normalize(p)).contains(p));
            assertThat(strings(db, "SELECT id FROM addresses")).allMatch(id -> id.matches("ADR-\\d{6}"));
            Map<String, DemoData.Bbox> boxes = DemoData.boroughs().stream()
                    .collect(Collectors.toMap(DemoData.Borough::code, DemoData.Borough::bbox));
            assertThat(rows(db, "SELECT borough, lat, lon FROM addresses")).allSatisfy(r -> {
                DemoData.Bbox box = boxes.get(r.get(0));
                assertThat(Double.parseDouble(r.get(1))).isBetween(box.minLat(), box.maxLat());
                assertThat(Double.parseDouble(r.get(2))).isBetween(box.minLong(), box.maxLong());
            });
            assertThat(strings(db, "SELECT emails_json FROM callers")).allSatisfy(emails -> json(emails)
                    .forEach(e -> assertThat(e.asText()).matches("[a-z0-9.-]+@[a-z]+(\\.[a-z]+)+")));
            assertThat(rows(db, "SELECT phones_json, search_phones FROM callers")).allSatisfy(r -> {
                List<String> phones = new ArrayList<>();
                json(r.get(0)).forEach(p -> phones.add(p.asText()));
                assertThat(phones).isNotEmpty().hasSizeLessThanOrEqualTo(3)
                        .allSatisfy(p -> assertThat(PhoneNumbers.toE164(p)).contains(p));
                assertThat(r.get(1)).isEqualTo("|" + phones.stream().map(p -> p.substring(2))
                        .collect(Collectors.joining("|")) + "|");
            });
            assertThat(count(db, "SELECT COUNT(*) FROM callers WHERE language = 'fr'"))
                    .isBetween(SCALE.callers() * 80L / 100, SCALE.callers() * 95L / 100);

            List<List<String>> requests = rows(db, "SELECT type_code, nature, attributes_json, status, address_id, "
                    + "lat, due_at, closed_at, resolution, parent_id, number, created_at FROM requests");
            for (List<String> r : requests) {
                ServiceDto type = types.get(r.get(0));
                assertThat(type).as(r.get(0)).isNotNull();
                assertThat(type.natures()).contains(r.get(1));
                JsonNode answers = json(r.get(2));
                for (AttributeDto a : type.attributes()) {
                    JsonNode value = answers.get(a.code());
                    if (a.required()) {
                        assertThat(value).as(r.get(0) + " " + a.code()).isNotNull();
                    }
                    if (value != null && a.datatype().endsWith("valuelist")) {
                        Set<String> keys = a.values().stream().map(ValueDto::key).collect(Collectors.toSet());
                        List<String> given = new ArrayList<>();
                        if (value.isArray()) {
                            value.forEach(v -> given.add(v.asText()));
                        } else {
                            given.add(value.asText());
                        }
                        assertThat(keys).as(a.code()).containsAll(given);
                    }
                }
                RequestStatus status = RequestStatus.valueOf(r.get(3));
                assertThat(r.get(7) != null).as("closed_at of " + status).isEqualTo(!status.isOpen());
                assertThat(r.get(8) != null).as("resolution of " + status).isEqualTo(status.needsResolution());
                assertThat(r.get(9) != null).as("parent of " + status).isEqualTo(status == RequestStatus.DUPLICATE);
                if (r.get(1).equals("INFORMATION")) {
                    assertThat(status).isEqualTo(RequestStatus.CLOSED);
                    assertThat(r.get(4)).isNull();
                    assertThat(r.get(5)).isNull();
                    assertThat(r.get(6)).isNull();
                } else if (type.locationRequired()) {
                    assertThat(r.get(4)).isNotNull();
                }
                assertThat(r.get(10)).matches("\\d{4}-\\d{6}")
                        .startsWith(String.valueOf(instant(r.get(11)).atZone(CityCalendar.ZONE).getYear()));
            }
            long information = requests.stream().filter(r -> r.get(1).equals("INFORMATION")).count();
            assertThat(information).isBetween(SCALE.requests() * 30L / 100, SCALE.requests() * 50L / 100);

            List<Integer> snowMonths = rows(db, "SELECT r.created_at FROM requests r JOIN request_types t "
                    + "ON t.jurisdiction_id = r.jurisdiction_id AND t.code = r.type_code "
                    + "WHERE t.group_code = 'DENEIGEMENT'")
                    .stream().map(r -> instant(r.get(0)).atZone(CityCalendar.ZONE).getMonthValue()).toList();
            assertThat(snowMonths).hasSizeGreaterThan(10);
            assertThat(snowMonths.stream().filter(m -> m >= 11 || m <= 3).count())
                    .isGreaterThanOrEqualTo(snowMonths.size() * 80L / 100);

            assertThat(count(db, "SELECT COUNT(*) FROM (SELECT number FROM requests GROUP BY number "
                    + "HAVING COUNT(*) > 1) d")).isZero();
            List<String> byTime = strings(db, "SELECT number FROM requests ORDER BY created_at, number");
            assertThat(byTime.stream().map(n -> n.substring(5)).toList()).isSorted();
            long max = Long.parseLong(byTime.get(byTime.size() - 1).substring(5));
            assertThat(count(db, "SELECT nextval('request_number_seq')")).isGreaterThan(max);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void historiesMatchTheirRequests(Engine engine) {
        try (Database db = open(engine)) {
            seed(db, 7);
            List<List<String>> requests = rows(db, "SELECT r.status, r.created_at, r.closed_at, r.due_at, "
                    + "r.updated_at, r.version, (SELECT COUNT(*) FROM request_events e WHERE e.request_id = r.id), "
                    + "(SELECT MAX(e.at) FROM request_events e WHERE e.request_id = r.id), r.nature, r.reopened_count, "
                    + "(SELECT COUNT(*) FROM request_events e WHERE e.request_id = r.id AND e.kind = 'MERGED') "
                    + "FROM requests r");
            int old = 0;
            int oldOpen = 0;
            int closedWithTarget = 0;
            int onTime = 0;
            for (List<String> r : requests) {
                RequestStatus status = RequestStatus.valueOf(r.get(0));
                Instant created = instant(r.get(1));
                assertThat(r.get(5)).isEqualTo(r.get(6));
                assertThat(instant(r.get(4))).isEqualTo(instant(r.get(7))).isAfterOrEqualTo(created)
                        .isBeforeOrEqualTo(NOW);
                if (r.get(2) != null) {
                    assertThat(instant(r.get(2))).isAfterOrEqualTo(created).isBeforeOrEqualTo(NOW);
                }
                assertThat(Integer.parseInt(r.get(10)) > 0).isEqualTo(status == RequestStatus.DUPLICATE);
                if (created.isBefore(NOW.minus(120, ChronoUnit.DAYS))) {
                    old++;
                    oldOpen += status.isOpen() ? 1 : 0;
                }
                if (r.get(3) != null && (status == RequestStatus.CLOSED || status == RequestStatus.RESOLVED)) {
                    closedWithTarget++;
                    onTime += instant(r.get(2)).isAfter(instant(r.get(3))) ? 0 : 1;
                }
            }
            assertThat(oldOpen).isLessThanOrEqualTo(old * 5 / 100);
            assertThat(onTime).isBetween(closedWithTarget * 70 / 100, closedWithTarget * 97 / 100);
            assertThat(count(db, "SELECT COUNT(*) FROM requests WHERE status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', "
                    + "'WAITING')")).isPositive();
            assertThat(strings(db, "SELECT data_json FROM request_events"))
                    .allSatisfy(data -> assertThat(json(data).isObject()).isTrue());
            assertThat(count(db, "SELECT COUNT(*) FROM request_events WHERE kind = 'HANDOFF'")).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM request_events WHERE kind = 'ACCEPTED'")).isPositive();
            List<String> moments = bestTimes();
            int withoutCallback = 0;
            for (List<String> h : rows(db, "SELECT text, data_json FROM request_events WHERE kind = 'HANDOFF'")) {
                if (json(h.get(1)).path("callback").path("method").asText().equals("NONE")) {
                    withoutCallback++;
                    assertThat(moments).as("a handoff with no one to call back names no time to call: " + h.get(0))
                            .noneMatch(h.get(0)::contains);
                }
            }
            assertThat(withoutCallback).isPositive();
            String weekAgo = NOW.minus(7, ChronoUnit.DAYS).toString().replace('T', ' ').replace("Z", "+00:00");
            assertThat(count(db, "SELECT COUNT(*) FROM requests r JOIN request_events h ON h.request_id = r.id "
                    + "AND h.kind = 'HANDOFF' WHERE r.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING') "
                    + "AND h.at < TIMESTAMP WITH TIME ZONE '" + weekAgo + "' AND NOT EXISTS (SELECT 1 FROM "
                    + "request_events a WHERE a.request_id = r.id AND a.id > h.id AND a.kind IN ('ACCEPTED', "
                    + "'HANDOFF'))"))
                    .as("open requests whose last handoff, over a week old, was never accepted").isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM requests d JOIN requests p ON p.id = d.parent_id "
                    + "WHERE p.type_code <> d.type_code OR p.created_at > d.created_at "
                    + "OR p.address_id <> d.address_id"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM requests r WHERE r.reopened_count <> (SELECT COUNT(*) FROM "
                    + "request_events e WHERE e.request_id = r.id AND e.kind = 'STATUS' AND e.data_json LIKE "
                    + "'%\"to\":\"IN_PROGRESS\"%' AND (e.data_json LIKE '%\"from\":\"CLOSED\"%' "
                    + "OR e.data_json LIKE '%\"from\":\"RESOLVED\"%'))")).isZero();

            assertThat(count(db, "SELECT COUNT(*) FROM callers k WHERE k.created_at >= (SELECT MIN(r.created_at) "
                    + "FROM requests r WHERE r.caller_id = k.id)")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM request_callers l JOIN callers k ON k.id = l.caller_id "
                    + "JOIN requests r ON r.id = l.request_id WHERE l.added_at < k.created_at "
                    + "OR l.added_at < r.created_at OR l.caller_id = r.caller_id")).isZero();

            Map<String, RequestStatus> replayed = new HashMap<>();
            for (List<String> e : rows(db, "SELECT CAST(request_id AS VARCHAR(40)), data_json FROM request_events "
                    + "WHERE kind = 'STATUS' ORDER BY request_id, id")) {
                JsonNode data = json(e.get(1));
                RequestStatus from = RequestStatus.valueOf(data.get("from").asText());
                RequestStatus to = RequestStatus.valueOf(data.get("to").asText());
                assertThat(replayed.getOrDefault(e.get(0), RequestStatus.NEW)).isEqualTo(from);
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isTrue();
                replayed.put(e.get(0), to);
            }
            for (List<String> r : rows(db, "SELECT CAST(id AS VARCHAR(40)), status, nature FROM requests")) {
                RequestStatus initial = r.get(2).equals("INFORMATION") ? RequestStatus.CLOSED : RequestStatus.NEW;
                assertThat(replayed.getOrDefault(r.get(0), initial).name()).isEqualTo(r.get(1));
            }

            List<String> entities = strings(db, "SELECT entity FROM change_log ORDER BY seq");
            assertThat(entities).hasSize(SCALE.addresses() + SCALE.callers() + SCALE.requests());
            assertThat(String.join(",", entities).replaceAll("(address,)+", "A").replaceAll("(caller,)+", "C")
                    .replaceAll("(request,?)+", "R")).isEqualTo("ACR");
            List<Instant> requestChanges = strings(db,
                    "SELECT at FROM change_log WHERE entity = 'request' ORDER BY seq")
                    .stream().map(DemoCityTest::instant).toList();
            assertThat(requestChanges).isSorted();
            assertThat(count(db, "SELECT COUNT(*) FROM change_log c JOIN requests r ON c.entity_id = "
                    + "CAST(r.id AS VARCHAR(40)) WHERE c.version <> r.version OR c.at <> r.updated_at")).isZero();
        }
    }

    @Test
    void theSameSeedGivesTheSameCity() {
        List<String> first = city(2026);
        assertThat(city(2026)).isEqualTo(first);
        assertThat(city(2027)).isNotEqualTo(first);
    }

    private List<String> city(long randomSeed) {
        try (Database db = open(Engine.H2)) {
            seed(db, randomSeed);
            List<String> out = new ArrayList<>(strings(db, "SELECT CONCAT(id, ' ', number, ' ', status, ' ', version, "
                    + "' ', attributes_json, ' ', description) FROM requests ORDER BY number"));
            out.addAll(strings(db, "SELECT CONCAT(id, ' ', phones_json, ' ', created_at) FROM callers ORDER BY id"));
            out.addAll(strings(db, "SELECT CONCAT(id, ' ', label, ' ', postal_code, ' ', lat) FROM addresses "
                    + "ORDER BY id"));
            out.addAll(strings(db, "SELECT CONCAT(request_id, ' ', at, ' ', kind, ' ', data_json) FROM request_events "
                    + "ORDER BY id"));
            return out;
        }
    }

    private static Instant instant(String text) {
        return Instant.parse(text);
    }

    private static List<String> bestTimes() {
        try (InputStream in = DemoSeed.class.getResourceAsStream("phrases.json")) {
            List<String> times = new ArrayList<>();
            Json.mapper().readTree(in).path("best_times").forEach(t -> times.add(t.asText()));
            assertThat(times).isNotEmpty();
            return times;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Database db, String sql) {
        return Long.parseLong(strings(db, sql).get(0));
    }

    private static List<String> strings(Database db, String sql) {
        return rows(db, sql).stream().map(r -> r.get(0)).toList();
    }

    private static List<List<String>> rows(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int columns = rs.getMetaData().getColumnCount();
                List<List<String>> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        row.add(value instanceof OffsetDateTime t ? t.toInstant().toString()
                                : value instanceof Timestamp t ? t.toInstant().toString()
                                : value == null ? null : value.toString());
                    }
                    out.add(row);
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
