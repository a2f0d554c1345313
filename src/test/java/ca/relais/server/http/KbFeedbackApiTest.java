package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.support.Http;
import ca.relais.support.TestDatabases.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Agents' feedback on articles and knowledge gaps over HTTP, on H2 and PostgreSQL. */
class KbFeedbackApiTest {
    @TempDir
    static Path dir;
    static KbServers servers;

    @BeforeAll
    static void start() {
        servers = new KbServers(dir);
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    private static Http.Reply post(Engine engine, String user, String path, String body) {
        return servers.http(engine).post(path, servers.token(engine, user), body);
    }

    private static JsonNode rows(Engine engine, String path) {
        return servers.http(engine).get(path, servers.token(engine, "supervisor")).json();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void feedbackIsStoredWithItsAuthorAndCountedForSupervisors(Engine engine) {
        Instant before = Instant.now().minusSeconds(1);
        Http.Reply created = post(engine, "agent8000", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"OUT_OF_DATE\","
                        + "\"comment\":\"L'horaire d'hiver a changé en 2026.\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode f = created.json();
        assertThat(f.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(f.get("article_id").asText()).isEqualTo("kb-collecte-bac-brun-fr");
        assertThat(f.get("rating").asText()).isEqualTo("OUT_OF_DATE");
        assertThat(f.get("comment").asText()).isEqualTo("L'horaire d'hiver a changé en 2026.");
        assertThat(f.get("author").asText()).isEqualTo("agent8000");
        assertThat(Instant.parse(f.get("at").asText())).isAfter(before);

        assertThat(post(engine, "secretariat-fleurimont", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"USEFUL\"}").status()).isEqualTo(201);
        assertThat(post(engine, "supervisor", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"MISSING_INFO\",\"comment\":\"  \"}")
                .json().get("comment").isNull()).as("a blank comment is no comment").isTrue();

        JsonNode row = article(rows(engine, "/api/v1/kb/manage/feedback"), "kb-collecte-bac-brun-fr");
        assertThat(row.get("useful").asInt()).isEqualTo(1);
        assertThat(row.get("out_of_date").asInt()).isEqualTo(1);
        assertThat(row.get("missing_info").asInt()).isEqualTo(1);
        assertThat(row.get("latest_comment").asText()).isEqualTo("L'horaire d'hiver a changé en 2026.");
        assertThat(row.get("title").asText()).startsWith("Bac brun");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badFeedbackIsRefusedFieldByFieldAndNothingIsStored(Engine engine) {
        Http.Reply unknown = post(engine, "agent8000", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-does-not-exist\",\"rating\":\"USEFUL\"}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("article_id");
        assertThat(unknown.json().get("errors").get(0).get("code").asText()).isEqualTo("unknown_article");

        Http.Reply bad = post(engine, "agent8000", "/api/v1/kb/feedback",
                "{\"rating\":\"GREAT\",\"comment\":\"" + "x".repeat(2001) + "\"}");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("article_id", "rating", "comment");
        assertThat(post(engine, "agent8000", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"USEFUL\",\"comment\":\""
                        + "é".repeat(2000) + "\"}").status()).as("2,000 characters are allowed").isEqualTo(201);
        assertThat(post(engine, "agent8000", "/api/v1/kb/feedback", "[]").status()).isEqualTo(400);
        assertThat(post(engine, "agent8000", "/api/v1/kb/feedback", "{\"article_id\":").status()).isEqualTo(400);
        assertThat(post(engine, "ombudsman", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"USEFUL\"}").status()).isEqualTo(403);

        String retired = "[{\"id\":\"kb-retired-" + engine + "\",\"language\":\"fr\",\"title\":\"Ancien\","
                + "\"body\":\"Plus en vigueur.\",\"retired\":true}]";
        assertThat(post(engine, "supervisor", "/api/v1/kb/articles", retired).status()).isEqualTo(200);
        Http.Reply onRetired = post(engine, "agent8000", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-retired-" + engine + "\",\"rating\":\"OUT_OF_DATE\"}");
        assertThat(onRetired.status()).isEqualTo(422);
        assertThat(onRetired.json().get("errors").get(0).get("field").asText()).isEqualTo("article_id");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aRetriedFeedbackWithTheSameIdempotencyKeyIsStoredOnce(Engine engine) {
        String body = "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"MISSING_INFO\","
                + "\"comment\":\"Rien sur les bacs gelés.\"}";
        Http http = servers.http(engine);
        String token = servers.token(engine, "agent5858");
        Map<String, String> key = Map.of("Idempotency-Key", "ws-" + engine + ":41");
        Http.Reply first = http.send("POST", "/api/v1/kb/feedback", token, body, key);
        Http.Reply again = http.send("POST", "/api/v1/kb/feedback", token, body, key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
        assertThat(http.send("POST", "/api/v1/kb/feedback", token, body.replace("MISSING_INFO", "USEFUL"), key)
                .status()).isEqualTo(422);
        JsonNode row = article(rows(engine, "/api/v1/kb/manage/feedback"), "kb-collecte-manquee-fr");
        assertThat(row.get("missing_info").asInt()).as("stored once").isEqualTo(1);
        assertThat(row.get("latest_comment").asText()).isEqualTo("Rien sur les bacs gelés.");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void gapsGroupByFoldedTextAndShowTheLatestWording(Engine engine) {
        assertThat(gap(engine, "agent8000", "Déneigement   TROTTOIR ruelle", "fr", 0, "NO_RESULT").status())
                .isEqualTo(201);
        assertThat(gap(engine, "agent5858", "deneigement trottoir ruelle", "fr", 3, "NOT_OPENED").json()
                .get("id").asText()).matches("[0-9a-f-]{36}");
        gap(engine, "agent8000", "déneigement trottoir  Ruelle", "fr", 0, "NO_RESULT");
        gap(engine, "agent8000", "deneigement trottoir ruelle", "en", 0, "NO_RESULT");
        gap(engine, "secretariat-fleurimont", "permis de poule", "fr", 0, "NO_RESULT");
        gap(engine, "agent8000", "Œuvre d'art publique", "fr", 0, "no_result");

        JsonNode gaps = rows(engine, "/api/v1/kb/manage/gaps?days=30&limit=20").get("gaps");
        JsonNode top = gaps.get(0);
        assertThat(top.get("query").asText()).isEqualTo("déneigement trottoir  Ruelle");
        assertThat(top.get("language").asText()).isEqualTo("fr");
        assertThat(top.get("count").asInt()).isEqualTo(3);
        assertThat(top.get("no_result").asInt()).isEqualTo(2);
        assertThat(top.get("not_opened").asInt()).isEqualTo(1);
        assertThat(top.get("last_at").asText()).isNotBlank();
        assertThat(gaps.findValuesAsText("query")).contains("deneigement trottoir ruelle", "permis de poule",
                "Œuvre d'art publique");
        assertThat(rows(engine, "/api/v1/kb/manage/gaps?limit=1").get("gaps")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badGapsAreRefusedFieldByField(Engine engine) {
        Http.Reply empty = gap(engine, "agent8000", "   ", "de", -1, "BORED");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("query", "language", "result_count", "reason");
        assertThat(gap(engine, "agent8000", "x".repeat(301), "fr", 0, "NO_RESULT").status()).isEqualTo(422);
        assertThat(gap(engine, "agent8000", "œ".repeat(300), "fr", 0, "NO_RESULT").status())
                .as("a folded key longer than its text still fits").isEqualTo(201);
        assertThat(post(engine, "agent8000", "/api/v1/kb/gaps",
                "{\"query\":\"a\",\"language\":\"fr\",\"result_count\":1.5,\"reason\":\"NO_RESULT\"}").status())
                .isEqualTo(422);
        assertThat(post(engine, "agent8000", "/api/v1/kb/gaps",
                "{\"query\":\"a\",\"language\":\"fr\",\"reason\":\"NO_RESULT\"}").status())
                .as("result_count defaults to 0").isEqualTo(201);
        assertThat(post(engine, "ombudsman", "/api/v1/kb/gaps",
                "{\"query\":\"a\",\"language\":\"fr\",\"reason\":\"NO_RESULT\"}").status()).isEqualTo(403);
    }

    private static Http.Reply gap(Engine engine, String user, String query, String lang, int count, String reason) {
        return post(engine, user, "/api/v1/kb/gaps", "{\"query\":\"" + query + "\",\"language\":\"" + lang
                + "\",\"result_count\":" + count + ",\"reason\":\"" + reason + "\"}");
    }

    private static JsonNode article(JsonNode list, String id) {
        for (JsonNode row : list.get("articles")) {
            if (row.get("id").asText().equals(id)) {
                return row;
            }
        }
        throw new AssertionError(id + " not in " + list);
    }
}
