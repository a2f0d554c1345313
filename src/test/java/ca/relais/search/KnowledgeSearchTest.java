package ca.relais.search;

import static ca.relais.search.KbArticles.city;
import static ca.relais.search.KbArticles.fr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KnowledgeSearchTest {
    private KnowledgeIndex index;
    private KnowledgeSearch search;

    @BeforeEach
    void indexTheCity() {
        index = new KnowledgeIndex();
        index.replaceAll(city());
        search = new KnowledgeSearch(index);
    }

    @AfterEach
    void close() {
        index.close();
    }

    private List<String> ids(String query, String lang) {
        return search.search(query, lang, SearchFilters.NONE, 10).stream().map(KbHit::id).toList();
    }

    @Test
    void findsWithoutAccentsAndWithCitizensWords() {
        assertThat(ids("lampadaire eteint", "fr")).first().isEqualTo("lampadaire-fr");
        assertThat(ids("la lumière de rue est brûlée", "fr")).first().isEqualTo("lampadaire-fr");
        assertThat(ids("y'a un trou dans ma rue", "fr")).first().isEqualTo("nid-de-poule-fr");
        assertThat(ids("mes vidanges", "fr")).first().isEqualTo("ordures-fr");
    }

    @Test
    void toleratesTypos() {
        assertThat(ids("lampadère", "fr")).first().isEqualTo("lampadaire-fr");
        assertThat(ids("avis d'ebulition", "fr")).first().isEqualTo("eau-fr");
        assertThat(ids("streetlihgt", "en")).first().isEqualTo("streetlight-en");
    }

    @Test
    void matchesTheWordBeingTypedAsAPrefix() {
        assertThat(ids("lampad", "fr")).first().isEqualTo("lampadaire-fr");
        assertThat(ids("avis d'ébul", "fr")).first().isEqualTo("eau-fr");
        assertThat(ids("lampad ", "fr")).isEmpty();
    }

    @Test
    void fallsBackToTheOtherLanguageWhenThePreferredOneHasTooLittle() {
        List<KbHit> hits = search.search("skating rink", "fr", SearchFilters.NONE, 10);
        assertThat(hits).extracting(KbHit::id).first().isEqualTo("skating-en");
        assertThat(hits).extracting(KbHit::language).first().isEqualTo("en");
        List<KbHit> french = search.search("lampadaire", "fr", SearchFilters.NONE, 10);
        assertThat(french).extracting(KbHit::language).first().isEqualTo("fr");
        assertThat(ids("pothole", "en")).first().isEqualTo("pothole-en");
    }

    @Test
    void filtersByDepartmentAndAudience() {
        assertThat(search.search("bac", "fr", SearchFilters.audience("PUBLIC"), 10))
                .extracting(KbHit::id).contains("ordures-fr").doesNotContain("collecte-manquee-fr");
        assertThat(search.search("bac", "fr", SearchFilters.audience("AGENT"), 10))
                .extracting(KbHit::id).contains("collecte-manquee-fr").doesNotContain("ordures-fr");
        assertThat(search.search("adresse", "fr", SearchFilters.department("SEI"), 10))
                .extracting(KbHit::id).isNotEmpty().doesNotContain("ordures-fr");
        assertThat(search.search("taxes", "fr", SearchFilters.department("SEI"), 10))
                .extracting(KbHit::language).doesNotContain("fr");
    }

    @Test
    void retiredArticlesAreNeverFound() {
        assertThat(ids("compte de taxes", "fr")).contains("taxes-fr");
        index.upsert(KbArticles.retired(city().stream().filter(a -> a.id().equals("taxes-fr")).findFirst()
                .orElseThrow()));
        assertThat(ids("compte de taxes", "fr")).doesNotContain("taxes-fr");
        index.replaceAll(List.of(KbArticles.retired(fr("x", "Taxes", "taxes", "FINANCES", "PUBLIC"))));
        assertThat(index.size()).isZero();
    }

    @Test
    void emptyOrStopWordOnlyQueriesGiveNothing() {
        assertThat(ids("", "fr")).isEmpty();
        assertThat(ids("   ", "fr")).isEmpty();
        assertThat(ids(null, "fr")).isEmpty();
        assertThat(ids("de la et le ", "fr")).isEmpty();
        assertThat(ids("the of and ", "en")).isEmpty();
        assertThat(search.search("lampadaire", "fr", SearchFilters.NONE, 0)).isEmpty();
    }

    @Test
    void hostileInputNeverThrows() {
        List<String> hostile = List.of("\"", "\"lampadaire", "*", "?", "lamp*", "title_fr:lampadaire", ":", "(", ")",
                "((", "[1 TO 5]", "{", "AND", "OR NOT", "lampadaire AND OR", "~", "lampadaire~2", "^3", "\\", "/",
                "/regex/", "&&", "||", "!", "-", "+-", "'", "’", "l'", "d’", "\u0000", "\uFFFF", "\uD83D\uDE00",
                "日本語", "ﬁ", "a".repeat(300), "lampadaire ".repeat(2_000), "\t\n\r", "é".repeat(10_240),
                "x y z ".repeat(2_000), "amb=>ordures", "nid, de, poule", "<mark>", "<script>alert(1)</script>");
        for (String text : hostile) {
            for (String lang : new String[] {"fr", "en", null, "xx"}) {
                assertThatCode(() -> search.search(text, lang, SearchFilters.NONE, 10)).as(text)
                        .doesNotThrowAnyException();
                assertThatCode(() -> search.moreLikeThis(text, lang, 5)).as(text).doesNotThrowAnyException();
            }
        }
        assertThat(search.search("lampadaire ".repeat(2_000), "fr", SearchFilters.NONE, 10))
                .extracting(KbHit::id).first().isEqualTo("lampadaire-fr");
        assertThat(search.search("lampadaire", "fr", new SearchFilters(null, null), -3)).isEmpty();
        assertThat(search.search("lampadaire", "fr", null, 1_000)).isNotEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWordsInPlainText() {
        KbHit hit = search.search("lampadaires éteints", "fr", SearchFilters.NONE, 1).get(0);
        assertThat(hit.title()).isEqualTo("Lampadaire éteint ou endommagé");
        assertThat(hit.snippet()).contains("<mark>lampadaire</mark>").doesNotContain("**");
        assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(210);
        assertThat(hit.score()).isPositive();
    }

    @Test
    void longSnippetsAreCutAroundTheirFirstMatch() {
        String body = "Introduction sans rapport. ".repeat(20) + "Le déneigement des trottoirs commence après"
                + " la rue. " + "Suite sans rapport. ".repeat(20);
        index.upsert(fr("long", "Opérations d'hiver", body, "SEI", "PUBLIC"));
        String snippet = search.search("déneigement trottoirs", "fr", SearchFilters.NONE, 1).get(0).snippet();
        assertThat(snippet).contains("<mark>déneigement</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).hasSizeLessThanOrEqualTo(210);
    }

    @Test
    void updatesAreVisibleToTheNextSearch() {
        assertThat(ids("patinoire", "fr")).isEmpty();
        index.upsert(fr("patinoires-fr", "Patinoires extérieures", "Les patinoires ouvrent en janvier.", "SSCVC",
                "PUBLIC"));
        assertThat(ids("patinoire", "fr")).first().isEqualTo("patinoires-fr");
        index.upsert(fr("patinoires-fr", "Glissades", "Les glissades ouvrent en janvier.", "SSCVC", "PUBLIC"));
        assertThat(ids("glissade", "fr")).first().isEqualTo("patinoires-fr");
        assertThat(ids("patinoire", "fr")).doesNotContain("patinoires-fr");
        index.delete("patinoires-fr");
        assertThat(ids("glissade", "fr")).doesNotContain("patinoires-fr");
        int before = index.size();
        index.replaceAll(List.of(fr("seul", "Seul article", "Rien d'autre.", "SCEC", "PUBLIC")));
        assertThat(index.size()).isEqualTo(1).isLessThan(before);
    }

    @Test
    void moreLikeThisSuggestsArticlesForARequestDescription() {
        List<KbHit> similar = search.moreLikeThis("Le lampadaire devant le 125 rue King est éteint depuis trois"
                + " jours, la rue est très sombre.", "fr", 3);
        assertThat(similar).extracting(KbHit::id).first().isEqualTo("lampadaire-fr");
        assertThat(search.moreLikeThis("", "fr", 3)).isEmpty();
        assertThat(search.moreLikeThis("the pothole near my house", "en", 3)).extracting(KbHit::id)
                .first().isEqualTo("pothole-en");
    }

    @Test
    void synonymsCanBeReloaded() throws Exception {
        assertThat(ids("réverbère", "fr")).first().isEqualTo("lampadaire-fr");
        search.reloadSynonyms(new StringReader("impôts, taxes"), new StringReader(""));
        assertThat(ids("réverbère", "fr")).doesNotContain("lampadaire-fr");
        assertThat(ids("impôts", "fr")).first().isEqualTo("taxes-fr");
    }
}
