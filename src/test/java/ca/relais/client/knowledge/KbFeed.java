package ca.relais.client.knowledge;

import ca.relais.api.ChangeDto;
import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.server.demo.DemoSeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/** Knowledge-base articles as the pull feed carries them, for tests of the cache and its index. */
public final class KbFeed {
    private KbFeed() {
    }

    /** The demo city's articles. */
    public static List<KbArticleDto> demo() {
        try (InputStream in = DemoSeed.class.getResourceAsStream("kb-articles.json")) {
            return KbArticleDto.readList(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ChangeDto upsert(KbArticleDto a) {
        return new ChangeDto("kb_article", a.id(), "upsert", 1, Json.mapper().valueToTree(a));
    }

    public static ChangeDto tombstone(String id) {
        return new ChangeDto("kb_article", id, "delete", 2, null);
    }

    public static List<ChangeDto> upserts(List<KbArticleDto> articles) {
        return articles.stream().map(KbFeed::upsert).toList();
    }

    public static KbArticleDto article(String id, String language, String title, String body, String... types) {
        return new KbArticleDto(id, language, title, body, List.of(), "SEI", "AGENT", LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 1, 5), List.of(), null, null, List.of(types), false);
    }

    public static KbArticleDto retired(KbArticleDto a) {
        return new KbArticleDto(a.id(), a.language(), a.title(), a.body(), a.tags(), a.department(), a.audience(),
                a.reviewedOn(), a.reviewBy(), a.keywords(), a.script(), a.translationOf(), a.typeCodes(), true);
    }
}
