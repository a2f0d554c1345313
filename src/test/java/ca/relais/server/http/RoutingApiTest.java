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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Versioned routing rules over real HTTP, on H2 and PostgreSQL: edit, validate, suggest, route, mirror. */
class RoutingApiTest {
    private static final String RULES = """
            {"rules":[
              {"id":"voirie-fleurimont","group":"VOIRIE","borough":"FLEURIMONT","department":"ARR-FLEURIMONT"},
              {"id":"nid-plainte","type_code":"VOI-NIDPOULE","nature":"COMPLAINT","department":"SCEC"}]}""";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void adminEditsTheRulesAndNewRequestsFollowThem(TestDatabases.Engine engine) throws SQLException {
        try (RelaisServer server = TestServers.demo(engine, dir)) {
            Http http = new Http(server.baseUrl());
            String admin = http.login("admin", "relais-demo");
            String agent = http.login("agent8000", "relais-demo");
            String supervisor = http.login("supervisor", "relais-demo");

            Http.Reply empty = http.get("/api/v1/routing/rules", agent);
            assertThat(empty.json().get("version").asLong()).isZero();
            assertThat(empty.header("ETag")).isEqualTo("\"0\"");
            String cursor = head(http, agent);
            String catalogueTag = http.get("/api/v1/catalogue", agent).header("ETag");

            assertThat(http.send("PUT", "/api/v1/routing/rules", admin, RULES, Map.of()).status()).isEqualTo(428);
            Http.Reply invalid = http.send("PUT", "/api/v1/routing/rules", admin, """
                    {"rules":[{"type_code":"NOPE","department":"SEI"},{"group":"VOIRIE","department":"NOWHERE"},
                     {"borough":"ATLANTIS","department":"SEI"},{"department":"SEI"},
                     {"group":"PARCS_ARBRES","type_code":"VOI-NIDPOULE","nature":"MAYBE","department":"SEI"}]}""",
                    Map.of("If-Match", "\"0\""));
            assertThat(invalid.status()).isEqualTo(422);
            assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("rules[0].type_code",
                    "rules[1].department", "rules[2].borough", "rules[3].type_code", "rules[4].group",
                    "rules[4].nature");

            Http.Reply saved = http.send("PUT", "/api/v1/routing/rules", admin, RULES, Map.of("If-Match", "\"0\""));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.header("ETag")).isEqualTo("\"1\"");
            assertThat(saved.json().get("updated_by").asText()).isEqualTo("admin");
            assertThat(http.send("PUT", "/api/v1/routing/rules", admin, "{\"rules\":[]}",
                    Map.of("If-Match", "\"0\"")).status()).isEqualTo(412);
            assertThat(http.send("PUT", "/api/v1/routing/rules", admin, "{\"rules\":[]}",
                    Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);
            assertThat(http.send("PUT", "/api/v1/routing/rules", admin, RULES, Map.of("If-Match", "\"2\""))
                    .header("ETag")).isEqualTo("\"3\"");

            JsonNode versions = http.get("/api/v1/routing/rules/versions", supervisor).json();
            assertThat(versions.get("items").findValuesAsText("version")).containsExactly("3", "2", "1");
            assertThat(versions.get("items").get(1).get("count").asInt()).isZero();
            assertThat(versions.get("items").get(0).get("count").asInt()).isEqualTo(2);

            Http.Reply catalogue = http.send("GET", "/api/v1/catalogue", agent, null,
                    Map.of("If-None-Match", catalogueTag));
            assertThat(catalogue.status()).as("new rules, a new catalogue tag").isEqualTo(200);
            assertThat(catalogue.header("ETag")).isNotEqualTo(catalogueTag);
            JsonNode routing = catalogue.json().get("routing");
            assertThat(routing.get("version").asLong()).isEqualTo(3);
            assertThat(routing.get("rules").get(0).get("id").asText()).isEqualTo("voirie-fleurimont");

            JsonNode feed = http.get("/api/v1/changes?limit=500&since=" + cursor, agent).json().get("changes");
            JsonNode mirrored = null;
            for (JsonNode change : feed) {
                if (change.get("entity").asText().equals("routing")) {
                    mirrored = change;
                }
            }
            assertThat(mirrored.get("data").get("version").asLong()).isEqualTo(3);

            String fleurimontAddress = addressIn(server, "FLEURIMONT");
            String brompton = addressIn(server, "BROMPTON");
            JsonNode suggestion = http.get("/api/v1/routing/suggest?type=VOI-NIDPOULE&nature=REQUEST&address_id="
                    + fleurimontAddress, agent).json();
            assertThat(suggestion.get("department").asText()).isEqualTo("ARR-FLEURIMONT");
            assertThat(suggestion.get("rule_id").asText()).isEqualTo("voirie-fleurimont");
            JsonNode complaint = http.get("/api/v1/routing/suggest?type=VOI-NIDPOULE&nature=COMPLAINT&address_id="
                    + fleurimontAddress, agent).json();
            assertThat(complaint.get("department").asText()).isEqualTo("SCEC");
            JsonNode fallback = http.get("/api/v1/routing/suggest?type=VOI-NIDPOULE&address_id=" + brompton, agent)
                    .json();
            assertThat(fallback.get("department").asText()).isEqualTo("SEI");
            assertThat(fallback.get("rule_id").isNull()).isTrue();
            assertThat(http.get("/api/v1/routing/suggest?type=NOPE", agent).status()).isEqualTo(400);
            assertThat(http.get("/api/v1/routing/suggest", agent).status()).isEqualTo(400);
            assertThat(http.get("/api/v1/routing/suggest?type=VOI-NIDPOULE&address_id=x", agent).status())
                    .isEqualTo(400);

            Http.Reply created = http.post("/api/v1/requests", agent, """
                    {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST","location":{"address_id":"%s"},
                     "attributes":{"SIZE":"LARGE","POSITION":"LANE"}}""".formatted(UUID.randomUUID(),
                    fleurimontAddress));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            assertThat(created.json().get("department").asText()).isEqualTo("ARR-FLEURIMONT");

            Http.Reply open311 = http.postForm("/open311/v2/requests.json", new okhttp3.FormBody.Builder()
                    .add("api_key", ca.relais.server.demo.DemoSeed.DEMO_API_KEY).add("service_code", "VOI-NIDPOULE")
                    .add("address_id", fleurimontAddress).add("attribute[SIZE]", "LARGE")
                    .add("attribute[POSITION]", "LANE").build());
            assertThat(open311.status()).as(open311.body()).isEqualTo(200);
            String number = open311.json().get(0).get("service_request_id").asText();
            JsonNode fromOpen311 = http.get("/api/v1/requests?number=" + number, agent).json().get("items").get(0);
            assertThat(fromOpen311.get("department").asText()).isEqualTo("ARR-FLEURIMONT");
        }
    }

    /** The feed cursor after every change so far. */
    private static String head(Http http, String token) {
        JsonNode page = http.get("/api/v1/changes?limit=500", token).json();
        while (page.get("has_more").asBoolean()) {
            page = http.get("/api/v1/changes?limit=500&since=" + page.get("cursor").asText(), token).json();
        }
        return page.get("cursor").asText();
    }

    private static String addressIn(RelaisServer server, String borough) throws SQLException {
        try (Connection c = server.database().connection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM addresses WHERE borough = ? ORDER BY id")) {
            ps.setString(1, borough);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
