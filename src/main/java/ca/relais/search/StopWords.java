package ca.relais.search;

import ca.relais.domain.TextFolding;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Stop words, accent-folded because they are removed after folding, plus the fillers of spoken questions. Negations
 * stay: "pas ramassé", "pas d'eau", "not picked up" are what callers report.
 */
final class StopWords {
    static final CharArraySet FRENCH = folded(FrenchAnalyzer.getDefaultStopSet(), List.of(
            "ca", "ya", "pis", "faque", "ben", "la", "quoi", "quand", "comment", "pourquoi", "quel", "quelle",
            "veux", "voudrais", "aimerais", "peux", "pourrais", "dois", "faut", "savoir", "svp", "bonjour",
            "allo", "merci", "madame", "monsieur", "chez", "tout", "tous", "toute", "toutes", "aussi", "encore",
            "vais", "va", "vas", "fait", "faire", "y", "cest", "ete", "est"), Set.of("pas"));
    static final CharArraySet ENGLISH = folded(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, List.of(
            "i", "im", "my", "me", "we", "our", "you", "your", "he", "she", "his", "her", "its", "them", "do",
            "does", "did", "can", "could", "would", "should", "how", "what", "when", "where", "who", "why",
            "which", "hi", "hello", "please", "has", "have", "had", "been", "want", "need", "know", "am", "get",
            "got", "from", "about", "just", "some", "any", "there's", "it's"), Set.of("no", "not"));

    private StopWords() {
    }

    static CharArraySet of(SearchLanguage language) {
        return language == SearchLanguage.FR ? FRENCH : ENGLISH;
    }

    private static CharArraySet folded(CharArraySet base, List<String> extra, Set<String> kept) {
        CharArraySet set = new CharArraySet(base.size() + extra.size(), false);
        for (Object word : base) {
            set.add(TextFolding.fold(new String((char[]) word)));
        }
        extra.forEach(word -> set.add(TextFolding.fold(word)));
        CharArraySet result = new CharArraySet(set.size(), false);
        for (Object word : set) {
            if (!kept.contains(new String((char[]) word))) {
                result.add((char[]) word);
            }
        }
        return CharArraySet.unmodifiableSet(result);
    }
}
