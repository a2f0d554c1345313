package ca.relais.search;

import java.io.IOException;
import java.text.BreakIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of article bodies: the best passage of about {@value #GOAL} characters, the matched words wrapped in
 * {@code <mark>}…{@code </mark>}, and no other markup (bodies are indexed as plain text without angle brackets).
 */
final class Snippets {
    static final int GOAL = 160;
    static final int MAX = 200;
    static final String OPEN = "<mark>";
    static final String CLOSE = "</mark>";
    private static final String ELLIPSIS = "…";

    private Snippets() {
    }

    static String[] of(IndexSearcher searcher, KnowledgeIndex index, Query query, TopDocs top,
                       SearchLanguage language) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " " + ELLIPSIS + " ", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(language.locale()), GOAL, 0.25f))
                .withHandleMultiTermQuery(true)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1)
                .build();
        String[] snippets = highlighter.highlight(KbFields.body(language), query, top, 1);
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = clip(snippets[i] == null ? "" : snippets[i].strip(), MAX);
        }
        return snippets;
    }

    /** Cuts a marked snippet to about {@code max} visible characters around its first mark, never inside a mark. */
    static String clip(String marked, int max) {
        String visible = marked.replace(OPEN, "").replace(CLOSE, "");
        if (visible.length() <= max) {
            return marked;
        }
        int firstMark = Math.max(0, marked.indexOf(OPEN));
        int start = firstMark <= max / 3 ? 0 : wordStart(marked, firstMark - max / 4);
        StringBuilder out = new StringBuilder(start > 0 ? ELLIPSIS : "");
        int shown = 0;
        boolean open = false;
        int i = start;
        while (i < marked.length() && shown < max) {
            if (marked.startsWith(OPEN, i)) {
                out.append(OPEN);
                open = true;
                i += OPEN.length();
            } else if (marked.startsWith(CLOSE, i)) {
                out.append(CLOSE);
                open = false;
                i += CLOSE.length();
            } else {
                out.append(marked.charAt(i++));
                shown++;
            }
        }
        if (open) {
            int close = marked.indexOf(CLOSE, i);
            out.append(marked, i, close < 0 ? i : close).append(CLOSE);
            i = close < 0 ? marked.length() : close + CLOSE.length();
        }
        if (i < marked.length()) {
            int space = out.lastIndexOf(" ");
            if (space > out.length() - 20 && out.indexOf(OPEN, space) < 0 && out.indexOf(CLOSE, space) < 0) {
                out.setLength(space);
            }
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static int wordStart(String text, int from) {
        int space = text.lastIndexOf(' ', Math.max(0, from));
        return space < 0 ? 0 : space + 1;
    }
}
