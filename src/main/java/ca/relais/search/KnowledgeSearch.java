package ca.relais.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Searches a {@link KnowledgeIndex} the way agents type: accents or not, typos, citizens' words, the last word half
 * typed. Results in the preferred language come first; when it has fewer than {@value #FALLBACK_BELOW}, results in
 * the other language follow (their scores come from another query, so they are not comparable). Never throws on user
 * text: empty or stop-word-only queries give no results.
 */
public final class KnowledgeSearch {
    static final int FALLBACK_BELOW = 3;
    private static final int MAX_LIMIT = 100;
    private static final int MAX_TERMS = 32;

    private final KnowledgeIndex index;
    private final AtomicReference<KbQueryBuilder> queries = new AtomicReference<>();
    private final Similar similar;

    /** Search with the bundled synonyms. */
    public KnowledgeSearch(KnowledgeIndex index) {
        this.index = index;
        this.similar = new Similar(index);
        queries.set(new KbQueryBuilder(Map.of(SearchLanguage.FR, Synonyms.bundled(SearchLanguage.FR),
                SearchLanguage.EN, Synonyms.bundled(SearchLanguage.EN))));
    }

    /** Replaces the synonyms of both languages; searches in flight finish with the old ones. */
    public void reloadSynonyms(Reader french, Reader english) throws IOException {
        queries.set(new KbQueryBuilder(Map.of(SearchLanguage.FR, Synonyms.parse(french, SearchLanguage.FR),
                SearchLanguage.EN, Synonyms.parse(english, SearchLanguage.EN))));
    }

    /** Replaces the synonyms of both languages with those of two files (UTF-8, Solr format). */
    public void reloadSynonyms(Path french, Path english) throws IOException {
        try (Reader fr = Files.newBufferedReader(french, StandardCharsets.UTF_8);
             Reader en = Files.newBufferedReader(english, StandardCharsets.UTF_8)) {
            reloadSynonyms(fr, en);
        }
    }

    /** At most {@code limit} articles for {@code text}, best first; {@code lang} is the preferred language. */
    public List<KbHit> search(String text, String lang, SearchFilters filters, int limit) {
        int max = Math.min(Math.max(limit, 0), MAX_LIMIT);
        if (text == null || text.isBlank() || max == 0) {
            return List.of();
        }
        SearchFilters where = filters == null ? SearchFilters.NONE : filters;
        SearchLanguage preferred = SearchLanguage.of(lang);
        List<KbHit> hits = new ArrayList<>(search(text, preferred, preferred, where, max));
        if (hits.size() < Math.min(max, FALLBACK_BELOW)) {
            hits.addAll(search(text, preferred.other(), preferred, where, max - hits.size()));
        }
        return List.copyOf(hits);
    }

    /** Articles like a free text, such as the description of a request being typed. */
    public List<KbHit> moreLikeThis(String text, String lang, int limit) {
        return similar.find(text, SearchLanguage.of(lang), Math.min(Math.max(limit, 0), MAX_LIMIT));
    }

    private List<KbHit> search(String text, SearchLanguage language, SearchLanguage typedIn, SearchFilters filters,
                               int limit) {
        return index.withSearcher(searcher -> {
            try {
                return search(searcher, text, language, typedIn, filters, limit, MAX_TERMS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<KbHit> search(IndexSearcher searcher, String text, SearchLanguage language, SearchLanguage typedIn,
                               SearchFilters filters, int limit, int maxTerms) throws IOException {
        KbQueryBuilder.Plan plan = queries.get().build(text, language, typedIn, searcher.getIndexReader(), maxTerms);
        if (plan == null) {
            return List.of();
        }
        try {
            Query query = searcher.rewrite(filtered(plan.scoring(), language, filters));
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit));
            return Hits.read(searcher, searcher.rewrite(plan.highlight()), top, language);
        } catch (IndexSearcher.TooManyClauses e) {
            return maxTerms > 1 ? search(searcher, text, language, typedIn, filters, limit, maxTerms / 2) : List.of();
        }
    }

    static Query filtered(Query scoring, SearchLanguage language, SearchFilters filters) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(scoring, Occur.MUST)
                .add(new TermQuery(new Term(KbFields.LANGUAGE, language.code())), Occur.FILTER);
        if (filters.department() != null && !filters.department().isBlank()) {
            query.add(new TermQuery(new Term(KbFields.DEPARTMENT, filters.department().strip())), Occur.FILTER);
        }
        if (filters.audience() != null && !filters.audience().isBlank()) {
            query.add(new TermQuery(new Term(KbFields.AUDIENCE, filters.audience().strip())), Occur.FILTER);
        }
        return query.build();
    }
}
