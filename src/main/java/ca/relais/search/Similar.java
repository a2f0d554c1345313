package ca.relais.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** "More like this": the articles that share the most distinctive words with a free text. */
final class Similar {
    private static final int MAX_QUERY_TERMS = 25;
    private static final float TITLE = 2f;

    private final KnowledgeIndex index;

    Similar(KnowledgeIndex index) {
        this.index = index;
    }

    List<KbHit> find(String text, SearchLanguage language, int limit) {
        if (text == null || text.isBlank() || limit == 0) {
            return List.of();
        }
        String input = KbQueryBuilder.clip(text);
        return index.withSearcher(searcher -> {
            try {
                return find(searcher, input, language, limit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<KbHit> find(IndexSearcher searcher, String text, SearchLanguage language, int limit)
            throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(index.analyzer());
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
        mlt.setBoost(true);
        String title = KbFields.title(language);
        String body = KbFields.body(language);
        mlt.setFieldNames(new String[] {title, body});
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(mlt.like(title, new StringReader(text)), TITLE), Occur.SHOULD)
                .add(mlt.like(body, new StringReader(text)), Occur.SHOULD)
                .build();
        Query filtered = KnowledgeSearch.filtered(query, language, SearchFilters.NONE);
        return Hits.read(searcher, filtered, searcher.search(filtered, limit), language);
    }
}
