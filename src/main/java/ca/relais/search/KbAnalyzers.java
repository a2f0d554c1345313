package ca.relais.search;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chains. French: standard tokenizer, elision (l', d', qu', j', y'… written with ' or ’), lowercase,
 * ASCII folding, folded stop words, compacted positions, French light stemming. English: standard tokenizer,
 * possessives, lowercase, ASCII folding, "-n't" read as "not", stop words, compacted positions, Porter stemming.
 * Synonyms apply at query time only, on the stems, so "ordure" and "ordures" both reach the group of "vidanges".
 */
public final class KbAnalyzers {
    private static final CharArraySet ELISIONS = new CharArraySet(Arrays.asList(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "y", "jusqu", "quoiqu", "lorsqu", "puisqu"), true);

    private KbAnalyzers() {
    }

    /** Index-time chain of a language; the same chain gives the stems of a query. */
    public static Analyzer index(SearchLanguage language) {
        return language == SearchLanguage.FR ? new Chain(true, true, null) : new Chain(false, true, null);
    }

    /** Words as typed, only folded (no stop words removed, no stemming): for the word being typed. */
    public static Analyzer words(SearchLanguage language) {
        return new Chain(language == SearchLanguage.FR, false, null);
    }

    /** The full query chain: the index chain followed by the synonym graph. */
    public static Analyzer query(SearchLanguage language, SynonymMap synonyms) {
        return new Chain(language == SearchLanguage.FR, true, synonyms);
    }

    /** Synonyms over stems already produced by {@link #index}, separated by spaces. */
    public static Analyzer synonymsOverStems(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new WhitespaceTokenizer();
                return new TokenStreamComponents(source, synonyms(source, synonyms));
            }
        };
    }

    private static TokenStream synonyms(TokenStream stream, SynonymMap synonyms) {
        return synonyms == null || synonyms.fst == null ? stream : new SynonymGraphFilter(stream, synonyms, false);
    }

    private static final class Chain extends Analyzer {
        private final boolean french;
        private final boolean reduce;
        private final SynonymMap synonyms;

        Chain(boolean french, boolean reduce, SynonymMap synonyms) {
            this.french = french;
            this.reduce = reduce;
            this.synonyms = synonyms;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = french ? new ElisionFilter(source, ELISIONS) : new EnglishPossessiveFilter(source);
            stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
            if (!french) {
                stream = new NotFilter(stream);
            }
            if (reduce) {
                CharArraySet stopWords = french ? StopWords.FRENCH : StopWords.ENGLISH;
                stream = new CompactPositionsFilter(new StopFilter(stream, stopWords));
                stream = french ? new FrenchLightStemFilter(stream) : new PorterStemFilter(stream);
            }
            stream = synonyms(stream, synonyms);
            return new TokenStreamComponents(source, stream);
        }
    }
}
