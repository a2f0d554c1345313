package ca.relais.client.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.sync.Credentials;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SyncEngine;
import ca.relais.search.KbHit;
import ca.relais.server.RelaisServer;
import ca.relais.support.FaultProxy;
import ca.relais.support.FaultProxy.Fault;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workstation's knowledge base against the real server over HTTP: articles written on the server become
 * searchable (or disappear) offline after a sync, and feedback and gaps saved while the server cannot be reached
 * arrive exactly once, even when answers are lost after the server applied them.
 */
class KnowledgeSyncTest {
    @TempDir
    static Path serverDir;
    static RelaisServer server;
    static Http http;
    @TempDir
    Path dir;
    FaultProxy proxy;
    LocalStore store;
    SyncEngine engine;
    OfflineKnowledgeIndex index;

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(serverDir);
        http = new Http(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() throws Exception {
        proxy = new FaultProxy(server.baseUrl());
        OkHttpClient client = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(10)).build();
        store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray());
        index = new OfflineKnowledgeIndex(store).start();
        engine = new SyncEngine(new RelaisApi(URI.create(proxy.url()), client), store,
                new Credentials("agent8000", "relais-demo".toCharArray()), null);
        sync();
        assertThat(index.awaitReady(Duration.ofSeconds(30))).isTrue();
    }

    /** Runs sync cycles until one completes: an empty outbox alone does not say that the pull went through. */
    private void sync() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        do {
            engine.drain(Duration.ofSeconds(30));
        } while (engine.status().state() != ConnectionState.ONLINE && System.nanoTime() < deadline);
        assertThat(engine.status().state()).as(String.valueOf(engine.status().reason()))
                .isEqualTo(ConnectionState.ONLINE);
    }

    @AfterEach
    void disconnect() throws Exception {
        engine.close();
        index.close();
        store.close();
        proxy.close();
    }

    private static List<String> ids(List<KbHit> hits) {
        return hits.stream().map(KbHit::id).toList();
    }

    private static KbArticleDto dogLicence(String id, boolean retired) {
        return new KbArticleDto(id, "fr", "Médaille de chien introuvable au comptoir",
                "La médaille annuelle du chien se renouvelle en ligne ou au comptoir de la mairie d'arrondissement.",
                List.of("animaux"), "GREFFE", "PUBLIC", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 11, 1),
                List.of("médaille"), "Vous pouvez renouveler la médaille en ligne.", null, List.of(), retired);
    }

    private static void publish(KbArticleDto article) throws Exception {
        String supervisor = http.login("supervisor", "relais-demo");
        Http.Reply reply = http.post("/api/v1/kb/articles", supervisor,
                Json.mapper().writeValueAsString(List.of(article)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    @Test
    void theFirstSyncFillsTheIndexAndLaterArticlesAndRetirementsFollowIncrementally() throws Exception {
        int demo = index.size();
        assertThat(demo).isEqualTo(new LocalArticles(store).count()).isGreaterThan(100);
        assertThat(ids(index.search("bac brun pas ramasse", "fr", 3))).contains("kb-collecte-manquee-fr");

        String id = "kb-test-medaille-" + UUID.randomUUID().toString().substring(0, 8);
        publish(dogLicence(id, false));
        assertThat(ids(index.search("medaille introuvable comptoir mairie", "fr", 5))).doesNotContain(id);
        sync();
        assertThat(ids(index.search("medaille introuvable comptoir mairie", "fr", 5))).contains(id);
        assertThat(index.size()).isEqualTo(demo + 1);
        assertThat(new LocalArticles(store).article(id).orElseThrow().script()).startsWith("Vous pouvez");

        publish(dogLicence(id, true));
        sync();
        assertThat(ids(index.search("medaille introuvable comptoir mairie", "fr", 5))).doesNotContain(id);
        assertThat(index.size()).isEqualTo(demo);
        assertThat(new LocalArticles(store).article(id)).isEmpty();
    }

    @Test
    void feedbackAndGapsSavedOfflineArriveExactlyOnceEvenWhenTheAnswersAreLost() throws Exception {
        String marker = "lacune-" + UUID.randomUUID().toString().substring(0, 8);
        proxy.arm(Fault.SERVER_ERROR, r -> true);
        LocalWrites writes = new LocalWrites(store);
        writes.kbFeedback("kb-permis-piscine-fr", "OUT_OF_DATE", "Le règlement a changé " + marker);
        writes.kbFeedback("kb-permis-piscine-fr", "MISSING_INFO", null);
        writes.kbGap(marker + " subvention baril", "fr", 0, "NO_RESULT");
        writes.kbGap(marker + " subvention baril", "fr", 4, "NOT_OPENED");
        assertThat(engine.drain(Duration.ofSeconds(3))).as("the server cannot be reached").isFalse();
        assertThat(new Outbox(store).counts().pending()).isEqualTo(4);

        proxy.arm(Fault.GARBAGE_JSON, FaultProxy::isWrite);
        assertThat(engine.drain(Duration.ofSeconds(4))).as("answers lost after the writes").isFalse();
        proxy.disarm();
        sync();
        Outbox.Counts counts = new Outbox(store).counts();
        assertThat(counts.pending() + counts.rejected() + counts.conflicts()).isZero();

        String supervisor = http.login("supervisor", "relais-demo");
        JsonNode pool = StreamSupport.stream(http.get("/api/v1/kb/manage/feedback?limit=500", supervisor).json()
                .get("articles").spliterator(), false)
                .filter(a -> a.get("id").asText().equals("kb-permis-piscine-fr")).findFirst().orElseThrow();
        assertThat(pool.get("out_of_date").asInt()).isEqualTo(1);
        assertThat(pool.get("missing_info").asInt()).isEqualTo(1);
        JsonNode gap = StreamSupport.stream(http.get("/api/v1/kb/manage/gaps?days=1&limit=200", supervisor).json()
                .get("gaps").spliterator(), false)
                .filter(g -> g.get("query").asText().startsWith(marker)).findFirst().orElseThrow();
        assertThat(gap.get("count").asInt()).isEqualTo(2);
        assertThat(gap.get("no_result").asInt()).isEqualTo(1);
        assertThat(gap.get("not_opened").asInt()).isEqualTo(1);
        assertThat(gap.get("language").asText()).isEqualTo("fr");
    }

    @Test
    void feedbackOnAnArticleRetiredMeanwhileIsKeptWithTheServersReason() throws Exception {
        String id = "kb-test-retraite-" + UUID.randomUUID().toString().substring(0, 8);
        publish(dogLicence(id, false));
        sync();
        new LocalWrites(store).kbFeedback(id, "MISSING_INFO", "Il manque le tarif pour les aînés.");
        publish(dogLicence(id, true));
        sync();
        OutboxEntry entry = new Outbox(store).all().stream().filter(e -> e.kind() == OutboxEntry.Kind.KB_FEEDBACK)
                .findFirst().orElseThrow();
        assertThat(entry.state()).isEqualTo(OutboxEntry.State.REJECTED);
        assertThat(entry.problemJson()).contains("article_id");
        assertThat(entry.bodyJson()).as("the comment is not lost").contains("tarif pour les aînés");
    }
}
