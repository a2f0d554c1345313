package ca.relais.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * Builds the Lucene query for what an agent typed, from analyzed tokens only (no query syntax, so no input can fail
 * to parse): the words, misspellings corrected, are stemmed and expanded by the synonym graph (multi-word
 * alternatives become phrases, a group scores by its best alternative) over title ×3, tags and keywords ×2 and body;
 * stems of 5 characters or more that the index still does not know get fuzzy variants; the word still being typed
 * also matches as a prefix.
 */
final class KbQueryBuilder {
    static final int MAX_CHARS = 1_000;
    private static final int MIN_PREFIX = 3;
    private static final int FUZZY_EXPANSIONS = 16;
    private static final int MAX_FUZZY_TERMS = 6;
    private static final int PREFIX_EXPANSIONS = 32;
    private static final float TITLE = 3f;
    private static final float KEYWORDS = 2f;
    private static final float BODY = 1f;
    private static final float FUZZY = 0.6f;
    private static final float PREFIX = 0.5f;
    private static final float GROUP_TIE = 0.1f;

    private final Map<SearchLanguage, Synonyms> synonyms;
    private final Map<SearchLanguage, Analyzer> stemmers = new EnumMap<>(SearchLanguage.class);
    private final Map<SearchLanguage, Analyzer> words = new EnumMap<>(SearchLanguage.class);
    private final Map<SearchLanguage, QueryBuilder> expanders = new EnumMap<>(SearchLanguage.class);
    private final SpellCorrector speller;

    KbQueryBuilder(Map<SearchLanguage, Synonyms> synonyms) {
        this.synonyms = Map.copyOf(synonyms);
        for (SearchLanguage language : SearchLanguage.values()) {
            stemmers.put(language, KbAnalyzers.index(language));
            words.put(language, KbAnalyzers.words(language));
            QueryBuilder expander = new GroupQueryBuilder(KbAnalyzers.synonymsOverStems(synonyms.get(language).map()));
            expander.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
            expanders.put(language, expander);
        }
        speller = new SpellCorrector(stemmers);
    }

    /** The query without its filters, with the part on the body alone for highlighting. */
    record Plan(Query scoring, Query highlight) {
    }

    /**
     * The plan for {@code text} in {@code language}, or null when it holds no searchable word. When the text was
     * typed in another language ({@code typedIn}, for a fallback), that language's stop words are dropped too.
     */
    Plan build(String text, SearchLanguage language, SearchLanguage typedIn, IndexReader reader, int maxTerms)
            throws IOException {
        String input = clip(text);
        List<String> typed = tokens(words.get(language), input, 2 * maxTerms);
        if (typedIn != language) {
            typed = typed.stream().filter(word -> !StopWords.of(typedIn).contains(word)).toList();
        }
        List<String> corrected = speller.correct(typed, language, reader, synonyms.get(language).words());
        List<String> stems = tokens(stemmers.get(language), String.join(" ", corrected), maxTerms);
        String joined = String.join(" ", stems);
        Map<String, CompiledAutomaton> typos = typos(stems, language, reader);
        String prefix = prefix(input, language);
        BooleanQuery.Builder scoring = new BooleanQuery.Builder();
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        List<Query> prefixes = new ArrayList<>();
        int clauses = 0;
        for (Field field : fields(language)) {
            List<Query> parts = new ArrayList<>();
            Query expanded = stems.isEmpty() ? null
                    : expanders.get(language).createBooleanQuery(field.name(), joined, Occur.SHOULD);
            if (expanded != null) {
                parts.add(new BoostQuery(expanded, field.boost()));
            }
            for (Map.Entry<String, CompiledAutomaton> typo : typos.entrySet()) {
                Query fuzzy = new SharedFuzzyQuery(field.name(), typo.getKey(), typo.getValue(), FUZZY_EXPANSIONS);
                parts.add(new BoostQuery(fuzzy, field.boost() * FUZZY));
            }
            boolean body = field.name().equals(KbFields.body(language));
            for (Query part : parts) {
                scoring.add(part, Occur.SHOULD);
                clauses++;
                if (body) {
                    highlight.add(part, Occur.SHOULD);
                }
            }
            if (prefix != null) {
                PrefixQuery q = new PrefixQuery(new Term(field.name(), prefix));
                q.setRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(PREFIX_EXPANSIONS));
                prefixes.add(new BoostQuery(q, field.boost() * PREFIX));
                if (body) {
                    highlight.add(q, Occur.SHOULD);
                }
            }
        }
        if (!prefixes.isEmpty()) {
            scoring.add(new DisjunctionMaxQuery(prefixes, GROUP_TIE), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? null : new Plan(scoring.build(), highlight.build());
    }

    /** The stems the index does not know, each with its Levenshtein automaton, built once for all fields. */
    private static Map<String, CompiledAutomaton> typos(List<String> stems, SearchLanguage language,
                                                        IndexReader reader) throws IOException {
        Map<String, CompiledAutomaton> typos = new LinkedHashMap<>();
        for (String stem : new LinkedHashSet<>(stems)) {
            if (typos.size() < MAX_FUZZY_TERMS && Spelling.maxEdits(stem) > 0
                    && !SpellCorrector.known(reader, language, stem)) {
                typos.put(stem, FuzzyQuery.getFuzzyAutomaton(stem, Spelling.maxEdits(stem), 1, true));
            }
        }
        return typos;
    }

    private String prefix(String input, SearchLanguage language) throws IOException {
        String last = null;
        int end = -1;
        try (TokenStream stream = words.get(language).tokenStream("", input)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                last = term.toString();
                end = offset.endOffset();
            }
            stream.end();
        }
        if (last == null || end != input.length() || last.length() < MIN_PREFIX) {
            return null;
        }
        List<String> stem = tokens(stemmers.get(language), last, 1);
        return stem.isEmpty() || !last.startsWith(stem.get(0)) ? last : stem.get(0);
    }

    static List<String> tokens(Analyzer analyzer, String text, int max) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (tokens.size() < max && stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    static String clip(String text) {
        if (text == null) {
            return "";
        }
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS);
        return text.substring(0, cut > 0 ? cut : MAX_CHARS);
    }

    private static List<Field> fields(SearchLanguage language) {
        return List.of(new Field(KbFields.title(language), TITLE), new Field(KbFields.keywords(language), KEYWORDS),
                new Field(KbFields.body(language), BODY));
    }

    private record Field(String name, float boost) {
    }

    /** Scores a group of multi-word alternatives by its best match, so an article dense in synonyms wins no more. */
    private static final class GroupQueryBuilder extends QueryBuilder {
        GroupQueryBuilder(Analyzer analyzer) {
            super(analyzer);
        }

        @Override
        protected Query newGraphSynonymQuery(Iterator<Query> queries) {
            List<Query> alternatives = new ArrayList<>();
            queries.forEachRemaining(alternatives::add);
            return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, GROUP_TIE);
        }
    }
}
