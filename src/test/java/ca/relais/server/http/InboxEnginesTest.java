package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The inbox and its actions on both databases: the queries and the one-transaction merge must hold on each. */
class InboxEnginesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void handoffInboxAcceptPauseMergeAndBulk(TestDatabases.Engine engine) {
        try (RelaisServer server = TestServers.demo(engine, dir)) {
            Http http = new Http(server.baseUrl());
            String agent = http.login("agent8000", "relais-demo");
            String secretariat = http.login("secretariat-fleurimont", "relais-demo");
            JsonNode master = create(http, agent);
            JsonNode duplicate = create(http, agent);
            Http.Reply handed = http.post("/api/v1/requests/" + id(master) + "/handoffs", agent,
                    "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"Signalé deux fois\",\"urgency\":\"URGENT\"}");
            assertThat(handed.status()).as(handed.body()).isEqualTo(201);
            for (String filter : new String[] {"all", "unaccepted", "at_risk", "overdue"}) {
                Http.Reply inbox = http.get("/api/v1/inbox?filter=" + filter, secretariat);
                assertThat(inbox.status()).as(filter + " " + inbox.body()).isEqualTo(200);
            }
            assertThat(http.get("/api/v1/inbox?filter=unaccepted&limit=500", secretariat).json().get("items")
                    .findValuesAsText("id")).contains(id(master));
            JsonNode late = handed(http, agent);
            JsonNode soon = handed(http, agent);
            setDue(server, id(late), Instant.now().minus(Duration.ofHours(1)));
            setDue(server, id(soon), Instant.now().plus(Duration.ofHours(1)));
            List<String> overdue = ids(http.get("/api/v1/inbox?filter=overdue&limit=500", secretariat).json());
            List<String> atRisk = ids(http.get("/api/v1/inbox?filter=at_risk&limit=500", secretariat).json());
            assertThat(overdue).contains(id(late)).doesNotContain(id(soon), id(master));
            assertThat(atRisk).contains(id(soon)).doesNotContain(id(late), id(master));
            JsonNode page = http.get("/api/v1/inbox?limit=500", secretariat).json();
            List<String> all = ids(page);
            assertThat(all.indexOf(id(late))).isLessThan(all.indexOf(id(soon)));
            assertThat(all.indexOf(id(soon))).isLessThan(all.indexOf(id(master)));
            assertThat(page.get("items").get(all.indexOf(id(late))).get("sla_state").asText()).isEqualTo("OVERDUE");
            assertThat(page.get("items").get(all.indexOf(id(soon))).get("sla_state").asText()).isEqualTo("AT_RISK");

            Http.Reply accepted = http.send("POST", "/api/v1/requests/" + id(master) + "/accept", secretariat, null,
                    Map.of("If-Match", "\"" + handed.json().get("version").asLong() + "\""));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
            Http.Reply waiting = http.send("PATCH", "/api/v1/requests/" + id(master), secretariat,
                    "{\"status\":\"WAITING\"}", Map.of("If-Match", "\"" + accepted.json().get("version") + "\""));
            assertThat(waiting.json().get("sla_state").asText()).isEqualTo("PAUSED");
            Http.Reply resumed = http.send("PATCH", "/api/v1/requests/" + id(master), secretariat,
                    "{\"status\":\"IN_PROGRESS\"}", Map.of("If-Match", "\"" + waiting.json().get("version") + "\""));
            assertThat(resumed.json().get("due_at").isNull()).isFalse();

            Http.Reply stale = http.post("/api/v1/requests/" + id(master) + "/merge", agent,
                    "{\"duplicates\":[{\"id\":\"%s\",\"version\":7}]}".formatted(id(duplicate)));
            assertThat(stale.status()).isEqualTo(412);
            Http.Reply merged = http.post("/api/v1/requests/" + id(master) + "/merge", agent,
                    "{\"duplicates\":[{\"id\":\"%s\",\"version\":1}],\"note\":\"même trou\"}".formatted(id(duplicate)));
            assertThat(merged.status()).as(merged.body()).isEqualTo(200);
            assertThat(http.get("/api/v1/requests/" + id(duplicate), agent).json().get("status").asText())
                    .isEqualTo("DUPLICATE");

            JsonNode other = create(http, agent);
            Http.Reply bulk = http.send("POST", "/api/v1/requests/bulk", agent,
                    "{\"action\":\"note\",\"text\":\"Tournée jeudi\",\"visibility\":\"PUBLIC\",\"items\":[{\"id\":\"%s\","
                            .formatted(id(other)) + "\"version\":1}]}", Map.of("Idempotency-Key", "k-" + engine));
            assertThat(bulk.json().get("results").get(0).get("status").asInt()).as(bulk.body()).isEqualTo(200);
        }
    }

    private static JsonNode handed(Http http, String agent) {
        JsonNode created = create(http, agent);
        return http.post("/api/v1/requests/" + id(created) + "/handoffs", agent,
                "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"à traiter\"}").json();
    }

    private static void setDue(RelaisServer server, String id, Instant due) {
        try (Connection c = server.database().connection();
             PreparedStatement ps = c.prepareStatement("UPDATE requests SET due_at = ? WHERE id = ?")) {
            ps.setObject(1, due.atOffset(ZoneOffset.UTC));
            ps.setObject(2, UUID.fromString(id));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new java.util.ArrayList<>();
        page.get("items").forEach(item -> out.add(item.get("id").asText()));
        return out;
    }

    private static String id(JsonNode request) {
        return request.get("id").asText();
    }

    private static JsonNode create(Http http, String agent) {
        Http.Reply reply = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST","location":{"address":"Rue King"},
                 "attributes":{"SIZE":"LARGE","POSITION":"LANE"}}""".formatted(UUID.randomUUID()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }
}
