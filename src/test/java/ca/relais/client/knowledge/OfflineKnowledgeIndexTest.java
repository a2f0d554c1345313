package ca.relais.client.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.api.ChangeDto;
import ca.relais.api.KbArticleDto;
import ca.relais.client.store.LocalArticles;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.client.store.LocalStoreException;
import ca.relais.search.KbHit;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline index over a real encrypted cache: built from the mirror, then kept in step with every feed page. */
class OfflineKnowledgeIndexTest {
    @TempDir
    Path dir;
    LocalStore store;
    LocalMirror mirror;
    OfflineKnowledgeIndex index;

    @BeforeEach
    void open() throws Exception {
        store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray());
        mirror = new LocalMirror(store);
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        store.close();
    }

    private static List<String> ids(List<KbHit> hits) {
        return hits.stream().map(KbHit::id).toList();
    }

    @Test
    void theIndexIsBuiltInTheBackgroundFromTheArticlesTheCacheAlreadyHolds() throws Exception {
        List<KbArticleDto> demo = KbFeed.demo();
        mirror.apply(KbFeed.upserts(demo), "c1");
        index = new OfflineKnowledgeIndex(store);
        assertThat(index.isReady()).isFalse();
        index.start();

        assertThat(index.awaitReady(Duration.ofSeconds(30))).isTrue();
        assertThat(index.size()).isEqualTo((int) demo.stream().filter(a -> !a.retired()).count());
        assertThat(ids(index.search("bac brun pas ramasse", "fr", 3))).contains("kb-collecte-manquee-fr");
        assertThat(ids(index.similar("Le feu de circulation clignote au coin de King et Wellington", "fr", 3)))
                .contains("kb-feux-circulation-fr");
    }

    @Test
    void upsertedRetiredAndDeletedArticlesAreSearchableOrGoneAsSoonAsTheirPageCommits() throws Exception {
        index = new OfflineKnowledgeIndex(store);
        index.build();
        assertThat(index.size()).isZero();

        KbArticleDto hydrant = KbFeed.article("borne-fr", "fr", "Borne d'incendie qui fuit",
                "Une borne-fontaine qui fuit se signale au Service des eaux.", "EAU-BORNE");
        KbArticleDto kiosk = KbFeed.article("kiosque-fr", "fr", "Kiosque touristique saisonnier",
                "Le kiosque ouvre en juin.");
        mirror.apply(List.of(KbFeed.upsert(hydrant), KbFeed.upsert(kiosk)), "c1");
        assertThat(ids(index.search("borne fontaine fuite", "fr", 5))).containsExactly("borne-fr");
        assertThat(new LocalArticles(store).forType("EAU-BORNE", "fr", 5)).extracting(KbArticleDto::id)
                .containsExactly("borne-fr");

        KbArticleDto renamed = KbFeed.article("borne-fr", "fr", "Poteau d'incendie endommagé",
                "Un poteau d'incendie heurté se signale au Service des eaux.", "EAU-POTEAU");
        mirror.apply(List.of(KbFeed.upsert(renamed)), "c2");
        assertThat(ids(index.search("poteau heurte", "fr", 5))).containsExactly("borne-fr");
        assertThat(new LocalArticles(store).forType("EAU-BORNE", "fr", 5)).as("old type links go").isEmpty();

        mirror.apply(List.of(KbFeed.upsert(KbFeed.retired(renamed)), KbFeed.tombstone("kiosque-fr")), "c3");
        assertThat(index.search("poteau heurte", "fr", 5)).isEmpty();
        assertThat(index.search("kiosque touristique", "fr", 5)).isEmpty();
        assertThat(index.size()).isZero();
        assertThat(new LocalArticles(store).article("borne-fr")).as("a retired article leaves the cache").isEmpty();
    }

    @Test
    void aPageThatFailsToApplyChangesNeitherTheCacheNorTheIndex() {
        index = new OfflineKnowledgeIndex(store);
        index.build();
        KbArticleDto fine = KbFeed.article("ok-fr", "fr", "Stationnement de nuit", "Interdit en hiver la nuit.");
        ChangeDto broken = new ChangeDto("kb_article", "bad", "upsert", 1,
                JsonNodeFactory.instance.objectNode().put("id", "bad").put("reviewed_on", "not a date"));
        assertThatThrownBy(() -> mirror.apply(List.of(KbFeed.upsert(fine), broken), "c1"))
                .isInstanceOf(LocalStoreException.class);

        assertThat(index.search("stationnement nuit", "fr", 5)).isEmpty();
        assertThat(new LocalArticles(store).count()).isZero();
        assertThat(store.meta(LocalStore.Meta.FEED_CURSOR)).isEmpty();
    }

    @Test
    void aFullResynchronisationEmptiesTheIndexUntilTheArticlesComeBack() {
        mirror.apply(KbFeed.upserts(KbFeed.demo()), "c1");
        index = new OfflineKnowledgeIndex(store);
        index.build();
        assertThat(index.size()).isPositive();

        mirror.clear();
        assertThat(index.size()).isZero();
        mirror.apply(KbFeed.upserts(KbFeed.demo().subList(0, 10)), "c2");
        assertThat(index.size()).isEqualTo(10);
    }

    @Test
    void changesCommittedWhileTheIndexIsBeingBuiltAreNeitherLostNorUndone() throws Exception {
        List<KbArticleDto> generated = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            generated.add(KbFeed.article(String.format("a%05d", i), "fr", "Article numéro " + i,
                    "Texte de l'article " + i + " sur les services municipaux."));
        }
        mirror.apply(KbFeed.upserts(generated), "c0");
        index = new OfflineKnowledgeIndex(store);
        Thread writer = Thread.ofPlatform().start(() -> {
            for (int i = 0; i < 1_000; i += 7) {
                KbArticleDto a = generated.get(i);
                mirror.apply(List.of(i % 2 == 0 ? KbFeed.upsert(KbFeed.retired(a)) : KbFeed.tombstone(a.id())),
                        "w" + i);
            }
        });
        index.start();
        writer.join();
        assertThat(index.awaitReady(Duration.ofSeconds(60))).isTrue();

        Set<String> expected = generated.stream().map(KbArticleDto::id)
                .filter(id -> Integer.parseInt(id.substring(1)) % 7 != 0)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(index.size()).isEqualTo(expected.size()).isEqualTo(new LocalArticles(store).count());
        assertThat(ids(index.search("Article numéro 7", "fr", 50))).doesNotContain("a00007");
        assertThat(ids(index.search("Article numéro 8", "fr", 50))).contains("a00008");
    }
}
