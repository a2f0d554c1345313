package ca.relais.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Closes the holes that removed stop words leave, so that "nid de poule" is indexed as the adjacent terms
 * {@code nid poul}: phrases and multi-word synonyms then match whatever stop words the caller used or left out.
 */
final class CompactPositionsFilter extends TokenFilter {
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    CompactPositionsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (increment.getPositionIncrement() > 1) {
            increment.setPositionIncrement(1);
        }
        return true;
    }
}
