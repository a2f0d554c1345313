package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.DemoServerExtension;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The knowledge base over HTTP: search as agents type, and all-or-nothing imports. */
class KbApiTest {
    @RegisterExtension
    static final DemoServerExtension demo = new DemoServerExtension();
    static RelaisServer server;
    static Http http;
    static String agent;
    static String supervisor;

    @BeforeAll
    static void start() {
        server = demo.server();
        http = demo.http();
        agent = http.login("agent8000", "relais-demo");
        supervisor = http.login("supervisor", "relais-demo");
    }


    private static JsonNode search(String q, String lang) {
        return http.get("/api/v1/kb/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&lang=" + lang
                + "&limit=5", agent).json().get("results");
    }

    @Test
    void findsTheAnswerFromCitizensWordsWithSnippets() {
        JsonNode results = search("mon bac brun a pas été ramassé", "fr");
        assertThat(results).isNotEmpty();
        assertThat(results.get(0).get("id").asText()).isIn("kb-collecte-manquee-fr", "kb-collecte-bac-brun-fr");
        for (String field : new String[] {"id", "title", "score", "snippet"}) {
            assertThat(results.get(0).has(field)).as(field).isTrue();
        }
        assertThat(search("pothole", "en").get(0).get("id").asText()).endsWith("-en");
        assertThat(search("", "fr")).isEmpty();
        assertThat(http.get("/api/v1/kb/search?q=x&lang=de", agent).status()).isEqualTo(400);
        assertThat(search("\" OR 1=1 -- (*) AND [", "fr")).isNotNull();
    }

    @Test
    void importsAreValidatedWholeAndSearchableAtOnce() {
        String bad = "[{\"id\":\"kb-test-1\",\"language\":\"fr\",\"title\":\"Ok\",\"body\":\"Corps\"},"
                + "{\"id\":\"kb-test-2\",\"language\":\"de\",\"title\":\"\",\"body\":\"x\"}]";
        Http.Reply refused = http.post("/api/v1/kb/articles", supervisor, bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("[1].language", "[1].title");
        assertThat(http.get("/api/v1/kb/articles/kb-test-1", agent).status()).as("nothing half-applied")
                .isEqualTo(404);

        String good = "[{\"id\":\"kb-test-1\",\"language\":\"fr\",\"title\":\"Patinoire extérieure fermée\","
                + "\"body\":\"Les patinoires extérieures ferment quand il fait doux.\",\"tags\":[\"patin\"],"
                + "\"department\":\"SSCVC\",\"audience\":\"PUBLIC\",\"reviewed_on\":\"2026-11-01\","
                + "\"review_by\":\"2027-11-01\"}]";
        assertThat(http.post("/api/v1/kb/articles", agent, good).status()).isEqualTo(403);
        Http.Reply ok = http.post("/api/v1/kb/articles", supervisor, good);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(search("patinoire", "fr").findValuesAsText("id")).contains("kb-test-1");
        assertThat(http.get("/api/v1/kb/articles/kb-test-1", agent).json().get("department").asText())
                .isEqualTo("SSCVC");
        assertThat(http.post("/api/v1/kb/articles", supervisor, "{\"not\":\"an array\"}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/kb/articles", supervisor, "[1, \"x\"]").status()).isEqualTo(400);
    }
}
