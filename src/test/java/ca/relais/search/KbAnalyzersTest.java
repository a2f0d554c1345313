package ca.relais.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class KbAnalyzersTest {
    private static final Analyzer FRENCH = KbAnalyzers.index(SearchLanguage.FR);
    private static final Analyzer ENGLISH = KbAnalyzers.index(SearchLanguage.EN);

    @Test
    void frenchElisionHandlesStraightAndTypographicApostrophes() throws IOException {
        assertThat(terms(FRENCH, "l'eau")).containsExactly("eau");
        assertThat(terms(FRENCH, "l’eau")).containsExactly("eau");
        assertThat(terms(FRENCH, "bris d'aqueduc")).containsExactly("bri", "aqueduc");
        assertThat(terms(FRENCH, "qu'il")).isEmpty();
        assertThat(terms(FRENCH, "j’habite")).containsExactly("habit");
    }

    @Test
    void accentsAndCaseAreFolded() throws IOException {
        assertThat(terms(FRENCH, "Déneigement")).isEqualTo(terms(FRENCH, "deneigement"));
        assertThat(terms(FRENCH, "ÉCOCENTRE")).isEqualTo(terms(FRENCH, "ecocentre"));
        assertThat(terms(ENGLISH, "Café")).isEqualTo(terms(ENGLISH, "cafe"));
    }

    @Test
    void lightStemmingJoinsSingularAndPlural() throws IOException {
        assertThat(terms(FRENCH, "lampadaires")).isEqualTo(terms(FRENCH, "lampadaire"));
        assertThat(terms(FRENCH, "ordures")).isEqualTo(terms(FRENCH, "ordure"));
        assertThat(terms(FRENCH, "poubelles")).isEqualTo(terms(FRENCH, "poubelle"));
        assertThat(terms(ENGLISH, "potholes")).isEqualTo(terms(ENGLISH, "pothole"));
    }

    @Test
    void stopWordsGoButLeaveNoHoleSoPhrasesStillMatch() throws IOException {
        assertThat(terms(FRENCH, "le nid de poule")).isEqualTo(terms(FRENCH, "nid poule"));
        assertThat(increments(FRENCH, "le nid de poule")).containsExactly(1, 1);
        assertThat(terms(FRENCH, "de la et le")).isEmpty();
        assertThat(terms(ENGLISH, "the city's streetlights")).isEqualTo(terms(ENGLISH, "city streetlight"));
    }

    @Test
    void negationsAreKeptBecauseCallersReportWhatWasNotDone() throws IOException {
        assertThat(terms(FRENCH, "pas ramassé")).contains("pas");
        assertThat(terms(ENGLISH, "wasn't picked up")).containsExactly("not", "pick", "up");
        assertThat(terms(ENGLISH, "wasn’t")).containsExactly("not");
    }

    @Test
    void synonymsExpandSingleWordsAtQueryTime() throws IOException {
        Synonyms synonyms = Synonyms.bundled(SearchLanguage.FR);
        List<String> terms = terms(KbAnalyzers.query(SearchLanguage.FR, synonyms.map()), "vidanges");
        assertThat(terms).containsAll(terms(FRENCH, "ordures")).containsAll(terms(FRENCH, "poubelle"));
    }

    @Test
    void synonymsExpandMultiWordEntriesBothWays() throws IOException {
        Analyzer query = KbAnalyzers.query(SearchLanguage.FR, Synonyms.bundled(SearchLanguage.FR).map());
        assertThat(terms(query, "y'a un trou dans la rue")).containsAll(terms(FRENCH, "nid de poule"));
        assertThat(terms(query, "bac brun")).containsAll(terms(FRENCH, "compost"));
        assertThat(terms(query, "lumière de rue")).containsAll(terms(FRENCH, "lampadaire"));
        assertThat(terms(query, "lampadaire")).containsAll(terms(FRENCH, "lumière de rue"));
        assertThat(terms(query, "gros rebuts")).containsAll(terms(FRENCH, "encombrants"));
    }

    @Test
    void synonymsMatchWhateverStopWordsTheCallerUses() throws IOException {
        Analyzer query = KbAnalyzers.query(SearchLanguage.FR, Synonyms.bundled(SearchLanguage.FR).map());
        assertThat(terms(query, "un trou dans ma rue")).containsAll(terms(FRENCH, "nid de poule"));
    }

    @Test
    void synonymFilesAcceptOneWayRulesAndSkipEntriesMadeOfStopWords() throws IOException {
        Synonyms synonyms = Synonyms.parse(new StringReader("""
                # comment
                divan, sofa => meubles
                de la, le
                gros rebuts, encombrants
                """), SearchLanguage.FR);
        Analyzer query = KbAnalyzers.query(SearchLanguage.FR, synonyms.map());
        assertThat(terms(query, "divan")).containsAll(terms(FRENCH, "meubles")).containsAll(terms(FRENCH, "divan"));
        assertThat(terms(query, "meubles")).doesNotContainAnyElementsOf(terms(FRENCH, "divan"));
        assertThat(terms(query, "encombrants")).containsAll(terms(FRENCH, "gros rebuts"));
        assertThat(synonyms.words()).contains("divan", "meubles", "rebuts");
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body_fr", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static List<Integer> increments(Analyzer analyzer, String text) throws IOException {
        List<Integer> increments = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body_fr", text)) {
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                increments.add(increment.getPositionIncrement());
            }
            stream.end();
        }
        return increments;
    }
}
