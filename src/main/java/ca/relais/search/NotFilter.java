package ca.relais.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Reads English contractions in "n't" ("wasn't", "didn’t", "can't") as "not": the negation is what matters. */
final class NotFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    NotFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int n = term.length();
        char[] chars = term.buffer();
        boolean apostrophe = n > 3 && (chars[n - 2] == '\'' || chars[n - 2] == '\u2019');
        if (apostrophe && chars[n - 1] == 't' && chars[n - 3] == 'n') {
            term.setEmpty().append("not");
        }
        return true;
    }
}
