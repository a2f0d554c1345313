package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox's REST client against the real server: every call it makes, and the conflict it reads from a 412. */
class InboxClientTest {
    static final String FLEURIMONT = "ARR-FLEURIMONT";
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    static InboxClient secretariat;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
        String token = http.login("secretariat-fleurimont", "relais-demo");
        secretariat = new InboxClient(new RelaisApi(URI.create(server.baseUrl())), () -> token);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A pothole the agent handed to the Fleurimont secretariat. */
    static UUID handed(String note) {
        UUID id = UUID.randomUUID();
        assertThat(http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST",
                 "location":{"address":"Rue King Est","lat":45.4,"long":-71.88},
                 "description":"Nid-de-poule","attributes":{"SIZE":"LARGE","POSITION":"LANE"}}""".formatted(id))
                .status()).isEqualTo(201);
        assertThat(http.post("/api/v1/requests/" + id + "/handoffs", agent, """
                {"to_department":"ARR-FLEURIMONT","note":"%s","urgency":"HIGH",
                 "callback":{"method":"PHONE","value":"819 555-0101","best_time":"après 17 h"}}""".formatted(note))
                .status()).isEqualTo(201);
        return id;
    }

    @Test
    void theQueueCarriesTheHandoffAndAcceptingNeedsTheCurrentVersion() throws Exception {
        UUID id = handed("Trou de 30 cm");
        InboxRequest row = secretariat.queue(FLEURIMONT, 1000).items().stream()
                .filter(i -> i.request().id().equals(id)).findFirst().orElseThrow();
        assertThat(row.pendingHandoff().note()).isEqualTo("Trou de 30 cm");
        assertThat(row.pendingHandoff().callback().bestTime()).isEqualTo("après 17 h");
        assertThat(row.slaState()).isNotNull();
        InboxRequest read = secretariat.read(id);
        assertThat(read.request().history()).extracting(e -> e.kind()).contains("HANDOFF");

        long version = read.request().version();
        secretariat.note(id, "Vu", "INTERNAL");
        VersionConflictException conflict = org.junit.jupiter.api.Assertions.assertThrows(
                VersionConflictException.class, () -> secretariat.accept(id, version));
        assertThat(conflict.current().request().version()).as("the 412 carries the request as it is now")
                .isGreaterThan(version);
        InboxRequest accepted = secretariat.accept(id, conflict.current().request().version());
        assertThat(accepted.request().assignee()).isEqualTo("secretariat-fleurimont");
        assertThat(accepted.request().status()).isEqualTo("ASSIGNED");
    }

    @Test
    void resolvingReopeningReassigningMergingAndBulk() throws Exception {
        UUID a = handed("A");
        UUID b = handed("B");
        UUID c = handed("C");
        InboxRequest resolved = secretariat.update(a, secretariat.read(a).request().version(),
                JsonNodeFactory.instance.objectNode().put("status", "RESOLVED").put("resolution_code", "FIXED")
                        .put("resolution", "Réparé"));
        assertThat(resolved.resolutionCode()).isEqualTo("FIXED");
        assertThat(resolved.request().latestPublicNote()).isNotNull();
        InboxRequest reopened = secretariat.reopen(a, resolved.request().version(), "Revenu");
        assertThat(reopened.request().status()).isEqualTo("IN_PROGRESS");

        List<InboxBackend.BulkResult> results = secretariat.bulk(JsonNodeFactory.instance.objectNode()
                .put("action", "note").put("text", "Lot").put("visibility", "PUBLIC"), List.of(
                new InboxBackend.Versioned(b, secretariat.read(b).request().version()),
                new InboxBackend.Versioned(c, 1)));
        assertThat(results).extracting(InboxBackend.BulkResult::id).containsExactly(b, c);
        assertThat(results.get(0).ok()).isTrue();

        InboxRequest master = secretariat.merge(b, List.of(new InboxBackend.Versioned(c,
                secretariat.read(c).request().version())), "Même trou");
        assertThat(master.request().id()).isEqualTo(b);
        JsonNode duplicate = http.get("/api/v1/requests/" + c, agent).json();
        assertThat(duplicate.path("status").asText()).isEqualTo("DUPLICATE");

        secretariat.handoff(b, JsonNodeFactory.instance.objectNode().put("to_department", "SEI")
                .put("note", "Conduite d'eau").put("urgency", "NORMAL"));
        assertThat(http.get("/api/v1/requests/" + b, agent).json().path("department").asText()).isEqualTo("SEI");
        assertThat(secretariat.queue(FLEURIMONT, 1000).items()).extracting(i -> i.request().id())
                .doesNotContain(b, c);
        assertThatThrownBy(() -> secretariat.reopen(UUID.randomUUID(), 1, "x")).isInstanceOf(ApiException.class);
    }
}
