package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.domain.CityCalendar;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.Midnight;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor dashboard over HTTP: tiles and the lists behind them agree, presence, targets, feed signals. */
class DashboardApiTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String supervisor;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        supervisor = http.login("supervisor", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String cursorAtHead(String token) {
        String cursor = "";
        while (true) {
            JsonNode page = http.get("/api/v1/changes?limit=500" + (cursor.isEmpty() ? "" : "&since=" + cursor), token)
                    .json();
            cursor = page.get("cursor").asText();
            if (!page.get("has_more").asBoolean()) {
                return cursor;
            }
        }
    }

    private static List<String> changesSince(String cursor, String token) {
        List<String> out = new ArrayList<>();
        JsonNode page = http.get("/api/v1/changes?limit=500&since=" + cursor, token).json();
        page.get("changes").forEach(c -> out.add(c.get("entity").asText() + "/" + c.get("id").asText() + "/"
                + c.get("op").asText()));
        return out;
    }

    private static JsonNode agentIn(JsonNode queues, String username) {
        for (JsonNode a : queues.get("agents")) {
            if (a.get("username").asText().equals(username)) {
                return a;
            }
        }
        return null;
    }

    @Test
    void presenceIsReportedShownAndEndsWithTheSessionAndEachChangeReachesTheFeed() {
        String agent = http.login("agent8000", "relais-demo");
        assertThat(agentIn(http.get("/api/v1/queues", supervisor).json(), "agent8000")).isNull();
        String cursor = cursorAtHead(supervisor);

        Http.Reply posted = http.post("/api/v1/presence", agent, "{\"state\":\"AVAILABLE\"}");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);
        JsonNode shown = agentIn(http.get("/api/v1/queues", supervisor).json(), "agent8000");
        assertThat(shown).isNotNull();
        assertThat(shown.get("state").asText()).isEqualTo("AVAILABLE");
        assertThat(shown.get("line").asText()).isEqualTo("8000");
        assertThat(changesSince(cursor, supervisor)).contains("presence/agent8000/upsert");

        String afterFirst = cursorAtHead(supervisor);
        http.post("/api/v1/presence", agent, "{\"state\":\"AVAILABLE\"}");
        assertThat(changesSince(afterFirst, supervisor)).as("a heartbeat with the same state is not news").isEmpty();
        http.post("/api/v1/presence", agent, "{\"state\":\"ON_CALL\"}");
        assertThat(changesSince(afterFirst, supervisor)).containsExactly("presence/agent8000/upsert");
        assertThat(agentIn(http.get("/api/v1/queues", supervisor).json(), "agent8000").get("state").asText())
                .isEqualTo("ON_CALL");

        Http.Reply bad = http.post("/api/v1/presence", agent, "{\"state\":\"ASLEEP\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("state");

        String beforeSignOut = cursorAtHead(supervisor);
        assertThat(http.delete("/api/v1/session", agent).status()).isEqualTo(204);
        assertThat(agentIn(http.get("/api/v1/queues", supervisor).json(), "agent8000")).isNull();
        assertThat(changesSince(beforeSignOut, supervisor)).contains("presence/agent8000/delete");
    }

    @Test
    void targetsAreReadByTheOmbudsmanAndChangedWithIfMatch() {
        String ombudsman = http.login("ombudsman", "relais-demo");
        Http.Reply read = http.get("/api/v1/targets", ombudsman);
        assertThat(read.status()).isEqualTo(200);
        String etag = read.header("ETag");
        String body = "{\"sla_attainment\":0.85,\"first_contact_resolution\":0.6,\"max_unaccepted_minutes\":45}";
        assertThat(http.send("PUT", "/api/v1/targets", supervisor, body, Map.of()).status()).isEqualTo(428);
        Http.Reply put = http.send("PUT", "/api/v1/targets", supervisor, body, Map.of("If-Match", etag));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("sla_attainment").asDouble()).isEqualTo(0.85);
        assertThat(put.json().get("updated_by").asText()).isEqualTo("supervisor");
        assertThat(put.header("ETag")).isNotEqualTo(etag);
        assertThat(http.send("PUT", "/api/v1/targets", supervisor, body, Map.of("If-Match", etag)).status())
                .as("stale").isEqualTo(412);
        Http.Reply invalid = http.send("PUT", "/api/v1/targets", supervisor,
                "{\"sla_attainment\":1.5,\"first_contact_resolution\":0.6,\"max_unaccepted_minutes\":45}",
                Map.of("If-Match", put.header("ETag")));
        assertThat(invalid.status()).isEqualTo(422);
        JsonNode targets = http.get("/api/v1/queues", supervisor).json().get("targets");
        assertThat(targets.get("sla_attainment").asDouble()).isEqualTo(0.85);
        assertThat(targets.get("max_unaccepted_minutes").asInt()).isEqualTo(45);
        JsonNode report = http.get("/api/v1/reports/accountability?from=2026-01-01&to=2026-01-31", supervisor)
                .json();
        assertThat(report.get("sla_target").asDouble()).isEqualTo(0.85);
    }

    @Test
    void everyTileCountsExactlyTheListBehindIt() {
        Midnight.awayFrom(CityCalendar.ZONE, Duration.ofMinutes(1));
        String agent = http.login("agent8000", "relais-demo");
        String secretariat = http.login("secretariat-fleurimont", "relais-demo");
        UUID info = create(agent, "INFORMATION");
        UUID handed = create(agent, "REQUEST");
        UUID accepted = create(agent, "REQUEST");
        for (UUID id : List.of(handed, accepted)) {
            Http.Reply h = http.post("/api/v1/requests/" + id + "/handoffs", agent,
                    "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"à vous\"}");
            assertThat(h.status()).as(h.body()).isLessThan(300);
        }
        Http.Reply current = http.get("/api/v1/requests/" + accepted, secretariat);
        Http.Reply patched = http.send("PATCH", "/api/v1/requests/" + accepted, secretariat,
                "{\"status\":\"IN_PROGRESS\"}", Map.of("If-Match", current.header("ETag")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        JsonNode q = http.get("/api/v1/queues", supervisor).json();
        assertThat(total("open", "")).isEqualTo(q.get("open").asLong());
        assertThat(total("at_risk", "")).isEqualTo(q.get("at_risk").asLong());
        assertThat(total("breached", "")).isEqualTo(q.get("breached").asLong());
        assertThat(total("intake", "")).isEqualTo(q.get("intake_today").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(total("unaccepted", "")).isEqualTo(q.get("unaccepted_handoffs").asLong());
        assertThat(total("fcr", "")).isEqualTo(q.get("resolved_at_first_contact_today").asLong());
        q.get("open_by_status").fields().forEachRemaining(e ->
                assertThat(total("open", "&status=" + e.getKey())).isEqualTo(e.getValue().asLong()));
        q.get("intake_today_by_hour").fields().forEachRemaining(e ->
                assertThat(total("intake", "&hour=" + Integer.parseInt(e.getKey()))).isEqualTo(e.getValue().asLong()));
        q.get("intake_today_by_channel").fields().forEachRemaining(e ->
                assertThat(total("intake", "&channel=" + e.getKey())).isEqualTo(e.getValue().asLong()));
        q.get("intake_today_by_line").fields().forEachRemaining(e -> assertThat(total("intake", "&line=" + e.getKey()))
                .isEqualTo(e.getValue().fields().hasNext() ? sum(e.getValue()) : 0));

        List<String> unaccepted = ids("unaccepted");
        assertThat(unaccepted).contains(handed.toString()).doesNotContain(accepted.toString());
        assertThat(q.get("oldest_unaccepted_handoffs").toString()).doesNotContain(accepted.toString());
        assertThat(ids("fcr")).contains(info.toString());
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        for (JsonNode item : http.get("/api/v1/queues/items?tile=intake&limit=500", supervisor).json().get("items")) {
            assertThat(Instant.parse(item.get("created_at").asText()).atZone(ZoneId.of("America/Toronto"))
                    .toLocalDate()).isEqualTo(today);
        }
        assertThat(http.get("/api/v1/queues/items?tile=nope", supervisor).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/queues/items?tile=intake&hour=24", supervisor).status()).isEqualTo(400);
    }

    private static long sum(JsonNode counts) {
        long n = 0;
        for (JsonNode v : counts) {
            n += v.asLong();
        }
        return n;
    }

    private static long total(String tile, String filters) {
        Http.Reply r = http.get("/api/v1/queues/items?tile=" + tile + filters, supervisor);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("total").asLong();
    }

    private static List<String> ids(String tile) {
        List<String> out = new ArrayList<>();
        http.get("/api/v1/queues/items?limit=500&tile=" + tile, supervisor).json().get("items")
                .forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static UUID create(String token, String nature) {
        UUID id = UUID.randomUUID();
        Http.Reply r = http.post("/api/v1/requests", token, "{\"id\":\"" + id
                + "\",\"type_code\":\"VOI-NIDPOULE\",\"nature\":\"" + nature + "\",\"description\":\"nid\","
                + "\"location\":{\"address\":\"Coin King Ouest et Belvédère\",\"lat\":45.4,\"long\":-71.9},"
                + "\"attributes\":{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return id;
    }
}
