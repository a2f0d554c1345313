package ca.relais.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.api.KbArticleDto;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KbIndexTest {
    @TempDir
    Path dir;

    @Test
    void anIndexOnDiskIsFoundAgainAfterReopening() {
        try (KnowledgeIndex index = new KnowledgeIndex(dir)) {
            index.replaceAll(KbArticles.city());
            index.upsert(KbArticles.fr("extra", "Abri d'auto temporaire", "Du 15 octobre au 15 avril.",
                    "URBANISME", "PUBLIC"));
        }
        try (KnowledgeIndex index = new KnowledgeIndex(dir)) {
            assertThat(index.size()).isEqualTo(KbArticles.city().size() + 1);
            assertThat(new KnowledgeSearch(index).search("abri tempo", "fr", SearchFilters.NONE, 5))
                    .extracting(KbHit::id).first().isEqualTo("extra");
        }
    }

    @Test
    void anArticleWithoutIdIsRefusedBeforeAnythingChanges() {
        try (KnowledgeIndex index = new KnowledgeIndex()) {
            index.replaceAll(KbArticles.city());
            KbArticleDto noId = KbArticles.fr(" ", "Sans identifiant", "Texte.", "SCEC", "PUBLIC");
            assertThatThrownBy(() -> index.upsert(noId)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.replaceAll(List.of(noId))).isInstanceOf(IllegalArgumentException.class);
            assertThat(index.size()).isEqualTo(KbArticles.city().size());
            index.delete(null);
            index.delete("no-such-article");
            assertThat(index.size()).isEqualTo(KbArticles.city().size());
        }
    }

    @Test
    void aBodyTooLongForDocValuesStillGivesSnippets() {
        String body = "Texte de remplissage sans intérêt. ".repeat(1_200) + "La borne-fontaine fuit depuis hier.";
        try (KnowledgeIndex index = new KnowledgeIndex()) {
            index.upsert(KbArticles.fr("long", "Procédures diverses", body, "SEI", "PUBLIC"));
            KbHit hit = new KnowledgeSearch(index).search("borne fontaine qui fuit", "fr", SearchFilters.NONE, 1)
                    .get(0);
            assertThat(hit.id()).isEqualTo("long");
            assertThat(hit.snippet()).contains("<mark>borne</mark>").endsWith("hier.");
        }
    }

    @Test
    void plainTextDropsMarkdownAndAngleBrackets() {
        assertThat(PlainText.of("**Horaire**\n- Lundi <b>au</b> vendredi\n- [Ma collecte](https://x.y)\n\n3 < 4"))
                .isEqualTo("Horaire. Lundi au vendredi. Ma collecte. 3 4.");
        assertThat(PlainText.of(null)).isEmpty();
    }

    @Test
    void snippetsShowTheDensestWindowAndMarkItsMatches() {
        String text = "Début sans rapport. ".repeat(15) + "Le bac brun est ramassé le lundi. " + "Fin. ".repeat(40);
        int bac = text.indexOf("bac");
        int brun = text.indexOf("brun");
        BytesRef a = new BytesRef("bac");
        BytesRef b = new BytesRef("brun");
        String snippet = Snippets.snippet(text, List.of(new Snippets.Span(brun, brun + 4, b),
                new Snippets.Span(bac, bac + 3, a), new Snippets.Span(bac, bac + 3, a)));
        assertThat(snippet).startsWith("…Le <mark>bac</mark> <mark>brun</mark> est ramassé").endsWith("…");
        assertThat(visible(snippet)).hasSizeLessThanOrEqualTo(Snippets.MAX + 2);
        assertThat(Snippets.snippet("Court. <b>", List.of())).isEqualTo("Court. <b>");
        assertThat(Snippets.snippet(text, List.of())).startsWith("Début sans rapport.").endsWith("…");
    }

    private static String visible(String snippet) {
        return snippet.replace(Snippets.OPEN, "").replace(Snippets.CLOSE, "");
    }
}
