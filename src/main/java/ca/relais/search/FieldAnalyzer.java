package ca.relais.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/** Picks the chain of a field's language from its suffix: the index chain, or only folding for the spelling field. */
final class FieldAnalyzer extends DelegatingAnalyzerWrapper {
    private final Map<SearchLanguage, Analyzer> chains = Map.of(
            SearchLanguage.FR, KbAnalyzers.index(SearchLanguage.FR),
            SearchLanguage.EN, KbAnalyzers.index(SearchLanguage.EN));
    private final Map<SearchLanguage, Analyzer> words = Map.of(
            SearchLanguage.FR, KbAnalyzers.words(SearchLanguage.FR),
            SearchLanguage.EN, KbAnalyzers.words(SearchLanguage.EN));

    FieldAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String field) {
        SearchLanguage language = KbFields.languageOf(field);
        return field.startsWith(KbFields.SPELLING) ? words.get(language) : chains.get(language);
    }
}
