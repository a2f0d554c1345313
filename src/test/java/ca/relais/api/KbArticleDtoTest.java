package ca.relais.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KbArticleDtoTest {
    @Test
    void readsSnakeCaseAndFillsWhatIsAbsent() throws Exception {
        KbArticleDto article = Json.mapper().readValue("""
                {"id":"kb-1","language":"fr","title":"Bac brun","body":"**Horaire**","tags":null,
                 "department":"ENVIRONNEMENT","audience":"PUBLIC","reviewed_on":"2026-06-22",
                 "review_by":"2027-06-22","translation_of":null}""", KbArticleDto.class);
        assertThat(article.reviewedOn()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(article.reviewBy()).isEqualTo(LocalDate.of(2027, 6, 22));
        assertThat(article.tags()).isEmpty();
        assertThat(article.keywords()).isEmpty();
        assertThat(article.typeCodes()).isEmpty();
        assertThat(article.retired()).isFalse();
    }

    @Test
    void writesSnakeCase() throws Exception {
        KbArticleDto article = new KbArticleDto("kb-1", "en", "Brown bin", "Body", List.of("collections"), "SEI",
                "AGENT", LocalDate.of(2026, 1, 2), null, List.of("compost"), "Say this", "kb-1-fr",
                List.of("MAT-BAC"), true);
        String json = Json.mapper().writeValueAsString(article);
        assertThat(json).contains("\"reviewed_on\":\"2026-01-02\"", "\"translation_of\":\"kb-1-fr\"",
                "\"type_codes\":[\"MAT-BAC\"]", "\"retired\":true");
        assertThat(Json.mapper().readValue(json, KbArticleDto.class)).isEqualTo(article);
    }
}
