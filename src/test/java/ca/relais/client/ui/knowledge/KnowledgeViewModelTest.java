package ca.relais.client.ui.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.client.knowledge.KbFeed;
import ca.relais.client.knowledge.KnowledgeLookup;
import ca.relais.client.knowledge.OfflineKnowledgeIndex;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.sync.KnowledgeClient.Result;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.domain.KbRating;
import ca.relais.domain.LocalizedText;
import ca.relais.support.ManualTimer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge panel's rules without a JavaFX toolkit, on a real encrypted cache holding the demo knowledge base:
 * suggestions wait for a pause, a search becomes one gap or none, feedback waits in the outbox.
 */
class KnowledgeViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
    @TempDir
    static Path dir;
    static LocalStore store;
    static OfflineKnowledgeIndex index;
    static int requestedSyncs;

    final ManualTimer timer = new ManualTimer();
    final AtomicInteger backgroundRuns = new AtomicInteger();
    KnowledgeViewModel vm;

    @BeforeAll
    static void cache() throws Exception {
        store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray());
        new LocalMirror(store).apply(KbFeed.upserts(KbFeed.demo()), "c1");
        index = new OfflineKnowledgeIndex(store);
        index.build();
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @BeforeEach
    void panel() {
        new Outbox(store).all().forEach(e -> new Outbox(store).discard(e.mutationId()));
        vm = panel(index, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private KnowledgeViewModel panel(OfflineKnowledgeIndex local, Clock clock) {
        KnowledgeClient unreachable = new KnowledgeClient(new RelaisApi(URI.create("http://127.0.0.1:9")), () -> null);
        KnowledgeLookup lookup = new KnowledgeLookup(local, new LocalArticles(store), unreachable);
        KnowledgeContext context = new KnowledgeContext(lookup, new LocalWrites(store), () -> requestedSyncs++,
                () -> "fr", Map.of("SEI", new LocalizedText("Service de l'entretien et des infrastructures",
                        "Maintenance and Infrastructure Department")), clock);
        UiExecutors counting = new UiExecutors(work -> {
            backgroundRuns.incrementAndGet();
            work.run();
        }, Runnable::run);
        return new KnowledgeViewModel(context, counting, timer);
    }

    private static List<String> ids(List<Result> results) {
        return results.stream().map(Result::id).toList();
    }

    private static List<JsonNode> queued(OutboxEntry.Kind kind) {
        return new Outbox(store).all().stream().filter(e -> e.kind() == kind).map(e -> {
            try {
                return Json.mapper().readTree(e.bodyJson());
            } catch (Exception ex) {
                throw new AssertionError(ex);
            }
        }).toList();
    }

    private void type(String text) {
        for (int i = 1; i <= text.length(); i++) {
            vm.queryProperty().set(text.substring(0, i));
        }
    }

    @Test
    void searchesAnswerFromTheLocalIndexWithTheMatchedWordsMarked() {
        vm.queryProperty().set("bac brun pas ramasse");
        assertThat(ids(vm.results())).first().isEqualTo("kb-collecte-manquee-fr");
        assertThat(vm.results()).anySatisfy(r -> assertThat(r.snippet()).contains("<mark>"));
        assertThat(Highlight.parts(vm.results().get(0).snippet())).anySatisfy(p -> assertThat(p.matched()).isTrue());
        assertThat(vm.messageProperty().get()).isNull();

        vm.selectedProperty().set(vm.results().get(0));
        assertThat(vm.articleProperty().get().id()).as("opened from the cache").isEqualTo("kb-collecte-manquee-fr");
    }

    @Test
    void suggestionsFromTheDescriptionWaitUntilTheAgentPauses() {
        String description = "Le feu de circulation clignote en rouge au coin de la rue King";
        for (int i = 1; i <= description.length(); i++) {
            vm.describe(description.substring(0, i));
            timer.advance(Duration.ofMillis(100));
        }
        assertThat(backgroundRuns).as("no lookup while typing").hasValue(0);
        assertThat(vm.suggestions()).isEmpty();

        timer.advance(KnowledgeViewModel.SUGGEST_AFTER);
        assertThat(backgroundRuns).as("one lookup after the pause").hasValue(1);
        assertThat(ids(vm.suggestions())).contains("kb-feux-circulation-fr").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void choosingATypeSuggestsTheArticlesWrittenForItAtOnceInTheAgentsLanguage() {
        vm.typeChosen("ECL-FEU-PANNE");
        assertThat(ids(vm.suggestions())).first().isEqualTo("kb-feux-circulation-fr");
        assertThat(vm.suggestions()).allSatisfy(r -> assertThat(r.language()).isEqualTo("fr"));
        assertThat(vm.suggestions().get(0).snippet()).isNotBlank().doesNotContain("**");

        vm.typeChosen("VOI-NIDPOULE");
        assertThat(ids(vm.suggestions())).as("the articles whose main type it is first")
                .containsExactly("kb-nid-de-poule-fr", "kb-dommages-vehicule-nid-de-poule-fr");

        vm.typeChosen(null);
        assertThat(vm.suggestions()).isEmpty();
    }

    @Test
    void aSearchWithNoResultBecomesOneGapWhenTheFieldIsCleared() {
        type("zorglub quantique");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.messageProperty().get().key()).isEqualTo("kb.none");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        assertThat(queued(OutboxEntry.Kind.KB_GAP)).as("nothing before the search ends").isEmpty();

        int syncs = requestedSyncs;
        vm.queryProperty().set("");
        List<JsonNode> gaps = queued(OutboxEntry.Kind.KB_GAP);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("query").asText()).isEqualTo("zorglub quantique");
        assertThat(gaps.get(0).get("reason").asText()).isEqualTo("NO_RESULT");
        assertThat(gaps.get(0).get("result_count").asInt()).isZero();
        assertThat(gaps.get(0).get("language").asText()).isEqualTo("fr");
        assertThat(requestedSyncs).as("the sync engine is asked to push").isGreaterThan(syncs);
    }

    @Test
    void keystrokesAndShortQueriesNeverMakeGaps() {
        type("stationnement de nuit");
        vm.queryProperty().set("");
        type("pa");
        timer.advance(Duration.ofSeconds(10));
        vm.queryProperty().set("");
        assertThat(queued(OutboxEntry.Kind.KB_GAP)).isEmpty();
    }

    @Test
    void aSettledSearchWithResultsButNothingOpenedIsOneGapAtTheNextCallWithItsLastQuery() {
        type("bac br");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        type("bac brun pas vidé");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        int found = vm.results().size();
        assertThat(found).isPositive();

        vm.newCall();
        List<JsonNode> gaps = queued(OutboxEntry.Kind.KB_GAP);
        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).get("query").asText()).isEqualTo("bac brun pas vidé");
        assertThat(gaps.get(0).get("reason").asText()).isEqualTo("NOT_OPENED");
        assertThat(gaps.get(0).get("result_count").asInt()).isEqualTo(found);
        assertThat(vm.queryProperty().get()).isEmpty();
        assertThat(vm.articleProperty().get()).isNull();

        vm.newCall();
        assertThat(queued(OutboxEntry.Kind.KB_GAP)).as("a search ends once").hasSize(1);
    }

    @Test
    void openingAnArticleAnswersTheSearch() {
        type("bac brun pas ramasse");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        vm.openFirst();
        assertThat(vm.articleProperty().get()).isNotNull();
        type("bac brun pas ramasse hier");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        vm.queryProperty().set("");
        vm.close();
        assertThat(queued(OutboxEntry.Kind.KB_GAP)).isEmpty();
    }

    @Test
    void signingOutEndsTheSearchAtOnce() {
        type("zorglub quantique");
        timer.advance(KnowledgeViewModel.SETTLE_AFTER);
        vm.close();
        assertThat(queued(OutboxEntry.Kind.KB_GAP)).hasSize(1);
    }

    @Test
    void usefulIsQueuedAtOnceAndTheNegativeRatingsAskForAnOptionalComment() {
        vm.queryProperty().set("feux de circulation");
        vm.openFirst();
        KbArticleDto article = vm.articleProperty().get();
        assertThat(vm.rate(KbRating.USEFUL)).isTrue();
        List<JsonNode> feedback = queued(OutboxEntry.Kind.KB_FEEDBACK);
        assertThat(feedback).hasSize(1);
        assertThat(feedback.get(0).get("article_id").asText()).isEqualTo(article.id());
        assertThat(feedback.get(0).get("rating").asText()).isEqualTo("USEFUL");
        assertThat(feedback.get(0).has("comment")).isFalse();
        assertThat(vm.feedbackSentProperty().get()).isTrue();
        assertThat(vm.feedbackMessageProperty().get().key()).isEqualTo("kb.feedback.thanks");
        assertThat(vm.rate(KbRating.OUT_OF_DATE)).as("one opinion per opening").isFalse();

        vm.queryProperty().set("bac brun");
        vm.openFirst();
        assertThat(vm.feedbackSentProperty().get()).isFalse();
        assertThat(vm.rate(KbRating.OUT_OF_DATE)).isTrue();
        assertThat(vm.ratingProperty().get()).isEqualTo(KbRating.OUT_OF_DATE);
        assertThat(queued(OutboxEntry.Kind.KB_FEEDBACK)).as("waits for the comment").hasSize(1);
        vm.commentProperty().set("  Le calendrier a changé en 2026.  ");
        assertThat(vm.sendFeedback()).isTrue();
        JsonNode last = queued(OutboxEntry.Kind.KB_FEEDBACK).get(1);
        assertThat(last.get("rating").asText()).isEqualTo("OUT_OF_DATE");
        assertThat(last.get("comment").asText()).isEqualTo("Le calendrier a changé en 2026.");
        assertThat(vm.ratingProperty().get()).isNull();
        assertThat(vm.commentProperty().get()).isEmpty();
    }

    @Test
    void aTooLongCommentIsKeptAndNothingIsQueued() {
        vm.queryProperty().set("bac brun");
        vm.openFirst();
        vm.rate(KbRating.MISSING_INFO);
        String essay = "x".repeat(KnowledgeViewModel.COMMENT_MAX + 1);
        vm.commentProperty().set(essay);
        assertThat(vm.sendFeedback()).isFalse();
        assertThat(vm.feedbackErrorProperty().get().key()).isEqualTo("kb.feedback.tooLong");
        assertThat(vm.commentProperty().get()).isEqualTo(essay);
        assertThat(queued(OutboxEntry.Kind.KB_FEEDBACK)).isEmpty();

        vm.cancelFeedback();
        assertThat(vm.ratingProperty().get()).isNull();
        assertThat(vm.feedbackErrorProperty().get()).isNull();
    }

    @Test
    void theArticleSheetNamesItsDepartmentAndFlagsAnOverdueReviewInTheCitysTimeZone() {
        KbArticleDto lights = new LocalArticles(store).article("kb-feux-circulation-fr").orElseThrow();
        assertThat(lights.reviewBy()).isEqualTo(java.time.LocalDate.of(2026, 5, 12));
        assertThat(vm.overdue(lights)).isTrue();
        assertThat(vm.department(lights).en()).isEqualTo("Maintenance and Infrastructure Department");
        KnowledgeViewModel inMay = panel(index, Clock.fixed(Instant.parse("2026-05-13T03:30:00Z"), ZoneOffset.UTC));
        assertThat(inMay.overdue(lights)).as("still May 12 in Sherbrooke").isFalse();
        KbArticleDto elsewhere = new KbArticleDto("x", "fr", "t", "b", List.of(), "ARR-NATIONS", "AGENT", null, null,
                List.of(), null, null, List.of(), false);
        assertThat(vm.department(elsewhere).fr()).as("an unknown code is shown as is").isEqualTo("ARR-NATIONS");
        assertThat(vm.overdue(elsewhere)).as("no review date, nothing overdue").isFalse();

        String shown = ArticleText.withoutScript(lights.body());
        assertThat(shown).doesNotContain("Script").doesNotContain(lights.script())
                .startsWith("Les feux de circulation relèvent").contains("**Non urgent**");
        assertThat(ArticleText.withoutScript("Avant.\n\n**Script:** à lire.\n\nAprès.")).isEqualTo("Avant.\n\n\nAprès.");
    }

    @Test
    void beforeTheLocalIndexIsBuiltTheServerAnswersAndWhenItCannotTheAgentIsToldAndNoGapIsMade() {
        OfflineKnowledgeIndex building = new OfflineKnowledgeIndex(store);
        try {
            KnowledgeViewModel early = panel(building, Clock.fixed(NOW, ZoneOffset.UTC));
            for (String q : List.of("z", "zo", "zor", "zorg")) {
                early.queryProperty().set(q);
            }
            assertThat(early.messageProperty().get().key()).isEqualTo("kb.offline");
            timer.advance(KnowledgeViewModel.SETTLE_AFTER);
            early.queryProperty().set("");
            assertThat(queued(OutboxEntry.Kind.KB_GAP)).isEmpty();
        } finally {
            building.close();
        }
    }
}
