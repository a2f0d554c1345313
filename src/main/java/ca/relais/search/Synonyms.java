package ca.relais.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Reads synonyms in Solr's format: {@code a, b, c} for a group of equivalents, {@code a, b => c} to add {@code c}
 * wherever {@code a} or {@code b} is typed, {@code #} for comments. Every entry is analyzed with the index chain, so
 * entries match stems. An entry that analyzes to nothing (only stop words) is skipped, not fatal. {@code words} are
 * the words the entries use (folded, not stemmed), for correcting a misspelt word before expansion.
 */
public record Synonyms(SynonymMap map, Set<String> words) {
    public Synonyms {
        words = Set.copyOf(words);
    }

    /** The bundled synonyms of a language. */
    public static Synonyms bundled(SearchLanguage language) {
        String name = "synonyms-" + language.code() + ".txt";
        try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                return parse(Reader.nullReader(), language);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Synonyms parse(Reader reader, SearchLanguage language) throws IOException {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        Set<String> words = new HashSet<>();
        try (Analyzer analyzer = KbAnalyzers.index(language);
             Analyzer surface = KbAnalyzers.words(language);
             BufferedReader lines = new BufferedReader(reader)) {
            String line;
            while ((line = lines.readLine()) != null) {
                addLine(builder, analyzer, line);
                words.addAll(stems(surface, line.strip().startsWith("#") ? "" : line));
            }
        }
        return new Synonyms(builder.build(), words);
    }

    private static void addLine(SynonymMap.Builder builder, Analyzer analyzer, String line) throws IOException {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        int arrow = text.indexOf("=>");
        List<CharsRef> inputs = entries(analyzer, arrow < 0 ? text : text.substring(0, arrow));
        List<CharsRef> outputs = arrow < 0 ? inputs : entries(analyzer, text.substring(arrow + 2));
        for (CharsRef input : inputs) {
            builder.add(input, input, false);
            for (CharsRef output : outputs) {
                if (!output.equals(input)) {
                    builder.add(input, output, false);
                }
            }
        }
    }

    private static List<CharsRef> entries(Analyzer analyzer, String commaSeparated) throws IOException {
        List<CharsRef> entries = new ArrayList<>();
        for (String entry : commaSeparated.split(",")) {
            List<String> words = stems(analyzer, entry);
            if (!words.isEmpty()) {
                CharsRef joined = SynonymMap.Builder.join(words.toArray(String[]::new), new CharsRefBuilder());
                if (!entries.contains(joined)) {
                    entries.add(joined);
                }
            }
        }
        return entries;
    }

    static List<String> stems(Analyzer analyzer, String text) throws IOException {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        }
        return stems;
    }
}
