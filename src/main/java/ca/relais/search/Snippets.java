package ca.relais.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Snippets of article bodies: the window of at most {@value #MAX} characters that holds the most distinct matched
 * terms, starting at its sentence when that is close, with the matched words wrapped in
 * {@code <mark>}…{@code </mark>} and "…" where the text is cut. Bodies are indexed as plain text without angle brackets, so the marks are the only
 * markup. Offsets come from the postings, so nothing is analyzed again.
 */
final class Snippets {
    static final int MAX = 200;
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";
    private static final int LEAD = 60;

    private Snippets() {
    }

    static String[] of(IndexSearcher searcher, Query highlight, TopDocs top, SearchLanguage language)
            throws IOException {
        String field = KbFields.body(language);
        Set<BytesRef> terms = terms(highlight, field);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<List<Span>> spans = spans(leaves, field, terms, top);
        String[] snippets = new String[top.scoreDocs.length];
        for (int i = 0; i < snippets.length; i++) {
            int doc = top.scoreDocs[i].doc;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            snippets[i] = snippet(text(leaf, doc - leaf.docBase, field), spans.get(i));
        }
        return snippets;
    }

    private static String text(LeafReaderContext leaf, int doc, String field) throws IOException {
        BinaryDocValues values = leaf.reader().getBinaryDocValues(KbFields.SNIPPET_TEXT);
        if (values != null && values.advanceExact(doc)) {
            return values.binaryValue().utf8ToString();
        }
        String stored = leaf.reader().storedFields().document(doc, Set.of(field)).get(field);
        return stored == null ? "" : stored;
    }

    /** A match: where it is in the text and which term it is. */
    record Span(int start, int end, BytesRef term) {
    }

    static String snippet(String text, List<Span> spans) {
        List<Span> kept = nonOverlapping(spans);
        int start = kept.isEmpty() ? 0 : windowStart(text, kept);
        int end = Math.min(text.length(), start + MAX);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > start + MAX / 2 ? space : end;
        }
        StringBuilder out = new StringBuilder(MAX + 64);
        if (start > 0) {
            out.append(ELLIPSIS);
        }
        int at = start;
        for (Span span : kept) {
            if (span.start() >= start && span.end() <= end) {
                out.append(text, at, span.start()).append(OPEN).append(text, span.start(), span.end()).append(CLOSE);
                at = span.end();
            }
        }
        out.append(text, at, end);
        if (end < text.length()) {
            out.append(ELLIPSIS);
        }
        return out.toString().strip();
    }

    private static int windowStart(String text, List<Span> spans) {
        int best = 0;
        int bestDistinct = -1;
        for (int i = 0; i < spans.size(); i++) {
            Set<BytesRef> distinct = new HashSet<>();
            for (int j = i; j < spans.size() && spans.get(j).end() <= spans.get(i).start() + MAX - LEAD / 2; j++) {
                distinct.add(spans.get(j).term());
            }
            if (distinct.size() > bestDistinct) {
                best = i;
                bestDistinct = distinct.size();
            }
        }
        int first = spans.get(best).start();
        if (text.length() <= MAX || first < MAX / 2) {
            return 0;
        }
        int sentence = Math.max(text.lastIndexOf(". ", first), text.lastIndexOf("? ", first));
        if (sentence >= 0 && first - sentence <= LEAD) {
            return sentence + 2;
        }
        int space = text.lastIndexOf(' ', Math.max(0, first - LEAD / 2));
        return space < 0 ? 0 : space + 1;
    }

    private static List<Span> nonOverlapping(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        int end = -1;
        for (Span span : sorted) {
            if (span.start() >= end) {
                kept.add(span);
                end = span.end();
            }
        }
        return kept;
    }

    /** The matches in each top document, reading each term's postings once per segment, in document order. */
    private static List<List<Span>> spans(List<LeafReaderContext> leaves, String field, Set<BytesRef> terms,
                                          TopDocs top) throws IOException {
        List<List<Span>> spans = new ArrayList<>();
        Integer[] order = new Integer[top.scoreDocs.length];
        for (int i = 0; i < order.length; i++) {
            spans.add(new ArrayList<>());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> top.scoreDocs[i].doc));
        for (LeafReaderContext leaf : leaves) {
            Terms indexed = leaf.reader().terms(field);
            if (indexed == null) {
                continue;
            }
            TermsEnum iterator = indexed.iterator();
            for (BytesRef term : terms) {
                if (!iterator.seekExact(term)) {
                    continue;
                }
                PostingsEnum postings = iterator.postings(null, PostingsEnum.OFFSETS);
                for (int i : order) {
                    int doc = top.scoreDocs[i].doc - leaf.docBase;
                    if (doc < 0 || doc >= leaf.reader().maxDoc() || postings.docID() > doc
                            || postings.advance(doc) != doc) {
                        continue;
                    }
                    for (int n = 0; n < postings.freq(); n++) {
                        postings.nextPosition();
                        if (postings.startOffset() >= 0 && postings.endOffset() > postings.startOffset()) {
                            spans.get(i).add(new Span(postings.startOffset(), postings.endOffset(), term));
                        }
                    }
                }
            }
        }
        return spans;
    }

    private static Set<BytesRef> terms(Query query, String field) {
        Set<BytesRef> terms = new TreeSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String name) {
                return field.equals(name);
            }

            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    terms.add(term.bytes());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return occur == org.apache.lucene.search.BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
            }
        });
        return terms;
    }
}
