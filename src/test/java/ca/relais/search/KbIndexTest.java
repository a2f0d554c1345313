package ca.relais.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeIndexTest {
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
    void plainTextDropsMarkdownAndAngleBrackets() {
        assertThat(PlainText.of("**Horaire**\n- Lundi <b>au</b> vendredi\n- [Ma collecte](https://x.y)\n\n3 < 4"))
                .isEqualTo("Horaire. Lundi au vendredi. Ma collecte. 3 4.");
        assertThat(PlainText.of(null)).isEmpty();
    }

    @Test
    void snippetsAreClippedWithoutBreakingMarks() {
        String marked = "a ".repeat(150) + "<mark>word</mark> " + "b ".repeat(150);
        String clipped = Snippets.clip(marked, 100);
        assertThat(clipped).contains("<mark>word</mark>").startsWith("…").endsWith("…");
        assertThat(clipped.replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(103);
        assertThat(Snippets.clip("short <mark>one</mark>", 100)).isEqualTo("short <mark>one</mark>");
    }
}
