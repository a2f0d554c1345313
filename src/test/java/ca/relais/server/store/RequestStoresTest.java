package ca.relais.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CallerDto;
import ca.relais.api.PageDto;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.MutableClock;
import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Caller, address, request and change-log stores on both engines. */
class RequestStoresTest {
    @TempDir
    Path dir;

    private Database open(Engine engine) {
        String url = TestDatabases.freshUrl(engine, dir);
        Database db = engine == Engine.H2 ? Database.open(url, null, null)
                : Database.open(url, TestDatabases.postgresUser(), null);
        new DemoSeed(db, new CatalogueStore(db), new UserStore(db), new ApiKeyStore(db)).seedIfEmpty();
        return db;
    }

    private static void address(Connection c, String id, String street, double lat, double lon)
            throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO addresses (id, jurisdiction_id, civic_number, "
                + "street, unit, postal_code, borough, lat, lon, label, search_text) VALUES (?, ?, '12', ?, NULL, "
                + "'J1H 5N4', 'FLEURIMONT', ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, DemoSeed.CITY);
            ps.setString(3, street);
            ps.setDouble(4, lat);
            ps.setDouble(5, lon);
            ps.setString(6, "12 " + street);
            ps.setString(7, ca.relais.domain.TextFolding.fold("12 " + street + " J1H 5N4 Fleurimont"));
            ps.executeUpdate();
        }
    }

    private static RequestRow row(UUID id, String number, String status, Double lat, Double lon, UUID caller,
                                  Instant at) {
        return new RequestRow(id, DemoSeed.CITY, number, "VOI-NIDPOULE", "REQUEST", "PHONE_8000", caller, null,
                "somewhere", lat, lon, null, "trou", JsonNodeFactory.instance.objectNode(), status, "SEI", null, 2,
                null, null, null, "agent8000", at, at, null, null, 0, 1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void callersAreFoundByPhoneFragmentNameWithoutAccentsEmailAndStreet(Engine engine) throws Exception {
        try (Database db = open(engine)) {
            CallerStore callers = new CallerStore(db);
            UUID id = UUID.randomUUID();
            Instant now = Instant.parse("2026-11-29T15:00:00Z");
            db.inTransaction(c -> {
                address(c, "ADR-1", "rue de l'Église", 45.40, -71.89);
                callers.insert(c, DemoSeed.CITY, new CallerDto(id, "Éloïse", "Côté", List.of("+18195550199"),
                        List.of("eloise.cote@example.ca"), "ADR-1", null, "fr", true, 1, now, now));
                return null;
            });
            assertThat(ids(callers.search(DemoSeed.CITY, "0199", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "(819) 555-0199", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "+1 819 555 0199", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "eloise cote", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "ÉLOÏSE", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "eloise.cote@", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "eglise", 10, 0))).containsExactly(id);
            assertThat(ids(callers.search(DemoSeed.CITY, "100%_", 10, 0))).isEmpty();
            assertThat(ids(callers.search(DemoSeed.NEIGHBOUR, "eloise", 10, 0))).as("tenant isolation").isEmpty();

            assertThat(new AddressStore(db).search(DemoSeed.CITY, "12 eglise", 10, 0).items())
                    .extracting(a -> a.id()).containsExactly("ADR-1");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void requestsAreFilteredByStatusCallerAndDistance(Engine engine) {
        try (Database db = open(engine)) {
            RequestStore requests = new RequestStore(db);
            UUID near = UUID.randomUUID();
            UUID far = UUID.randomUUID();
            UUID closed = UUID.randomUUID();
            Instant at = Instant.parse("2026-11-29T15:00:00Z");
            db.inTransaction(c -> {
                requests.insert(c, row(near, requests.nextNumber(c, 2026), "NEW", 45.40000, -71.89000, null, at));
                requests.insert(c, row(far, requests.nextNumber(c, 2026), "NEW", 45.40100, -71.89000, null, at));
                requests.insert(c, row(closed, requests.nextNumber(c, 2026), "CLOSED", 45.40010, -71.89010, null,
                        at));
                return null;
            });
            RequestFilter within50m = new RequestFilter(null, List.of("NEW"), null, "VOI-NIDPOULE", 45.40030,
                    -71.89000, 50.0, null, null);
            assertThat(requests.list(DemoSeed.CITY, within50m, 10, 0).items()).extracting(RequestRow::id)
                    .containsExactly(near);
            PageDto<RequestRow> all = requests.list(DemoSeed.CITY, RequestFilter.none(), 2, 0);
            assertThat(all.total()).isEqualTo(3);
            assertThat(all.nextCursor()).isNotNull();
            assertThat(requests.list(DemoSeed.CITY, RequestFilter.none(), 2, PageCursor.decode(all.nextCursor()))
                    .items()).hasSize(1);
            String number = db.read(c -> requests.nextNumber(c, 2026));
            assertThat(number).matches("2026-\\d{6}");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aPageReadsPastOtherJurisdictionsWithinItsBudget(Engine engine) {
        try (Database db = open(engine)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
            ChangeLog log = new ChangeLog(db, clock);
            long seeded = log.maxSeq();
            db.inTransaction(c -> {
                log.record(c, DemoSeed.CITY, "request", "a0", "UPSERT", 1);
                for (int i = 0; i < 7; i++) {
                    log.record(c, DemoSeed.NEIGHBOUR, "request", "n" + i, "UPSERT", 1);
                }
                log.record(c, DemoSeed.CITY, "request", "a1", "UPSERT", 1);
                log.record(c, DemoSeed.CITY, "request", "a2", "UPSERT", 1);
                for (int i = 0; i < 20; i++) {
                    log.record(c, DemoSeed.NEIGHBOUR, "request", "m" + i, "UPSERT", 1);
                }
                log.record(c, DemoSeed.CITY, "request", "a3", "UPSERT", 1);
                return null;
            });
            clock.now = clock.now.plusSeconds(60);

            ChangeLog.Page first = log.page(DemoSeed.CITY, seeded, 2);
            assertThat(first.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("a0", "a1");
            assertThat(first.hasMore()).isTrue();
            ChangeLog.Page second = log.page(DemoSeed.CITY, first.lastSeq(), 2);
            assertThat(second.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("a2");
            assertThat(second.hasMore()).as("20 foreign entries exceed the budget of 4 × 2 + 1").isTrue();
            long afterBudget = second.lastSeq();
            assertThat(afterBudget).isEqualTo(seeded + 10 + 8);
            ChangeLog.Page rest = log.page(DemoSeed.CITY, afterBudget, 2);
            ChangeLog.Page last = log.page(DemoSeed.CITY, rest.lastSeq(), 2);
            assertThat(rest.entries().isEmpty() ? last.entries() : rest.entries())
                    .extracting(ChangeLog.Entry::entityId).containsExactly("a3");
            db.read(c -> {
                assertThat(log.estimateAfter(c, DemoSeed.CITY, first.lastSeq()))
                        .isGreaterThanOrEqualTo(2).isEqualTo(seeded + 31 - first.lastSeq());
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void changeLogPagesInOrderAndCompactionRaisesTheFloor(Engine engine) {
        try (Database db = open(engine)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
            ChangeLog log = new ChangeLog(db, clock);
            long seeded = log.maxSeq();
            db.inTransaction(c -> {
                for (int i = 0; i < 5; i++) {
                    log.record(c, DemoSeed.CITY, "request", "r" + i, "UPSERT", 1);
                }
                log.record(c, DemoSeed.NEIGHBOUR, "request", "other", "UPSERT", 1);
                log.record(c, DemoSeed.CITY, "caller", "c1", "DELETE", 2);
                return null;
            });
            clock.now = clock.now.plusSeconds(60);
            ChangeLog.Page first = log.page(DemoSeed.CITY, seeded, 3);
            assertThat(first.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("r0", "r1", "r2");
            assertThat(first.hasMore()).isTrue();
            ChangeLog.Page rest = log.page(DemoSeed.CITY, first.lastSeq(), 10);
            assertThat(rest.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("r3", "r4", "c1");
            assertThat(rest.entries().get(2).op()).isEqualTo("DELETE");
            assertThat(rest.hasMore()).isFalse();
            assertThat(log.page(DemoSeed.NEIGHBOUR, seeded, 10).entries()).extracting(ChangeLog.Entry::entityId)
                    .containsExactly("other");

            clock.now = clock.now.plus(Duration.ofDays(40));
            assertThat(log.compact(Duration.ofDays(30))).isEqualTo(seeded + 7);
            assertThat(log.oldestContinuable()).isEqualTo(rest.lastSeq());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aYoungGapStopsThePageUntilItIsFilledOrOld(Engine engine) {
        try (Database db = open(engine)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
            ChangeLog log = new ChangeLog(db, clock);
            long seeded = log.maxSeq();
            db.inTransaction(c -> {
                log.record(c, DemoSeed.CITY, "request", "a", "UPSERT", 1);
                return null;
            });
            try {
                db.inTransaction(c -> {
                    log.record(c, DemoSeed.CITY, "request", "rolled-back", "UPSERT", 1);
                    throw new IllegalStateException("roll back");
                });
            } catch (IllegalStateException expected) {
                // the sequence value is consumed, leaving a gap
            }
            db.inTransaction(c -> {
                log.record(c, DemoSeed.CITY, "request", "b", "UPSERT", 1);
                return null;
            });
            ChangeLog.Page young = log.page(DemoSeed.CITY, seeded, 10);
            assertThat(young.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("a");
            assertThat(young.hasMore()).isTrue();
            clock.now = clock.now.plusSeconds(6);
            ChangeLog.Page old = log.page(DemoSeed.CITY, young.lastSeq(), 10);
            assertThat(old.entries()).extracting(ChangeLog.Entry::entityId).containsExactly("b");
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void idempotencyRecordsAndClientMutations(Engine engine) {
        try (Database db = open(engine)) {
            IdempotencyStore store = new IdempotencyStore(db);
            Instant at = Instant.parse("2026-11-29T15:00:00Z");
            db.inTransaction(c -> {
                store.save(c, "ws-1:5", "agent8000", new IdempotencyStore.Saved("h", 201, "{}", "{}"), at);
                store.recordMutation(c, "ws-1", "agent8000", 5, at);
                store.recordMutation(c, "ws-1", "agent8000", 7, at);
                store.recordMutation(c, "ws-1", "agent8000", 6, at);
                return null;
            });
            assertThat(store.find("ws-1:5", "agent8000")).map(IdempotencyStore.Saved::status).contains(201);
            assertThat(store.find("ws-1:5", "agent5858")).as("keys are per user").isEmpty();
            java.util.Optional<Long> last = db.read(c -> store.lastMutation(c, "ws-1"));
            assertThat(last).contains(7L);
        }
    }

    private static List<UUID> ids(PageDto<CallerDto> page) {
        return page.items().stream().map(CallerDto::id).toList();
    }

}
