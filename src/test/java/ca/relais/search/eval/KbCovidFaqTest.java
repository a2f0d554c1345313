package ca.relais.search.eval;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.KbArticleDto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer of the real FAQ set, on a made-up folder of the same shape (the real data is never copied). */
class KbCovidFaqTest {
    @TempDir
    Path dir;

    @Test
    void importsAnswersAsArticlesAndQueriesAsJudgements() throws Exception {
        Files.writeString(dir.resolve(CovidFaq.RESPONSES), """
                ## 1collecte-bac
                * ask_faq/ask_1collecte-bac
                  - Oui. Le bac brun est ramassé chaque semaine, d'avril à novembre.

                ## 2permis-piscine
                * ask_faq/ask_2permis-piscine
                  - Un permis est requis pour toute piscine de plus de 60 cm de profondeur.
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CovidFaq.QUERIES), """
                faq_id\tquery
                1collecte-bac\tquand passe le bac brun
                2permis-piscine\tfaut-il un permis pour une piscine
                """, StandardCharsets.UTF_8);
        assertThat(CovidFaq.present(dir)).isTrue();
        List<KbArticleDto> articles = CovidFaq.articles(dir);
        assertThat(articles).extracting(KbArticleDto::id).containsExactly("1collecte-bac", "2permis-piscine");
        assertThat(articles.get(0).title()).isEqualTo("collecte bac : Le bac brun est ramassé chaque semaine,"
                + " d'avril à novembre.");
        assertThat(articles.get(0).body()).startsWith("Oui.");
        assertThat(CovidFaq.queries(dir)).containsExactly(
                new JudgedQuery("quand passe le bac brun", "fr", Set.of("1collecte-bac")),
                new JudgedQuery("faut-il un permis pour une piscine", "fr", Set.of("2permis-piscine")));
        KbEvaluation.Comparison comparison = KbEvaluation.covid(dir);
        assertThat(comparison.ours().mrr10()).isEqualTo(1.0);
        assertThat(CovidFaq.present(dir.resolve("missing"))).isFalse();
    }
}
