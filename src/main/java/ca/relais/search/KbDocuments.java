package ca.relais.search;

import ca.relais.api.KbArticleDto;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an article into its Lucene document. */
final class KbDocuments {
    private static final int MAX_DOC_VALUE = 32_766;
    private static final FieldType BODY = bodyType(false);
    private static final FieldType STORED_BODY = bodyType(true);
    private static final FieldType SPELLING = spellingType();

    private KbDocuments() {
    }

    static Document of(KbArticleDto article) {
        SearchLanguage language = SearchLanguage.of(article.language());
        Document doc = new Document();
        doc.add(new StringField(KbFields.ID, article.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(KbFields.ID, new BytesRef(article.id())));
        doc.add(new BinaryDocValuesField(KbFields.DISPLAY_TITLE, new BytesRef(nullToEmpty(article.title()))));
        doc.add(new StringField(KbFields.LANGUAGE, language.code(), Field.Store.NO));
        doc.add(new StringField(KbFields.DEPARTMENT, nullToEmpty(article.department()), Field.Store.NO));
        doc.add(new StringField(KbFields.AUDIENCE, nullToEmpty(article.audience()), Field.Store.NO));
        doc.add(new TextField(KbFields.title(language), nullToEmpty(article.title()), Field.Store.NO));
        List<String> keywords = Stream.concat(article.tags().stream(), article.keywords().stream())
                .filter(Objects::nonNull).toList();
        keywords.forEach(k -> doc.add(new TextField(KbFields.keywords(language), k, Field.Store.NO)));
        String body = PlainText.of(article.body());
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_DOC_VALUE) {
            doc.add(new BinaryDocValuesField(KbFields.SNIPPET_TEXT, new BytesRef(utf8)));
            doc.add(new Field(KbFields.body(language), body, BODY));
        } else {
            doc.add(new Field(KbFields.body(language), body, STORED_BODY));
        }
        String words = String.join(" ", nullToEmpty(article.title()), String.join(" ", keywords), body);
        doc.add(new Field(KbFields.spelling(language), words, SPELLING));
        return doc;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static FieldType spellingType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType bodyType(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
