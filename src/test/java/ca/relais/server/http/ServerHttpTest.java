package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.DemoServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real server over real HTTP on a random port. */
class ServerHttpTest {
    @RegisterExtension
    static final DemoServerExtension demo = new DemoServerExtension();
    static RelaisServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = demo.server();
        http = demo.http();
    }


    @Test
    void healthIsUp() {
        Http.Reply reply = http.get("/health", null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void signInReturnsATokenForAShiftAndTheUser() {
        Http.Reply reply = http.post("/api/v1/session", null,
                "{\"username\":\"agent8000\",\"password\":\"relais-demo\"}");
        assertThat(reply.status()).isEqualTo(201);
        JsonNode body = reply.json();
        assertThat(body.get("token").asText()).hasSizeGreaterThan(30);
        assertThat(body.get("expires_at").asText()).isNotBlank();
        assertThat(body.at("/user/username").asText()).isEqualTo("agent8000");
        assertThat(body.at("/user/roles/0").asText()).isEqualTo("agent");
        assertThat(body.at("/user/line").asText()).isEqualTo("8000");
        assertThat(body.toString()).doesNotContain("password");
    }

    @Test
    void wrongPasswordIsAProblem401() {
        Http.Reply reply = http.post("/api/v1/session", null,
                "{\"username\":\"agent5858\",\"password\":\"wrong\"}");
        assertProblem(reply, 401);
    }

    @Test
    void unknownUserLooksLikeAWrongPassword() {
        Http.Reply reply = http.post("/api/v1/session", null, "{\"username\":\"nobody\",\"password\":\"x\"}");
        assertProblem(reply, 401);
        assertThat(reply.json().get("detail").asText()).isEqualTo("The username or the password is wrong.");
    }

    @Test
    void missingFieldsAreFieldErrors() {
        Http.Reply reply = http.post("/api/v1/session", null, "{\"username\":\"\"}");
        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("username", "password");
    }

    @Test
    void malformedTruncatedAndMistypedJsonAre400() {
        assertProblem(http.post("/api/v1/session", null, "{\"username\":"), 400);
        assertProblem(http.post("/api/v1/session", null, "not json at all"), 400);
        assertProblem(http.post("/api/v1/session", null, "{\"username\":[1,2],\"password\":{}}"), 400);
        assertProblem(http.post("/api/v1/session", null, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                400);
    }

    @Test
    void oversizedBodiesAreRefused() {
        String huge = "{\"username\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        Http.Reply reply = http.post("/api/v1/session", null, huge.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void catalogueNeedsAToken() {
        assertProblem(http.get("/api/v1/catalogue", null), 401);
        assertProblem(http.get("/api/v1/catalogue", "forged-token"), 401);
    }

    @Test
    void theCatalogueCarriesAStrongTagAndAnUnchangedOneAnswersNotModified() {
        String token = http.login("agent8000", "relais-demo");
        Http.Reply first = http.get("/api/v1/catalogue", token);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        assertThat(http.get("/api/v1/catalogue", token).header("ETag")).as("the same bytes, the same tag")
                .isEqualTo(etag);

        Http.Reply unchanged = http.send("GET", "/api/v1/catalogue", token, null, Map.of("If-None-Match", etag));
        Http.Reply listed = http.send("GET", "/api/v1/catalogue", token, null,
                Map.of("If-None-Match", "\"0000\", " + etag));
        Http.Reply other = http.send("GET", "/api/v1/catalogue", token, null, Map.of("If-None-Match", "\"0000\""));

        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(etag);
        assertThat(listed.status()).isEqualTo(304);
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).isEqualTo(first.body());
        assertProblem(http.send("GET", "/api/v1/catalogue", null, null, Map.of("If-None-Match", etag)), 401);
    }

    @Test
    void catalogueListsTheCityTypesInOpen311Form() {
        String token = http.login("agent8000", "relais-demo");
        Http.Reply reply = http.get("/api/v1/catalogue", token);
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get("total").asInt()).isEqualTo(body.get("items").size()).isGreaterThanOrEqualTo(60);
        assertThat(body.has("next_cursor")).isTrue();
        JsonNode first = body.get("items").get(0);
        for (String field : new String[] {"service_code", "service_name", "service_name_en", "group", "keywords",
                "description", "metadata", "attributes", "department", "sla_hours", "natures", "default_nature",
                "duplicate_radius_m"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(body.get("items").findValuesAsText("service_code")).doesNotHaveDuplicates()
                .noneMatch(code -> code.startsWith("VDC-"));
    }

    @Test
    void signOutRevokesTheToken() {
        String token = http.login("supervisor", "relais-demo");
        assertThat(http.get("/api/v1/catalogue", token).status()).isEqualTo(200);
        assertThat(http.delete("/api/v1/session", token).status()).isEqualTo(204);
        assertProblem(http.get("/api/v1/catalogue", token), 401);
    }

    @Test
    void repeatedFailuresAreThrottled() {
        for (int i = 0; i < 5; i++) {
            assertProblem(http.post("/api/v1/session", null,
                    "{\"username\":\"ombudsman\",\"password\":\"guess" + i + "\"}"), 401);
        }
        Http.Reply locked = http.post("/api/v1/session", null,
                "{\"username\":\"ombudsman\",\"password\":\"relais-demo\"}");
        assertProblem(locked, 429);
    }

    @Test
    void unknownPathsAreProblems() {
        assertProblem(http.get("/api/v1/nothing-here", null), 404);
    }

    private static void assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).isNotBlank();
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("detail").asText()).isNotBlank();
    }
}
