package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Callers, addresses and requests over real HTTP: the capture path of a phone agent. */
class RequestApiTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    static String secretariat;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
        secretariat = http.login("secretariat-fleurimont", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String potholeBody(UUID id, UUID caller) {
        return """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST","caller_id":%s,
                 "location":{"address":"Coin King Ouest et Belvédère","lat":45.4,"long":-71.9},
                 "description":"Trou profond devant l'école","attributes":{"SIZE":"LARGE","POSITION":"LANE"}}
                """.formatted(id, caller == null ? "null" : "\"" + caller + "\"");
    }

    static UUID createCaller() {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/callers", agent, """
                {"id":"%s","first_name":"Hélène","last_name":"Bélanger","phones":["(819) 555-1234"],
                 "emails":["Helene.Belanger@Example.ca"],"language":"fr","consent":true}
                """.formatted(id));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    @Test
    void agentCreatesACallerFindsHerByPhoneFragmentAndNameWithoutAccents() {
        UUID id = createCaller();
        JsonNode caller = http.get("/api/v1/callers/" + id, agent).json();
        assertThat(caller.get("phones").get(0).asText()).isEqualTo("+18195551234");
        assertThat(caller.get("emails").get(0).asText()).isEqualTo("helene.belanger@example.ca");

        assertThat(http.get("/api/v1/callers?q=1234", agent).json().get("items").findValuesAsText("id"))
                .contains(id.toString());
        assertThat(http.get("/api/v1/callers?q=819-555-1234", agent).json().get("items").findValuesAsText("id"))
                .contains(id.toString());
        assertThat(http.get("/api/v1/callers?q=helene%20belang", agent).json().get("items")
                .findValuesAsText("id")).contains(id.toString());
        assertThat(http.get("/api/v1/callers?q=HELENE.BELANGER@", agent).json().get("items")
                .findValuesAsText("id")).contains(id.toString());
    }

    @Test
    void invalidCallerFieldsAreNamed() {
        Http.Reply reply = http.post("/api/v1/callers", agent, """
                {"id":"%s","last_name":"X","phones":["123"],"emails":["not-an-email"],"language":"de"}
                """.formatted(UUID.randomUUID()));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("phones[0]", "emails[0]", "language");
    }

    @Test
    void requestIsCreatedWithNumberDepartmentDueDateAndHistory() {
        UUID caller = createCaller();
        UUID id = UUID.randomUUID();
        Http.Reply created = http.post("/api/v1/requests", agent, potholeBody(id, caller));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("id").asText()).isEqualTo(id.toString());
        assertThat(body.get("number").asText()).matches("\\d{4}-\\d{6}");
        assertThat(body.get("status").asText()).isEqualTo("NEW");
        assertThat(body.get("department").asText()).isEqualTo("SEI");
        assertThat(body.get("channel").asText()).isEqualTo("PHONE_8000");
        assertThat(body.get("due_at").isNull()).isFalse();
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        JsonNode read = http.get("/api/v1/requests/" + id, agent).json();
        assertThat(read.get("history").get(0).get("kind").asText()).isEqualTo("CREATED");
        assertThat(read.get("attributes").get("SIZE").asText()).isEqualTo("LARGE");

        assertThat(http.get("/api/v1/requests?caller=" + caller, agent).json().get("total").asInt()).isEqualTo(1);
        String reference = id.toString().substring(0, 4).toUpperCase() + "-" + id.toString().substring(4, 8)
                .toUpperCase();
        assertThat(http.get("/api/v1/requests?reference=" + reference, agent).json().get("items")
                .findValuesAsText("id")).containsExactly(id.toString());
        assertThat(http.get("/api/v1/requests?reference=zz", agent).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/requests?near=45.4001,-71.9001,50&type=VOI-NIDPOULE&status=NEW", agent).json()
                .get("items").findValuesAsText("id")).contains(id.toString());
        assertThat(http.get("/api/v1/requests?near=45.41,-71.9,50", agent).json().get("items")
                .findValuesAsText("id")).doesNotContain(id.toString());
    }

    @Test
    void informationCallsAreClosedAtOnceWithoutLocation() {
        UUID id = UUID.randomUUID();
        Http.Reply created = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"INFORMATION","kb_article_id":"kb-nids-de-poule-fr"}
                """.formatted(id));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("CLOSED");
        assertThat(created.json().get("due_at").isNull()).isTrue();
        assertThat(created.json().get("kb_article_id").asText()).isEqualTo("kb-nids-de-poule-fr");
    }

    @Test
    void badRequestsAreRefusedWithFieldErrorsAndNothingIsWritten() {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"COMMENT","caller_id":"%s",
                 "attributes":{"SIZE":"HUGE","NOPE":1}}
                """.formatted(id, UUID.randomUUID()));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("errors").findValuesAsText("field")).contains("nature", "caller_id",
                "attributes.SIZE", "attributes.NOPE", "attributes.POSITION");
        assertThat(http.get("/api/v1/requests/" + id, agent).status()).isEqualTo(404);

        Http.Reply unknownType = http.post("/api/v1/requests", agent,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"type_code\":\"NOPE\"}");
        assertThat(unknownType.json().get("errors").findValuesAsText("code")).contains("unknown_type");

        Http.Reply script = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","description":"<script>alert('x')</script>'; DROP TABLE requests;--",
                 "location":{"address":"x"},"attributes":{"SIZE":"SMALL","POSITION":"LANE"}}
                """.formatted(UUID.randomUUID()));
        assertThat(script.status()).isEqualTo(201);
        assertThat(script.json().get("description").asText()).startsWith("<script>");
    }

    @Test
    void idempotencyKeyReplaysTheFirstAnswerAndRefusesADifferentBody() {
        UUID id = UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", "client-a:17");
        Http.Reply first = http.send("POST", "/api/v1/requests", agent, potholeBody(id, null), key);
        Http.Reply again = http.send("POST", "/api/v1/requests", agent, potholeBody(id, null), key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");

        Http.Reply other = http.send("POST", "/api/v1/requests", agent, potholeBody(UUID.randomUUID(), null), key);
        assertThat(other.status()).isEqualTo(422);

        Http.Reply sameIdNoKey = http.post("/api/v1/requests", agent, potholeBody(id, null));
        assertThat(sameIdNoKey.status()).isEqualTo(409);
    }

    @Test
    void patchNeedsIfMatchAndRefusesStaleVersions() {
        UUID id = UUID.randomUUID();
        http.post("/api/v1/requests", agent, potholeBody(id, null));
        String path = "/api/v1/requests/" + id;
        assertThat(http.send("PATCH", path, agent, "{\"status\":\"IN_PROGRESS\"}", Map.of()).status())
                .isEqualTo(428);
        Http.Reply ok = http.send("PATCH", path, agent, "{\"status\":\"IN_PROGRESS\",\"assignee\":\"sei-equipe-3\"}",
                Map.of("If-Match", "\"1\""));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.header("ETag")).isEqualTo("\"2\"");
        assertThat(http.send("PATCH", path, agent, "{\"status\":\"WAITING\"}", Map.of("If-Match", "\"1\"")).status())
                .isEqualTo(412);

        Http.Reply noResolution = http.send("PATCH", path, agent, "{\"status\":\"RESOLVED\"}",
                Map.of("If-Match", "\"2\""));
        assertThat(noResolution.status()).isEqualTo(422);
        Http.Reply resolved = http.send("PATCH", path, agent,
                "{\"status\":\"RESOLVED\",\"resolution\":\"Réparé le 29 novembre\",\"resolution_code\":\"FIXED\"}",
                Map.of("If-Match", "\"2\""));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("closed_at").isNull()).isFalse();
        Http.Reply reopened = http.send("PATCH", path, agent, "{\"status\":\"IN_PROGRESS\"}",
                Map.of("If-Match", "\"3\""));
        assertThat(reopened.json().get("reopened_count").asInt()).isEqualTo(1);
        assertThat(reopened.json().get("history").findValuesAsText("kind"))
                .containsSubsequence("CREATED", "STATUS", "ASSIGNED", "STATUS", "STATUS");
    }

    @Test
    void handoffCarriesTheStoryAndSecretariatsOnlyChangeTheirOwn() {
        UUID id = UUID.randomUUID();
        http.post("/api/v1/requests", agent, potholeBody(id, null));
        String path = "/api/v1/requests/" + id;
        assertThat(http.send("PATCH", path, secretariat, "{\"assignee\":\"x\"}", Map.of("If-Match", "\"1\""))
                .status()).isEqualTo(403);
        Http.Reply missingNote = http.post(path + "/handoffs", agent, "{\"to_department\":\"ARR-FLEURIMONT\"}");
        assertThat(missingNote.status()).isEqualTo(422);
        Http.Reply handoff = http.post(path + "/handoffs", agent, """
                {"to_department":"ARR-FLEURIMONT","note":"La citoyenne a déjà appelé deux fois.","urgency":"HIGH",
                 "callback":{"method":"PHONE","value":"819 555-1234","best_time":"après 17 h"}}""");
        assertThat(handoff.status()).as(handoff.body()).isEqualTo(201);
        assertThat(handoff.json().get("department").asText()).isEqualTo("ARR-FLEURIMONT");
        JsonNode event = handoff.json().get("history").get(1);
        assertThat(event.get("kind").asText()).isEqualTo("HANDOFF");
        assertThat(event.get("text").asText()).contains("deux fois");
        assertThat(event.at("/data/callback/best_time").asText()).isEqualTo("après 17 h");

        Http.Reply note = http.post(path + "/notes", secretariat,
                "{\"text\":\"Équipe planifiée jeudi.\",\"visibility\":\"PUBLIC\"}");
        assertThat(note.status()).isEqualTo(201);
        Http.Reply accept = http.send("PATCH", path, secretariat, "{\"status\":\"ASSIGNED\",\"assignee\":\"secretariat-fleurimont\"}",
                Map.of("If-Match", note.header("ETag")));
        assertThat(accept.status()).as(accept.body()).isEqualTo(200);
    }

    @Test
    void changeFeedPagesWithAnOpaqueCursorAndRefusesForeignCursors() {
        JsonNode first = http.get("/api/v1/changes?limit=5", agent).json();
        assertThat(first.get("changes")).hasSizeLessThanOrEqualTo(5);
        String cursor = first.get("cursor").asText();
        UUID id = UUID.randomUUID();
        http.post("/api/v1/requests", agent, potholeBody(id, null));
        String after = cursor;
        boolean seen = false;
        for (int i = 0; i < 200 && !seen; i++) {
            JsonNode page = http.get("/api/v1/changes?limit=500&since=" + after, agent).json();
            seen = page.get("changes").findValuesAsText("id").contains(id.toString());
            after = page.get("cursor").asText();
            if (!page.get("has_more").asBoolean() && !seen) {
                break;
            }
        }
        assertThat(seen).isTrue();
        assertThat(http.get("/api/v1/changes?since=garbage!", agent).status()).isEqualTo(400);
        String foreign = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("v1.otherdb.5".getBytes());
        assertThat(http.get("/api/v1/changes?since=" + foreign, agent).status()).isEqualTo(410);
    }

    @Test
    void aSecondCallerIsLinkedToAnExistingRequestOnce() {
        UUID id = UUID.randomUUID();
        http.post("/api/v1/requests", agent, potholeBody(id, createCaller()));
        UUID second = createCaller();
        Http.Reply linked = http.post("/api/v1/requests/" + id + "/callers", agent,
                "{\"caller_id\":\"" + second + "\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().get("caller_ids").findValuesAsText("")).isEmpty();
        assertThat(linked.json().get("caller_ids").get(0).asText()).isEqualTo(second.toString());
        assertThat(linked.json().get("history").findValuesAsText("kind")).contains("CALLER_LINKED");
        Http.Reply again = http.post("/api/v1/requests/" + id + "/callers", agent,
                "{\"caller_id\":\"" + second + "\"}");
        assertThat(again.json().get("version").asLong()).isEqualTo(linked.json().get("version").asLong());
        assertThat(http.get("/api/v1/requests?caller=" + second, agent).json().get("total").asInt()).isEqualTo(1);
        assertThat(http.post("/api/v1/requests/" + id + "/callers", agent,
                "{\"caller_id\":\"" + UUID.randomUUID() + "\"}").status()).isEqualTo(422);
    }

    @Test
    void addressesAreSearchedByFragmentsWithoutAccents() {
        JsonNode page = http.get("/api/v1/addresses?q=&limit=3", agent).json();
        assertThat(page.has("items")).isTrue();
        assertThat(page.has("total")).isTrue();
    }
}
