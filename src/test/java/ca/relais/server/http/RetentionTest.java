package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases;
import ca.relais.support.TestDatabases.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Law 25 retention on H2 and PostgreSQL: who is erased, who is kept, what the feed and the audit trail show. */
class RetentionTest {
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);
    private static final OffsetDateTime LONG_AGO = NOW.minusMonths(30);
    private static final OffsetDateTime RECENTLY = NOW.minusMonths(1);
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void callersWhoseRequestsAreAllClosedForLongerThanTheRetentionPeriodAreAnonymised(Engine engine)
            throws SQLException {
        ServerConfig config = ServerConfig.local(dir, ServerConfig.Seed.DEMO).withDemo(null, false)
                .withOperations(new ServerConfig.Operations(null, 24, Duration.ofDays(1)));
        if (engine == Engine.POSTGRESQL) {
            config = config.withJdbc(TestDatabases.freshPostgresUrl(), TestDatabases.postgresUser(), null);
        }
        try (RelaisServer server = RelaisServer.start(config)) {
            Http http = new Http(server.baseUrl());
            String agent = http.login("agent8000", "relais-demo");
            UUID closedLongAgo = caller(http, agent, "Rétention", "819 555-7001");
            UUID stillOpen = caller(http, agent, "Ouverte", "819 555-7002");
            UUID closedRecently = caller(http, agent, "Récente", "819 555-7003");
            UUID linkedToRecent = caller(http, agent, "Liée", "819 555-7004");
            UUID oldWithoutRequests = caller(http, agent, "Ancienne", "819 555-7005");
            UUID newWithoutRequests = caller(http, agent, "Nouvelle", "819 555-7006");
            try (Connection c = server.database().connection()) {
                closed(c, request(http, agent, closedLongAgo), LONG_AGO);
                closed(c, request(http, agent, stillOpen), LONG_AGO);
                request(http, agent, stillOpen);
                closed(c, request(http, agent, closedRecently), RECENTLY);
                closed(c, request(http, agent, linkedToRecent), LONG_AGO);
                UUID recent = request(http, agent, closedRecently);
                assertThat(http.post("/api/v1/requests/" + recent + "/callers", agent,
                        "{\"caller_id\":\"" + linkedToRecent + "\"}").status()).isEqualTo(201);
                closed(c, recent, RECENTLY);
                for (UUID caller : new UUID[] {closedLongAgo, stillOpen, closedRecently, linkedToRecent,
                        oldWithoutRequests}) {
                    age(c, caller, LONG_AGO);
                }
                age(c, newWithoutRequests, RECENTLY);
            }
            String admin = http.login("admin", "relais-demo");
            String cursor = http.get("/api/v1/changes?limit=1000", agent).json().path("cursor").asText();
            while (true) {
                JsonNode page = http.get("/api/v1/changes?limit=1000&since=" + cursor, agent).json();
                cursor = page.path("cursor").asText();
                if (!page.path("has_more").asBoolean()) {
                    break;
                }
            }

            assertThat(http.post("/api/v1/admin/retention/run", agent, "{}").status()).isEqualTo(403);
            assertThat(http.post("/api/v1/admin/retention/run", http.login("supervisor", "relais-demo"), "{}")
                    .status()).isEqualTo(403);
            Http.Reply run = http.post("/api/v1/admin/retention/run", admin, "{}");
            assertThat(run.status()).isEqualTo(200);
            assertThat(run.json().path("anonymised").asInt()).isEqualTo(2);

            Http.Reply erasedReply = http.get("/api/v1/callers/" + closedLongAgo, agent);
            assertThat(erasedReply.status()).isEqualTo(200);
            JsonNode erased = erasedReply.json();
            assertThat(erased.path("id").asText()).isEqualTo(closedLongAgo.toString());
            assertThat(erased.path("first_name").isMissingNode() || erased.path("first_name").isNull()).isTrue();
            assertThat(erased.path("phones").isArray()).isTrue();
            assertThat(erased.path("phones")).isEmpty();
            assertThat(http.get("/api/v1/callers?q=7001", agent).json().path("items")).isEmpty();
            assertThat(http.get("/api/v1/callers?q=7005", agent).json().path("items")).isEmpty();
            for (String kept : new String[] {"7002", "7003", "7004", "7006"}) {
                assertThat(http.get("/api/v1/callers?q=" + kept, agent).json().path("items")).as(kept).hasSize(1);
            }

            JsonNode changes = http.get("/api/v1/changes?limit=1000&since=" + cursor, agent).json().path("changes");
            assertThat(changes.findValuesAsText("id")).contains(closedLongAgo.toString(),
                    oldWithoutRequests.toString());
            assertThat(changes.toString()).doesNotContain("Rétention").doesNotContain("5557001");

            String trail = http.get("/api/v1/audit?actor=system:retention&limit=50", admin).body();
            assertThat(trail).contains("ANONYMISE").contains(closedLongAgo.toString()).contains("RETENTION_RUN")
                    .contains("requested_by=admin");
            assertThat(http.post("/api/v1/admin/retention/run", admin, "{}").json().path("anonymised").asInt())
                    .as("a second run finds nobody left").isZero();
            JsonNode status = http.get("/api/v1/admin/retention", admin).json();
            assertThat(status.path("retention_months").asInt()).isEqualTo(24);
            assertThat(status.path("runs")).hasSize(2);
        }
    }

    private static UUID caller(Http http, String token, String lastName, String phone) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/callers", token, "{\"id\":\"" + id + "\",\"first_name\":\"Test\","
                + "\"last_name\":\"" + lastName + "\",\"phones\":[\"" + phone + "\"],\"emails\":[],\"language\":\"fr\","
                + "\"consent\":true}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    private static UUID request(Http http, String token, UUID caller) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/requests", token, "{\"id\":\"" + id + "\",\"type_code\":\"VOI-NIDPOULE\","
                + "\"caller_id\":\"" + caller + "\",\"location\":{\"address\":\"1 rue King Ouest\",\"lat\":45.4,"
                + "\"long\":-71.89},\"description\":\"Nid-de-poule\",\"attributes\":{\"SIZE\":\"LARGE\","
                + "\"POSITION\":\"LANE\"}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    private static void closed(Connection c, UUID request, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE requests SET status = 'CLOSED', closed_at = ?, created_at = ? WHERE id = ?")) {
            ps.setObject(1, at);
            ps.setObject(2, at.minusDays(3));
            ps.setObject(3, request);
            ps.executeUpdate();
        }
    }

    private static void age(Connection c, UUID caller, OffsetDateTime at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE callers SET created_at = ?, updated_at = ? WHERE id = ?")) {
            ps.setObject(1, at.minusDays(10));
            ps.setObject(2, at.minusDays(10));
            ps.setObject(3, caller);
            ps.executeUpdate();
        }
    }
}
