package ca.relais.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.PasswordHash;
import ca.relais.domain.Role;
import ca.relais.server.demo.DemoSeed;
import ca.relais.support.MutableClock;
import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same store behaviour, migrated by the same Flyway scripts, on H2 and on a real PostgreSQL. */
class ServerStoreTest {
    @TempDir
    Path dir;

    private Database open(Engine engine) {
        String url = TestDatabases.freshUrl(engine, dir);
        return engine == Engine.H2 ? Database.open(url, null, null)
                : Database.open(url, TestDatabases.postgresUser(), null);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void demoSeedLoadsBothCitiesAndTheDemoAccounts(Engine engine) {
        try (Database db = open(engine)) {
            CatalogueStore catalogues = new CatalogueStore(db);
            UserStore users = new UserStore(db);
            new DemoSeed(db, catalogues, users, new ApiKeyStore(db)).seedIfEmpty();
            new DemoSeed(db, catalogues, users, new ApiKeyStore(db)).seedIfEmpty();

            assertThat(db.isPostgres()).isEqualTo(engine == Engine.POSTGRESQL);
            assertThat(catalogues.defaultJurisdiction()).contains(DemoSeed.CITY);
            CatalogueDto city = catalogues.catalogue(DemoSeed.CITY);
            assertThat(city.total()).isEqualTo(city.items().size()).isGreaterThanOrEqualTo(60);
            assertThat(city.departments()).extracting(CatalogueDto.DepartmentDto::code)
                    .contains("SCEC", "SEI", "SSCVC", "FINANCES", "URBANISME", "ENVIRONNEMENT", "GREFFE", "POLICE",
                            "ARR-BROMPTON", "ARR-FLEURIMONT", "ARR-LENNOXVILLE", "ARR-NATIONS");
            assertThat(city.items()).allSatisfy(t -> {
                assertThat(t.natures()).contains(t.defaultNature());
                assertThat(t.metadata()).isEqualTo(!t.attributes().isEmpty());
            });
            CatalogueDto neighbour = catalogues.catalogue(DemoSeed.NEIGHBOUR);
            assertThat(neighbour.items()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.serviceCode()).startsWith("VDC-"));

            assertThat(users.count()).isEqualTo(DemoSeed.demoUsers().size());
            UserStore.StoredUser agent = users.find("agent8000").orElseThrow();
            assertThat(agent.user().roles()).containsExactly(Role.AGENT);
            assertThat(agent.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain(DemoSeed.DEMO_PASSWORD);
            assertThat(PasswordHash.verify(DemoSeed.DEMO_PASSWORD.toCharArray(), agent.passwordHash())).isTrue();

            ApiKeyStore keys = new ApiKeyStore(db);
            assertThat(keys.jurisdictionOf(DemoSeed.DEMO_API_KEY)).contains(DemoSeed.CITY);
            assertThat(keys.jurisdictionOf("not-a-key")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sessionsResolveUntilRevokedOrExpired(Engine engine) {
        try (Database db = open(engine)) {
            CatalogueStore catalogues = new CatalogueStore(db);
            UserStore users = new UserStore(db);
            new DemoSeed(db, catalogues, users, new ApiKeyStore(db)).seedIfEmpty();
            MutableClock clock = new MutableClock(Instant.parse("2026-11-29T13:00:00Z"));
            SessionStore sessions = new SessionStore(db, clock, Duration.ofHours(8));

            SessionStore.Issued issued = sessions.issue("agent8000", "127.0.0.1");
            assertThat(issued.expiresAt()).isEqualTo(Instant.parse("2026-11-29T21:00:00Z"));
            assertThat(sessions.resolve(issued.token())).contains("agent8000");
            assertThat(sessions.resolve(issued.token() + "x")).isEmpty();

            clock.now = Instant.parse("2026-11-29T21:00:01Z");
            assertThat(sessions.resolve(issued.token())).isEmpty();

            clock.now = Instant.parse("2026-11-29T14:00:00Z");
            SessionStore.Issued second = sessions.issue("agent8000", "127.0.0.1");
            assertThat(sessions.revoke(second.token())).isTrue();
            assertThat(sessions.resolve(second.token())).isEmpty();
            assertThat(sessions.revoke(second.token())).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void auditLogAppendsEntries(Engine engine) {
        try (Database db = open(engine)) {
            new AuditLog(db, Clock.systemUTC()).append(
                    new AuditLog.Entry("agent8000", "LOGIN", "session", null, "127.0.0.1", null));
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM audit_log WHERE actor = 'agent8000'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }

}
