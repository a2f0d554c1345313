package ca.relais.search.bench;

import ca.relais.api.KbArticleDto;
import ca.relais.search.PlainText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates a large, realistic knowledge base from the demo one: each article takes the subject, department,
 * audience and keywords of a demo article, a title variant (a borough, a season, a kind of case), and a body mixing
 * its subject's sentences with sentences of other articles of the same language. Deterministic for a seed.
 */
public final class ArticleGenerator {
    private static final List<String> FR_VARIANTS = List.of("", " — Fleurimont", " — Lennoxville", " — Brompton",
            " — Rock Forest", " — Jacques-Cartier", " : cas particuliers", " en hiver", " : questions fréquentes",
            " (procédure interne)", " : rappel", " pour les commerces", " pour les immeubles à logements");
    private static final List<String> EN_VARIANTS = List.of("", " — Fleurimont", " — Lennoxville", " — Brompton",
            " — Rock Forest", " — Jacques-Cartier", ": special cases", " in winter", ": frequently asked questions",
            " (internal procedure)", ": reminder", " for businesses", " for apartment buildings");

    private final List<KbArticleDto> sources;
    private final Random random;

    public ArticleGenerator(List<KbArticleDto> sources, long seed) {
        this.sources = List.copyOf(sources);
        this.random = new Random(seed);
    }

    public List<KbArticleDto> generate(int count) {
        List<KbArticleDto> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(article(i));
        }
        return articles;
    }

    public KbArticleDto article(int n) {
        KbArticleDto base = sources.get(random.nextInt(sources.size()));
        boolean french = "fr".equals(base.language());
        List<String> variants = french ? FR_VARIANTS : EN_VARIANTS;
        String title = base.title() + variants.get(random.nextInt(variants.size()));
        List<String> sentences = new ArrayList<>(sentences(base));
        int borrowed = 2 + random.nextInt(5);
        for (int i = 0; i < borrowed; i++) {
            KbArticleDto other = sameLanguage(base.language());
            List<String> theirs = sentences(other);
            sentences.add(random.nextInt(sentences.size() + 1), theirs.get(random.nextInt(theirs.size())));
        }
        List<String> keywords = new ArrayList<>(base.keywords());
        keywords.add(sameLanguage(base.language()).keywords().stream().findFirst().orElse(""));
        String id = String.format("gen-%05d-%s", n, base.language());
        return new KbArticleDto(id, base.language(), title, String.join(" ", sentences), base.tags(),
                base.department(), base.audience(), base.reviewedOn(), base.reviewBy(), keywords, base.script(),
                null, base.typeCodes(), false);
    }

    private KbArticleDto sameLanguage(String language) {
        while (true) {
            KbArticleDto candidate = sources.get(random.nextInt(sources.size()));
            if (candidate.language().equals(language)) {
                return candidate;
            }
        }
    }

    private static List<String> sentences(KbArticleDto article) {
        List<String> sentences = Arrays.stream(PlainText.of(article.body()).split("(?<=[.!?])\\s+"))
                .filter(s -> !s.isBlank()).toList();
        return sentences.isEmpty() ? List.of(article.title()) : sentences;
    }
}
