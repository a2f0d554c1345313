package ca.relais.api;

import java.io.IOException;
import java.io.InputStream;
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

    /** Reads a JSON array of articles, as the demo data and {@code POST /api/v1/kb/articles} carry them. */
    public static List<KbArticleDto> readList(InputStream json) throws IOException {
        return List.of(Json.mapper().readValue(json, KbArticleDto[].class));
    }
}
