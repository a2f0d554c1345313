package ca.relais.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Corrects the words that neither the index nor the synonyms know, before stemming: "deneigment" becomes
 * "deneigement" (which a stemmer would otherwise cut beyond repair) and "vidnages" becomes "vidanges" (which only the
 * synonyms know). A word of 5 letters or more may take 1 edit, of 8 or more 2; the closest candidate wins, then the
 * most frequent; index words are preferred to synonym words.
 */
final class SpellCorrector {
    private static final int MAX_CANDIDATES = 200;

    private final Map<SearchLanguage, Analyzer> stemmers;

    SpellCorrector(Map<SearchLanguage, Analyzer> stemmers) {
        this.stemmers = stemmers;
    }

    List<String> correct(List<String> words, SearchLanguage language, IndexReader reader, Set<String> synonymWords)
            throws IOException {
        List<String> corrected = new ArrayList<>(words.size());
        for (String word : words) {
            corrected.add(needsCorrection(word, language, reader, synonymWords)
                    ? closest(word, language, reader, synonymWords) : word);
        }
        return corrected;
    }

    private boolean needsCorrection(String word, SearchLanguage language, IndexReader reader,
                                    Set<String> synonymWords) throws IOException {
        if (Spelling.maxEdits(word) == 0 || synonymWords.contains(word)) {
            return false;
        }
        List<String> stems = KbQueryBuilder.tokens(stemmers.get(language), word, 2);
        return stems.size() == 1 && !known(reader, language, stems.get(0));
    }

    private String closest(String word, SearchLanguage language, IndexReader reader, Set<String> synonymWords)
            throws IOException {
        String best = null;
        int bestDistance = Spelling.maxEdits(word) + 1;
        int bestFrequency = -1;
        Terms terms = MultiTerms.getTerms(reader, KbFields.spelling(language));
        if (terms != null) {
            TermsEnum candidates = FuzzyQuery.getFuzzyAutomaton(word, Spelling.maxEdits(word), 1, true)
                    .getTermsEnum(terms);
            BytesRef term;
            int seen = 0;
            while ((term = candidates.next()) != null && seen++ < MAX_CANDIDATES) {
                String candidate = term.utf8ToString();
                int distance = Spelling.distance(word, candidate, bestDistance);
                int frequency = candidates.docFreq();
                if (distance < bestDistance || distance == bestDistance && frequency > bestFrequency) {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }
        String fromSynonyms = Spelling.closest(word, synonymWords);
        if (fromSynonyms != null && Spelling.distance(word, fromSynonyms, bestDistance) < bestDistance) {
            best = fromSynonyms;
        }
        return best == null ? word : best;
    }

    /** Whether a stem occurs in the title, keywords or body of an article in {@code language}. */
    static boolean known(IndexReader reader, SearchLanguage language, String stem) throws IOException {
        for (String field : List.of(KbFields.title(language), KbFields.keywords(language), KbFields.body(language))) {
            if (reader.docFreq(new Term(field, stem)) > 0) {
                return true;
            }
        }
        return false;
    }
}
