package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The back office over real HTTP: handoff, inbox, accept, notes, status, reopen, merge, bulk and conflicts. */
class InboxApiTest {
    private static final String FLEURIMONT = "ARR-FLEURIMONT";
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    static String secretariat;
    static String supervisor;
    static String ombudsman;
    static String admin;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
        secretariat = http.login("secretariat-fleurimont", "relais-demo");
        supervisor = http.login("supervisor", "relais-demo");
        ombudsman = http.login("ombudsman", "relais-demo");
        admin = http.login("admin", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Map<String, String> ifMatch(long version) {
        return Map.of("If-Match", "\"" + version + "\"");
    }

    static UUID caller(String first, String last) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/callers", agent, """
                {"id":"%s","first_name":"%s","last_name":"%s","phones":["(819) 555-%04d"],"language":"fr",
                 "consent":true}""".formatted(id, first, last, Math.abs(id.hashCode()) % 10_000));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    static JsonNode pothole(UUID caller, String attributes) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST","caller_id":%s,
                 "location":{"address":"Rue King Est","lat":45.4,"long":-71.88},
                 "description":"Nid-de-poule profond devant le dépanneur, les voitures l'évitent en roulant à gauche",
                 "attributes":%s}""".formatted(id, caller == null ? "null" : "\"" + caller + "\"", attributes));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonNode pothole() {
        return pothole(null, "{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}");
    }

    /** A pothole the agent handed to the Fleurimont secretariat. */
    static JsonNode handedToFleurimont() {
        JsonNode created = pothole();
        Http.Reply reply = http.post("/api/v1/requests/" + created.get("id").asText() + "/handoffs", agent, """
                {"to_department":"ARR-FLEURIMONT","note":"La citoyenne a déjà appelé deux fois; trou de 30 cm",
                 "urgency":"HIGH","callback":{"method":"PHONE","value":"819 555-0101","best_time":"après 17 h"}}""");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonNode read(JsonNode request) {
        return http.get("/api/v1/requests/" + request.get("id").asText(), agent).json();
    }

    static List<String> inboxIds(String token, String query) {
        Http.Reply reply = http.get("/api/v1/inbox" + query, token);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("items").findValuesAsText("id");
    }

    static String path(JsonNode request, String action) {
        return "/api/v1/requests/" + request.get("id").asText() + action;
    }

    @Test
    void theSecretariatSeesTheHandoffAcceptsResolvesWithAPublicNoteAndTheCallerHistoryShowsIt() {
        UUID citizen = caller("Hélène", "Bélanger");
        JsonNode created = pothole(citizen, "{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}");
        Http.Reply handed = http.post(path(created, "/handoffs"), agent, """
                {"to_department":"ARR-FLEURIMONT","note":"Trou de 30 cm, déjà signalé hier","urgency":"HIGH",
                 "callback":{"method":"PHONE","value":"819 555-0101","best_time":"après 17 h"}}""");
        assertThat(handed.status()).as(handed.body()).isEqualTo(201);
        JsonNode pending = handed.json().get("pending_handoff");
        assertThat(pending.get("from").asText()).isEqualTo("SEI");
        assertThat(pending.get("to").asText()).isEqualTo(FLEURIMONT);
        assertThat(pending.get("urgency").asText()).isEqualTo("HIGH");
        assertThat(pending.get("note").asText()).contains("30 cm");
        assertThat(pending.get("callback").get("best_time").asText()).isEqualTo("après 17 h");
        assertThat(pending.get("extension").isNull()).isFalse();
        JsonNode event = handed.json().get("history").get(handed.json().get("history").size() - 1);
        assertThat(event.get("kind").asText()).isEqualTo("HANDOFF");
        assertThat(event.get("data").get("callback").get("method").asText()).isEqualTo("PHONE");
        assertThat(handed.json().get("due_at").asText()).isEqualTo(created.get("due_at").asText());

        Http.Reply queue = http.get("/api/v1/inbox?filter=unaccepted&limit=500", secretariat);
        JsonNode item = find(queue.json().get("items"), created.get("id").asText());
        assertThat(item.get("caller_name").asText()).isEqualTo("Hélène Bélanger");
        assertThat(item.get("pending_handoff").get("urgency").asText()).isEqualTo("HIGH");
        assertThat(item.get("description_excerpt").asText()).startsWith("Nid-de-poule");
        assertThat(item.get("sla_state").asText()).isIn("ON_TIME", "AT_RISK", "OVERDUE");
        assertThat(item.get("version").asLong()).isEqualTo(handed.json().get("version").asLong());

        long version = handed.json().get("version").asLong();
        assertThat(http.send("POST", path(created, "/accept"), secretariat, null, Map.of()).status()).isEqualTo(428);
        Http.Reply accepted = http.send("POST", path(created, "/accept"), secretariat, null, ifMatch(version));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("assignee").asText()).isEqualTo("secretariat-fleurimont");
        assertThat(accepted.json().get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(accepted.json().get("pending_handoff").isNull()).isTrue();
        assertThat(accepted.json().get("holder").get("assignee_name").asText())
                .isEqualTo("Secrétariat Fleurimont (démo)");
        assertThat(accepted.json().get("history").findValuesAsText("kind")).endsWith("ACCEPTED");
        assertThat(inboxIds(secretariat, "?filter=unaccepted&limit=500")).doesNotContain(created.get("id").asText());
        assertThat(inboxIds(secretariat, "?limit=500")).contains(created.get("id").asText());

        Http.Reply note = http.post(path(created, "/notes"), secretariat,
                "{\"text\":\"Équipe de voirie passée ce matin\",\"visibility\":\"PUBLIC\"}");
        assertThat(note.json().get("latest_public_note").get("text").asText()).contains("voirie passée");
        version = note.json().get("version").asLong();
        Http.Reply noCode = http.send("PATCH", path(created, ""), secretariat,
                "{\"status\":\"RESOLVED\",\"resolution\":\"Trou comblé le 29 novembre\",\"resolution_code\":\"BOGUS\"}",
                ifMatch(version));
        assertThat(noCode.status()).isEqualTo(422);
        assertThat(noCode.json().get("errors").findValuesAsText("field")).contains("resolution_code");
        Http.Reply resolved = http.send("PATCH", path(created, ""), secretariat,
                "{\"status\":\"RESOLVED\",\"resolution\":\"Trou comblé le 29 novembre\",\"resolution_code\":\"FIXED\"}",
                ifMatch(version));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().get("resolution_code").asText()).isEqualTo("FIXED");
        assertThat(resolved.json().get("sla_state").asText()).isEqualTo("NONE");
        assertThat(inboxIds(secretariat, "?limit=500")).as("the queue holds open requests")
                .doesNotContain(created.get("id").asText());
        assertThat(inboxIds(secretariat, "?filter=closed&limit=500")).as("found again, to reopen it")
                .contains(created.get("id").asText());

        JsonNode history = http.get("/api/v1/requests?caller=" + citizen, agent).json().get("items").get(0);
        assertThat(history.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(history.get("latest_public_note").get("text").asText()).isEqualTo("Trou comblé le 29 novembre");
        assertThat(history.get("holder").get("department").asText()).isEqualTo(FLEURIMONT);
        assertThat(history.get("holder").get("assignee_name").asText()).isEqualTo("Secrétariat Fleurimont (démo)");
    }

    @Test
    void aContractClientResolvingWithoutACodeGetsOther() {
        JsonNode created = pothole();
        Http.Reply resolved = http.send("PATCH", path(created, ""), agent,
                "{\"status\":\"RESOLVED\",\"resolution\":\"Réparé\"}", ifMatch(1));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().get("resolution_code").asText()).isEqualTo("OTHER");
    }

    @Test
    void reopenNeedsANoteAndRestartsTheClockWithTheFullTarget() {
        JsonNode created = pothole();
        JsonNode resolved = http.send("PATCH", path(created, ""), agent,
                "{\"status\":\"CLOSED\",\"resolution\":\"Rien à faire\",\"resolution_code\":\"NO_ACTION_REQUIRED\"}",
                ifMatch(1)).json();
        long version = resolved.get("version").asLong();
        assertThat(http.send("POST", path(created, "/reopen"), agent, "{\"note\":\"x\"}", Map.of()).status())
                .isEqualTo(428);
        Http.Reply noNote = http.send("POST", path(created, "/reopen"), agent, "{}", ifMatch(version));
        assertThat(noNote.status()).isEqualTo(422);
        Instant before = Instant.now();
        Http.Reply reopened = http.send("POST", path(created, "/reopen"), agent,
                "{\"note\":\"La citoyenne rappelle: le trou est revenu\"}", ifMatch(version));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        JsonNode r = reopened.json();
        assertThat(r.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(r.get("reopened_count").asInt()).isEqualTo(1);
        assertThat(r.get("closed_at").isNull()).isTrue();
        assertThat(r.get("resolution_code").isNull()).isTrue();
        Instant due = Instant.parse(r.get("due_at").asText());
        assertThat(due).isAfter(before.plus(Duration.ofHours(72)));
        assertThat(r.get("history").findValuesAsText("kind")).endsWith("REOPENED");
        Http.Reply again = http.send("POST", path(created, "/reopen"), agent, "{\"note\":\"encore\"}",
                ifMatch(r.get("version").asLong()));
        assertThat(again.status()).isEqualTo(422);
    }

    @Test
    void waitingOnTheCitizenPausesTheClockAndResumingKeepsTheTimeLeft() {
        JsonNode created = pothole();
        Instant due = Instant.parse(created.get("due_at").asText());
        Http.Reply waiting = http.send("PATCH", path(created, ""), agent, "{\"status\":\"WAITING\"}", ifMatch(1));
        assertThat(waiting.status()).as(waiting.body()).isEqualTo(200);
        JsonNode w = waiting.json();
        assertThat(w.get("sla_state").asText()).isEqualTo("PAUSED");
        assertThat(w.get("due_at").isNull()).isTrue();
        assertThat(w.get("sla_paused_at").isNull()).isFalse();
        assertThat(w.get("sla_remaining_minutes").asLong()).isBetween(72L * 60 - 2, 72L * 60);
        Http.Reply resumed = http.send("PATCH", path(created, ""), agent, "{\"status\":\"IN_PROGRESS\"}",
                ifMatch(2));
        JsonNode r = resumed.json();
        assertThat(r.get("sla_paused_at").isNull()).isTrue();
        assertThat(r.get("sla_remaining_minutes").isNull()).isTrue();
        assertThat(Duration.between(due, Instant.parse(r.get("due_at").asText())).abs())
                .isLessThanOrEqualTo(Duration.ofMinutes(2));
        assertThat(r.get("sla_state").asText()).isEqualTo("ON_TIME");
    }

    @Test
    void inboxRolesSecretariatAndAgentsOwnDepartmentOthersAny() {
        assertThat(http.get("/api/v1/inbox?department=ARR-BROMPTON", secretariat).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/inbox?department=ARR-FLEURIMONT", agent).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/inbox", agent).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/inbox?department=ARR-BROMPTON", supervisor).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/inbox?department=ARR-BROMPTON", ombudsman).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/inbox?department=ARR-BROMPTON", admin).status()).isEqualTo(200);
        handedToFleurimont();
        JsonNode adminView = http.get("/api/v1/inbox?department=ARR-FLEURIMONT&filter=unaccepted", admin).json();
        assertThat(adminView.get("items")).isNotEmpty();
        for (JsonNode item : adminView.get("items")) {
            assertThat(item.get("caller_name").isNull()).isTrue();
            assertThat(item.get("description_excerpt").isNull()).isTrue();
            assertThat(item.get("pending_handoff").isNull() || item.get("pending_handoff").get("note").isNull())
                    .isTrue();
        }
        assertThat(http.get("/api/v1/inbox?department=ARR-FLEURIMONT&filter=unaccepted", supervisor).json()
                .get("items").get(0).get("description_excerpt").isNull()).isFalse();
        assertThat(http.get("/api/v1/inbox", admin).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/inbox?department=NOPE", supervisor).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/inbox?filter=soon", secretariat).status()).isEqualTo(400);
    }

    @Test
    void inboxIsSortedByDueTimeThenCreationAndFiltersAtRiskAndOverdue() {
        handedToFleurimont();
        handedToFleurimont();
        JsonNode page = http.get("/api/v1/inbox?limit=500", secretariat).json();
        List<String> dues = page.get("items").findValuesAsText("due_at");
        List<Instant> instants = dues.stream().filter(d -> !d.equals("null")).map(Instant::parse).toList();
        assertThat(instants).isSorted();
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        Instant now = Instant.now();
        for (JsonNode item : http.get("/api/v1/inbox?filter=overdue&limit=500", secretariat).json().get("items")) {
            assertThat(Instant.parse(item.get("due_at").asText())).isBefore(now.plusSeconds(5));
            assertThat(item.get("sla_state").asText()).isEqualTo("OVERDUE");
        }
        for (JsonNode item : http.get("/api/v1/inbox?filter=at_risk&limit=500", secretariat).json().get("items")) {
            assertThat(item.get("sla_state").asText()).isEqualTo("AT_RISK");
        }
        JsonNode first = http.get("/api/v1/inbox?limit=1", secretariat).json();
        assertThat(first.get("items").size()).isEqualTo(1);
        JsonNode second = http.get("/api/v1/inbox?limit=1&cursor=" + first.get("next_cursor").asText(), secretariat)
                .json();
        assertThat(second.get("items").get(0).get("id").asText())
                .isNotEqualTo(first.get("items").get(0).get("id").asText());
    }

    @Test
    void onlyTheRequestsDepartmentAcceptsAndTheOmbudsmanChangesNothing() {
        JsonNode handed = handedToFleurimont();
        long v = handed.get("version").asLong();
        assertThat(http.send("POST", path(handed, "/accept"), agent, null, ifMatch(v)).status()).isEqualTo(403);
        JsonNode sei = pothole();
        assertThat(http.send("POST", path(sei, "/accept"), secretariat, null, ifMatch(1)).status()).isEqualTo(403);
        assertThat(http.send("PATCH", path(sei, ""), secretariat, "{\"status\":\"IN_PROGRESS\"}", ifMatch(1))
                .status()).isEqualTo(403);
        assertThat(http.post(path(sei, "/notes"), secretariat, "{\"text\":\"x\"}").status()).isEqualTo(403);
        assertThat(http.send("POST", path(sei, "/reopen"), secretariat, "{\"note\":\"x\"}", ifMatch(1)).status())
                .isEqualTo(403);
        for (String[] call : List.of(new String[] {"POST", "/accept"}, new String[] {"POST", "/reopen"},
                new String[] {"POST", "/merge"}, new String[] {"PATCH", ""}, new String[] {"POST", "/notes"},
                new String[] {"POST", "/handoffs"})) {
            assertThat(http.send(call[0], path(handed, call[1]), ombudsman, "{\"note\":\"x\",\"text\":\"x\"}",
                    ifMatch(v)).status()).as(call[1]).isEqualTo(403);
        }
        assertThat(http.send("POST", "/api/v1/requests/bulk", ombudsman, "{\"action\":\"accept\",\"items\":[]}",
                Map.of()).status()).isEqualTo(403);
        Http.Reply bySupervisor = http.send("POST", path(handed, "/accept"), supervisor, null, ifMatch(v));
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(200);
    }

    @Test
    void twoConflictingEditsTheSecondGets412WithTheCurrentRequestAndResolvesWithTheNewVersion() {
        JsonNode created = pothole();
        Http.Reply first = http.send("PATCH", path(created, ""), agent,
                "{\"status\":\"IN_PROGRESS\",\"assignee\":\"sei-equipe-2\"}", ifMatch(1));
        assertThat(first.status()).isEqualTo(200);
        Http.Reply second = http.send("PATCH", path(created, ""), supervisor,
                "{\"description\":\"Trou signalé par l'école\"}", ifMatch(1));
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.contentType()).contains("application/problem+json");
        JsonNode current = second.json().get("current");
        assertThat(current.get("version").asLong()).isEqualTo(2);
        assertThat(current.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(current.get("assignee").asText()).isEqualTo("sei-equipe-2");
        Http.Reply retried = http.send("PATCH", path(created, ""), supervisor,
                "{\"description\":\"Trou signalé par l'école\"}", ifMatch(current.get("version").asLong()));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("description").asText()).isEqualTo("Trou signalé par l'école");
        assertThat(retried.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        Http.Reply staleAccept = http.send("POST", path(created, "/accept"), supervisor, null, ifMatch(1));
        assertThat(staleAccept.status()).isEqualTo(412);
        assertThat(staleAccept.json().get("current").get("version").asLong()).isEqualTo(3);
    }

    @Test
    void mergeMovesCallersNotesAndAttributesOntoTheMasterInOneTransaction() {
        UUID a = caller("Marc", "Gagnon");
        UUID b = caller("Julie", "Roy");
        UUID c = caller("Paul", "Côté");
        JsonNode master = pothole(a, "{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}");
        JsonNode dup1 = pothole(b, "{\"SIZE\":\"SMALL\",\"POSITION\":\"LANE\",\"COUNT\":3}");
        JsonNode dup2 = pothole(c, "{\"SIZE\":\"LARGE\",\"POSITION\":\"SHOULDER\"}");
        JsonNode noted = http.post(path(dup1, "/notes"), agent,
                "{\"text\":\"Le citoyen dit qu'il y en a trois\",\"visibility\":\"INTERNAL\"}").json();
        String body = """
                {"duplicates":[{"id":"%s","version":%d},{"id":"%s","version":%d}],"note":"Même trou"}""";

        Http.Reply stale = http.post(path(master, "/merge"), agent, body.formatted(dup1.get("id").asText(), 1,
                dup2.get("id").asText(), 1));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(read(dup2).get("status").asText()).isEqualTo("NEW");
        assertThat(read(master).get("caller_ids")).isEmpty();
        assertThat(read(master).get("history").findValuesAsText("kind")).doesNotContain("MERGED");

        Http.Reply itself = http.post(path(master, "/merge"), agent,
                "{\"duplicates\":[{\"id\":\"%s\",\"version\":1}]}".formatted(master.get("id").asText()));
        assertThat(itself.status()).isEqualTo(422);
        assertThat(itself.json().get("errors").findValuesAsText("field")).contains("duplicates[0].id");

        Http.Reply merged = http.post(path(master, "/merge"), agent, body.formatted(dup1.get("id").asText(),
                noted.get("version").asLong(), dup2.get("id").asText(), 1));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        JsonNode m = merged.json();
        assertThat(m.get("caller_ids").findValuesAsText("")).isEmpty();
        assertThat(m.get("caller_ids").toString()).contains(b.toString(), c.toString());
        assertThat(m.get("attributes").get("SIZE").asText()).isEqualTo("LARGE");
        assertThat(m.get("attributes").get("COUNT").asInt()).isEqualTo(3);
        JsonNode copied = null;
        JsonNode mergedEvent = null;
        for (JsonNode e : m.get("history")) {
            if (e.get("kind").asText().equals("NOTE")) {
                copied = e;
            }
            if (e.get("kind").asText().equals("MERGED")) {
                mergedEvent = e;
            }
        }
        assertThat(copied.get("text").asText()).isEqualTo("Le citoyen dit qu'il y en a trois");
        assertThat(copied.get("data").get("from").asText()).isEqualTo(dup1.get("number").asText());
        assertThat(mergedEvent.get("data").get("numbers").toString())
                .contains(dup1.get("number").asText(), dup2.get("number").asText());
        assertThat(mergedEvent.get("text").asText()).isEqualTo("Même trou");
        for (JsonNode dup : List.of(dup1, dup2)) {
            JsonNode now = read(dup);
            assertThat(now.get("status").asText()).isEqualTo("DUPLICATE");
            assertThat(now.get("parent_id").asText()).isEqualTo(master.get("id").asText());
            assertThat(now.get("history").findValuesAsText("kind")).endsWith("MERGED_INTO");
        }
        Http.Reply closedAgain = http.post(path(master, "/merge"), agent,
                "{\"duplicates\":[{\"id\":\"%s\",\"version\":%d}]}".formatted(dup2.get("id").asText(),
                        read(dup2).get("version").asLong()));
        assertThat(closedAgain.status()).isEqualTo(422);
    }

    @Test
    void bulkAcceptAnswersEachItemAndReplaysWithTheSameIdempotencyKey() {
        JsonNode one = handedToFleurimont();
        JsonNode two = handedToFleurimont();
        JsonNode elsewhere = pothole();
        String body = """
                {"action":"accept","items":[{"id":"%s","version":%d},{"id":"%s","version":%d},
                 {"id":"%s","version":1}]}""".formatted(one.get("id").asText(), one.get("version").asLong(),
                two.get("id").asText(), two.get("version").asLong() - 1, elsewhere.get("id").asText());
        String key = "bulk-" + UUID.randomUUID();
        Http.Reply reply = http.send("POST", "/api/v1/requests/bulk", secretariat, body,
                Map.of("Idempotency-Key", key));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode results = reply.json().get("results");
        assertThat(java.util.stream.StreamSupport.stream(results.spliterator(), false)
                .map(r -> r.get("status").asInt()).toList()).containsExactly(200, 412, 403);
        assertThat(results.get(0).get("version").asLong()).isEqualTo(one.get("version").asLong() + 1);
        assertThat(results.get(1).get("problem").get("current").get("id").asText()).isEqualTo(two.get("id").asText());
        assertThat(read(one).get("assignee").asText()).isEqualTo("secretariat-fleurimont");
        assertThat(read(two).get("assignee").isNull()).isTrue();

        Http.Reply replay = http.send("POST", "/api/v1/requests/bulk", secretariat, body,
                Map.of("Idempotency-Key", key));
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(reply.json());

        Http.Reply notes = http.send("POST", "/api/v1/requests/bulk", secretariat, """
                {"action":"note","text":"Tournée prévue jeudi","visibility":"PUBLIC",
                 "items":[{"id":"%s","version":%d}]}""".formatted(one.get("id").asText(),
                results.get(0).get("version").asLong()), Map.of());
        assertThat(notes.json().get("results").get(0).get("status").asInt()).isEqualTo(200);
        assertThat(read(one).get("latest_public_note").get("text").asText()).isEqualTo("Tournée prévue jeudi");
        Http.Reply byAdmin = http.send("POST", "/api/v1/requests/bulk", admin, """
                {"action":"note","text":"x","items":[{"id":"%s","version":1}]}""".formatted(one.get("id").asText()),
                Map.of());
        assertThat(byAdmin.json().get("results").get(0).get("status").asInt()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("not in the inbox: " + id);
    }

    @Test
    void badBodiesAreRefusedNeverAServerError() {
        JsonNode created = pothole();
        List<String> bodies = List.of("", "[]", "{", "null", "42", "{\"duplicates\":{}}", "{\"duplicates\":[1,\"x\"]}",
                "{\"duplicates\":[{\"id\":\"nope\",\"version\":\"x\"}]}", "{\"action\":42,\"items\":\"x\"}",
                "{\"action\":\"status\",\"items\":[{\"id\":null,\"version\":1.5}]}", "{\"note\":[]}",
                "{\"action\":\"status\",\"status\":\"NOPE\",\"items\":[{\"id\":\"%s\",\"version\":1}]}"
                        .formatted(created.get("id").asText()),
                "{\"action\":\"handoff\",\"items\":[{\"id\":\"%s\",\"version\":1}]}"
                        .formatted(created.get("id").asText()));
        for (String target : List.of(path(created, "/merge"), "/api/v1/requests/bulk", path(created, "/reopen"),
                path(created, "/accept"))) {
            for (String bad : bodies) {
                Http.Reply reply = http.send("POST", target, supervisor, bad, ifMatch(1));
                assertThat(reply.status()).as(target + " " + bad + " -> " + reply.body()).isBetween(200, 499);
            }
        }
        assertThat(http.send("POST", "/api/v1/requests/bulk", supervisor, "{\"action\":\"fly\",\"items\":[]}",
                Map.of()).status()).isEqualTo(422);
    }
}
