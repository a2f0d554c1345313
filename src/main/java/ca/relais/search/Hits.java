package ca.relais.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Turns top documents into hits with their titles and snippets. */
final class Hits {
    private Hits() {
    }

    static List<KbHit> read(IndexSearcher searcher, Query highlight, TopDocs top, SearchLanguage language)
            throws IOException {
        if (top.scoreDocs.length == 0) {
            return List.of();
        }
        String[] snippets = Snippets.of(searcher, highlight, top, language);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<KbHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scored = top.scoreDocs[i];
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scored.doc, leaves));
            int doc = scored.doc - leaf.docBase;
            hits.add(new KbHit(value(leaf, KbFields.ID, doc), value(leaf, KbFields.DISPLAY_TITLE, doc), scored.score,
                    snippets[i], language.code()));
        }
        return hits;
    }

    private static String value(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : "";
    }
}
