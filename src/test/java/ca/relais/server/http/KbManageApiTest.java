package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.domain.CityCalendar;
import ca.relais.support.Http;
import ca.relais.support.TestDatabases.Engine;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The supervisors' knowledge-base lists, resolving feedback, and the export, on H2 and PostgreSQL. */
class KbManageApiTest {
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

    private static Http.Reply as(Engine engine, String user, String method, String path, String body) {
        return servers.http(engine).send(method, path, servers.token(engine, user), body, Map.of());
    }

    private static String article(String id, String reviewBy, boolean retired) {
        return "{\"id\":\"" + id + "\",\"language\":\"fr\",\"title\":\"Titre " + id + "\",\"body\":\"Corps.\","
                + "\"department\":\"SEI\",\"reviewed_on\":\"2019-01-01\",\"review_by\":\"" + reviewBy + "\","
                + "\"retired\":" + retired + "}";
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void overdueArticlesAreTheLiveOnesPastTheirReviewDateMostOverdueFirst(Engine engine) {
        LocalDate today = LocalDate.now(CityCalendar.ZONE);
        String body = "[" + article("kb-od-old", "2020-01-15", false) + ","
                + article("kb-od-older", "2019-06-01", false) + ","
                + article("kb-od-retired", "2019-02-01", true) + ","
                + article("kb-od-today", today.toString(), false) + "]";
        assertThat(as(engine, "supervisor", "POST", "/api/v1/kb/articles", body).status()).isEqualTo(200);

        Http.Reply reply = as(engine, "admin", "GET", "/api/v1/kb/manage/overdue", null);
        assertThat(reply.status()).isEqualTo(200);
        List<String> ids = reply.json().get("articles").findValuesAsText("id");
        assertThat(ids).contains("kb-od-older", "kb-od-old").doesNotContain("kb-od-retired", "kb-od-today");
        assertThat(ids.indexOf("kb-od-older")).isLessThan(ids.indexOf("kb-od-old"));
        assertThat(ids.get(0)).isEqualTo("kb-od-older");
        JsonNode older = reply.json().get("articles").get(0);
        assertThat(older.get("days_overdue").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.parse("2019-06-01"), today));
        assertThat(older.get("title").asText()).isEqualTo("Titre kb-od-older");
        assertThat(older.get("language").asText()).isEqualTo("fr");
        assertThat(older.get("department").asText()).isEqualTo("SEI");
        assertThat(older.get("reviewed_on").asText()).isEqualTo("2019-01-01");
        assertThat(older.get("review_by").asText()).isEqualTo("2019-06-01");
        List<Long> days = new ArrayList<>();
        reply.json().get("articles").forEach(a -> days.add(a.get("days_overdue").asLong()));
        assertThat(days).isSortedAccordingTo((a, b) -> Long.compare(b, a)).allMatch(d -> d > 0);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void resolvingAnArticlesFeedbackTakesItOffTheListAndIsAudited(Engine engine) {
        String id = "kb-collecte-bac-brun-fr";
        for (String rating : new String[] {"OUT_OF_DATE", "OUT_OF_DATE", "USEFUL"}) {
            as(engine, "agent8000", "POST", "/api/v1/kb/feedback", "{\"article_id\":\"" + id + "\",\"rating\":\""
                    + rating + "\",\"comment\":\"" + rating + "\"}");
        }
        as(engine, "agent8000", "POST", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"MISSING_INFO\"}");
        as(engine, "agent8000", "POST", "/api/v1/kb/feedback",
                "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"USEFUL\",\"comment\":\"Merci\"}");

        JsonNode list = as(engine, "supervisor", "GET", "/api/v1/kb/manage/feedback", null).json().get("articles");
        assertThat(list.findValuesAsText("id")).containsSequence(id, "kb-collecte-manquee-fr");
        assertThat(list.get(0).get("latest_comment").asText()).as("the latest negative comment")
                .isEqualTo("OUT_OF_DATE");
        assertThat(list.get(1).get("latest_comment").isNull()).as("useful comments are not complaints").isTrue();
        assertThat(as(engine, "supervisor", "GET", "/api/v1/kb/manage/feedback?limit=1", null).json()
                .get("articles")).hasSize(1);

        Http.Reply resolved = as(engine, "supervisor", "POST", "/api/v1/kb/manage/feedback/" + id + "/resolve", null);
        assertThat(resolved.status()).isEqualTo(204);
        assertThat(as(engine, "supervisor", "GET", "/api/v1/kb/manage/feedback", null).json().get("articles")
                .findValuesAsText("id")).doesNotContain(id).contains("kb-collecte-manquee-fr");
        assertThat(as(engine, "admin", "POST", "/api/v1/kb/manage/feedback/" + id + "/resolve", null).status())
                .as("nothing left to resolve is still done").isEqualTo(204);
        Http.Reply unknown = as(engine, "supervisor", "POST", "/api/v1/kb/manage/feedback/kb-nope/resolve", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        JsonNode audit = as(engine, "admin", "GET", "/api/v1/audit?entity=kb_article&entity_id=" + id, null).json();
        assertThat(audit.get("items").findValuesAsText("action")).contains("RESOLVE_FEEDBACK");
        assertThat(audit.get("items").findValuesAsText("actor")).contains("supervisor");
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void theExportHoldsEveryArticleRetiredOnesIncludedAndImportsBackAsIs(Engine engine) {
        as(engine, "supervisor", "POST", "/api/v1/kb/articles", "[" + article("kb-ex-retired", "2030-01-01", true)
                + "]");
        Http.Reply export = as(engine, "supervisor", "GET", "/api/v1/kb/articles", null);
        assertThat(export.status()).isEqualTo(200);
        JsonNode all = export.json();
        assertThat(all.isArray()).isTrue();
        assertThat(all.size()).isGreaterThanOrEqualTo(107);
        JsonNode retired = null;
        for (JsonNode a : all) {
            if (a.get("id").asText().equals("kb-ex-retired")) {
                retired = a;
            }
        }
        assertThat(retired).isNotNull();
        assertThat(retired.get("retired").asBoolean()).isTrue();
        for (String field : new String[] {"language", "title", "body", "tags", "department", "audience",
            "reviewed_on", "review_by", "keywords", "script", "translation_of", "type_codes"}) {
            assertThat(all.get(0).has(field)).as(field).isTrue();
        }
        Http.Reply reimport = as(engine, "admin", "POST", "/api/v1/kb/articles", export.body());
        assertThat(reimport.status()).as(reimport.body()).isEqualTo(200);
        assertThat(reimport.json().get("imported").asInt()).isEqualTo(all.size());
        assertThat(as(engine, "supervisor", "GET", "/api/v1/kb/articles", null).json()).isEqualTo(all);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void badListParametersAre400sThatNameTheParameter(Engine engine) {
        for (String path : new String[] {"/api/v1/kb/manage/gaps?days=0", "/api/v1/kb/manage/gaps?days=abc",
            "/api/v1/kb/manage/gaps?limit=1000", "/api/v1/kb/manage/feedback?limit=-1"}) {
            Http.Reply reply = as(engine, "supervisor", "GET", path, null);
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("field").asText()).isIn("days", "limit");
        }
    }
}
