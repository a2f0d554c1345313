package ca.relais.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles as a folder of Markdown files with front matter: round trip, and errors by file and line. */
class KbMarkdownTest {
    @TempDir
    Path dir;

    static List<KbArticleDto> demo() throws Exception {
        try (InputStream in = KbMarkdownTest.class.getResourceAsStream("/ca/relais/server/demo/kb-articles.json")) {
            return KbArticleDto.readList(in);
        }
    }

    @Test
    void theDemoKnowledgeBaseSurvivesAFolderRoundTrip() throws Exception {
        List<KbArticleDto> articles = demo();
        List<KbArticleDto> edited = new java.util.ArrayList<>(articles);
        edited.add(new KbArticleDto("kb-tricky", "en", "\"Quoted\": [not a list], # not a comment ", "Body\n\n"
                + "- item", List.of("a, b", "[c]", " d"), null, null, LocalDate.of(2026, 1, 2), null,
                List.of(), "Line one\nline two", null, List.of("X-1"), true));
        assertThat(KbMarkdown.writeFolder(dir, edited)).hasSize(articles.size() + 1);

        KbImport read = KbMarkdown.readFolder(dir);
        assertThat(read.errors()).isEmpty();
        Comparator<KbArticleDto> byId = Comparator.comparing(KbArticleDto::id);
        assertThat(read.dtos().stream().sorted(byId).toList()).isEqualTo(edited.stream().sorted(byId).toList());
    }

    @Test
    void aHandWrittenFileWithCommentsQuotesCrlfAndAByteOrderMarkIsRead() {
        String text = "\uFEFF---\r\n# written by hand\r\nid: kb-patin-fr\r\nlanguage: fr\r\n"
                + "title: \"Patinoires : heures d'ouverture\"\r\ntags: [loisirs, \"patin, glace\"]\r\n"
                + "reviewed_on: 2026-11-01\r\nreview_by: 2027-11-01\r\nretired: false\r\ntranslation_of:\r\n"
                + "---\r\n\r\nLes patinoires **ouvrent** à 10 h.\r\n\r\n## Script\r\n\r\nElles ouvrent à 10 h.\r\n";
        KbImport read = KbMarkdown.read("kb-patin-fr.md", text);
        assertThat(read.errors()).isEmpty();
        KbArticleDto a = read.dtos().get(0);
        assertThat(a.title()).isEqualTo("Patinoires : heures d'ouverture");
        assertThat(a.tags()).containsExactly("loisirs", "patin, glace");
        assertThat(a.body()).isEqualTo("Les patinoires **ouvrent** à 10 h.");
        assertThat(a.script()).isEqualTo("Elles ouvrent à 10 h.");
        assertThat(a.translationOf()).isNull();
        assertThat(a.reviewBy()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(read.articles().get(0).lineOf("title")).isEqualTo(5);
    }

    @Test
    void everyProblemIsReportedWithItsFileAndLineAndNothingIsReturned() throws Exception {
        write("a-good.md", "---\nid: kb-a\nlanguage: fr\ntitle: Bon\n---\nCorps.\n");
        write("b-date.md", "---\nid: kb-b\nlanguage: fr\ntitle: Date\nreview_by: 2026-02-30\n---\nCorps.\n");
        write("c-key.md", "---\nid: kb-c\nlanguage: fr\n# sans titre\nreviewby: 2026-01-01\nretired: oui\n---\nCorps.\n");
        write("d-title.md", "---\nid: kb-d\nlanguage: de\n\ntitle:\n---\n\n");
        write("e-dup.md", "---\nid: kb-a\nlanguage: fr\ntitle: Double\n---\nCorps.\n");
        write("f-nofront.md", "# Juste du Markdown\n");
        write("g-open.md", "---\nid: kb-g\n");
        write("h-list.md", "---\nid: kb-h\nlanguage: en\ntitle: T\ntags: a, b\nkeywords: [a,,b]\ntags: []\n---\nB\n");
        write("i-order.md", "---\nid: kb-i\nlanguage: en\ntitle: T\nreviewed_on: 2026-05-01\nreview_by: 2026-04-01\n"
                + "---\nB\n");
        Files.write(dir.resolve("j-latin1.md"), "---\nid: kb-j\ntitle: Été\n---\nx".getBytes(StandardCharsets.ISO_8859_1));
        write("notes.txt", "ignored");

        KbImport read = KbMarkdown.readFolder(dir);
        assertThat(read.ok()).isFalse();
        assertThat(read.articles()).as("nothing is half-read").isEmpty();
        assertThat(read.errors()).extracting(KbImportError::file, KbImportError::line, KbImportError::field,
                KbImportError::code).containsExactlyInAnyOrder(
                tuple("b-date.md", 5, "review_by", "bad_date"),
                tuple("c-key.md", 5, "reviewby", "unknown_key"),
                tuple("c-key.md", 6, "retired", "bad_boolean"),
                tuple("c-key.md", 1, "title", "required"),
                tuple("d-title.md", 3, "language", "unknown_value"),
                tuple("d-title.md", 5, "title", "required"),
                tuple("d-title.md", 7, "body", "required"),
                tuple("e-dup.md", 2, "id", "duplicate"),
                tuple("f-nofront.md", 1, null, "front_matter"),
                tuple("g-open.md", 3, null, "front_matter"),
                tuple("h-list.md", 5, "tags", "bad_list"),
                tuple("h-list.md", 6, "keywords", "bad_list"),
                tuple("h-list.md", 7, "tags", "duplicate_key"),
                tuple("i-order.md", 6, "review_by", "invalid"),
                tuple("j-latin1.md", 0, null, "unreadable"));
        assertThat(read.errors()).filteredOn(e -> e.code().equals("duplicate")).first()
                .extracting(KbImportError::detail).isEqualTo("kb-a (a-good.md:2)");
        assertThat(read.errors()).filteredOn(e -> e.code().equals("bad_date")).first()
                .extracting(KbImportError::detail).isEqualTo("2026-02-30");
    }

    @Test
    void anEmptyOrMissingFolderIsOneClearError() {
        assertThat(KbMarkdown.readFolder(dir).errors()).extracting(KbImportError::code).containsExactly("empty");
        assertThat(KbMarkdown.readFolder(dir.resolve("nope")).errors()).extracting(KbImportError::code)
                .containsExactly("unreadable");
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
    }
}
