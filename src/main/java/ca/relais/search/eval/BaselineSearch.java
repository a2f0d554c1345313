package ca.relais.search.eval;

import ca.relais.api.KbArticleDto;
import ca.relais.search.PlainText;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The naive baseline: BM25 over title and body analyzed by the standard tokenizer, lowercase and ASCII folding only
 * (no stop words, no stemming, no synonyms, no fuzziness, no boosts), an OR of every query word, restricted to the
 * query's language like the engine.
 */
public final class BaselineSearch implements Retriever, Closeable {
    private static final int MAX_WORDS = 200;

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public BaselineSearch(Collection<KbArticleDto> articles) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (KbArticleDto article : articles) {
                if (article.retired()) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField("id", article.id(), Field.Store.YES));
                doc.add(new StringField("language", article.language().toLowerCase(Locale.ROOT), Field.Store.NO));
                doc.add(new TextField("title", article.title(), Field.Store.NO));
                doc.add(new TextField("body", PlainText.of(article.body()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> search(String query, String lang, int limit) {
        try {
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String word : words(query)) {
                words.add(new TermQuery(new Term("title", word)), Occur.SHOULD);
                words.add(new TermQuery(new Term("body", word)), Occur.SHOULD);
            }
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(words.build(), Occur.MUST)
                    .add(new TermQuery(new Term("language", lang)), Occur.FILTER)
                    .build();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q, limit).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> words(String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (words.size() < MAX_WORDS && stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
