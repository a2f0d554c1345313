package ca.relais.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A JSON import file checked before it is sent, every problem reported by line. */
class KbJsonImportTest {
    @Test
    void theDemoFileIsValidAndEachArticleKnowsItsLine() throws Exception {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/ca/relais/server/demo/kb-articles.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        KbImport read = KbJsonImport.read("kb-articles.json", text);
        assertThat(read.errors()).isEmpty();
        assertThat(read.dtos()).isEqualTo(KbMarkdownTest.demo());
        assertThat(read.articles().get(0).line()).isEqualTo(2);
        assertThat(read.articles().get(0).lineOf("title")).isEqualTo(5);
    }

    @Test
    void badArticlesAreReportedAtTheLineOfTheFieldConcerned() {
        String text = """
                [
                  {"id": "kb-1", "language": "fr", "title": "Un", "body": "Corps"},
                  {"id": "kb-2", "language": "fr",
                   "title": "",
                   "body": "Corps", "review_by": "2026-13-01"},
                  {"id": "kb-3", "language": "fr", "title": "Trois", "body": "Corps",
                   "reviewBy": "2026-01-01"},
                  {"id": "kb-1", "language": "en", "title": "Dup", "body": "Corps",
                   "tags": "pas une liste"},
                  {"id": "kb-5", "language": "xx", "title": "Cinq", "body": "Corps"},
                  42
                ]""";
        KbImport read = KbJsonImport.read("import.json", text);
        assertThat(read.articles()).isEmpty();
        assertThat(read.errors()).extracting(KbImportError::line, KbImportError::field, KbImportError::code)
                .containsExactlyInAnyOrder(
                        tuple(5, "review_by", "bad_date"),
                        tuple(7, "reviewBy", "unknown_key"),
                        tuple(9, "tags", "type"),
                        tuple(10, "language", "unknown_value"),
                        tuple(11, null, "not_article"));
    }

    @Test
    void rulesAreCheckedOnceTheFileParses() {
        KbImport read = KbJsonImport.read("f.json", """
                [{"id": "kb-1", "language": "fr", "title": "Un", "body": "Corps"},
                 {"id": "kb-2", "language": "fr",
                  "title": "  ", "body": "Corps"},
                 {"id": "kb-1", "language": "fr", "title": "Deux", "body": "Corps"}]""");
        assertThat(read.errors()).extracting(KbImportError::line, KbImportError::field, KbImportError::code)
                .containsExactly(tuple(3, "title", "required"), tuple(4, "id", "duplicate"));
    }

    @Test
    void aSyntaxErrorIsReportedWhereTheParserStopped() {
        KbImport read = KbJsonImport.read("broken.json", "[\n  {\"id\": \"kb-1\",\n   \"title\": \"x\"\n   \"body\": \"y\"}\n]");
        assertThat(read.errors()).singleElement().satisfies(e -> {
            assertThat(e.code()).isEqualTo("syntax");
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.file()).isEqualTo("broken.json");
        });
        assertThat(KbJsonImport.read("o.json", "{\"id\":1}").errors()).extracting(KbImportError::code)
                .containsExactly("not_array");
        assertThat(KbJsonImport.read("e.json", "  ").errors()).extracting(KbImportError::code)
                .containsExactly("empty");
        assertThat(KbJsonImport.read("t.json", "[] x").errors()).extracting(KbImportError::code)
                .containsExactly("syntax");
    }
}
