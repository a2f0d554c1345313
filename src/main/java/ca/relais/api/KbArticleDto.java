package ca.relais.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A knowledge-base article as the API carries it: {@code body} is Markdown, {@code audience} AGENT or PUBLIC; absent
 * lists are empty and an absent {@code retired} is false.
 */
public record KbArticleDto(String id, String language, String title, String body, List<String> tags,
                           String department, String audience, LocalDate reviewedOn, LocalDate reviewBy,
                           List<String> keywords, String script, String translationOf, List<String> typeCodes,
                           Boolean retired) {
    public KbArticleDto {
        retired = Boolean.TRUE.equals(retired);
        tags = tags == null ? List.of() : tags;
        keywords = keywords == null ? List.of() : keywords;
        typeCodes = typeCodes == null ? List.of() : typeCodes;
    }
}
