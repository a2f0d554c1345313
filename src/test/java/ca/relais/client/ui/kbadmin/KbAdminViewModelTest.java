package ca.relais.client.ui.kbadmin;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.KbArticleDto;
import ca.relais.api.KbGapDto;
import ca.relais.api.KbImportError;
import ca.relais.api.KbMarkdown;
import ca.relais.client.sync.KnowledgeAdminClient;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The management screen's logic, without a toolkit, against a real server over HTTP. */
class KbAdminViewModelTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String supervisor;
    static String agent;

    @TempDir
    Path files;
    KbAdminViewModel vm;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        supervisor = http.login("supervisor", "relais-demo");
        agent = http.login("agent8000", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        vm = viewModel(server.baseUrl());
        vm.refresh();
    }

    private static KbAdminViewModel viewModel(String url) {
        return new KbAdminViewModel(new KnowledgeAdminClient(new RelaisApi(URI.create(url)), () -> supervisor),
                UiExecutors.direct(), Clock.systemUTC());
    }

    private static JsonNode stored(String id) {
        return http.get("/api/v1/kb/articles/" + id, agent).json();
    }

    @Test
    void loadsArticlesAndTheThreeListsAndFilters() {
        http.post("/api/v1/kb/feedback", agent, "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"OUT_OF_DATE\"}");
        http.post("/api/v1/kb/gaps", agent, "{\"query\":\"piscine à vagues\",\"language\":\"fr\",\"reason\":\"NO_RESULT\"}");
        vm.refresh();
        assertThat(vm.visibleArticles()).hasSizeGreaterThanOrEqualTo(107);
        assertThat(vm.overdue()).as("the demo has articles past review").isNotEmpty();
        assertThat(vm.feedback()).extracting(f -> f.id()).contains("kb-collecte-manquee-fr");
        assertThat(vm.gaps()).extracting(KbGapDto::query).contains("piscine à vagues");
        vm.filterProperty().set("BAC BRUN");
        assertThat(vm.visibleArticles()).isNotEmpty().allMatch(a -> (a.title() + a.id()).toLowerCase().contains("brun")
                || a.tags().toString().contains("brun"));
        vm.filterProperty().set("");
        assertThat(vm.visibleArticles()).hasSizeGreaterThanOrEqualTo(107);
    }

    @Test
    void editingAnArticleShowsThePreviewAndSavesItToTheServer() {
        assertThat(vm.open("kb-collecte-bac-brun-fr")).isTrue();
        ArticleEditor editor = vm.editor();
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.isNewProperty().get()).isFalse();
        editor.titleProperty().set("Bac brun : collecte et contenu (révisé)");
        editor.bodyProperty().set("## Horaire\n\nChaque **semaine**.");
        editor.reviewByProperty().set(LocalDate.of(2028, 1, 31));
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(vm.canLeaveEditor()).isFalse();
        assertThat(editor.previewProperty().get()).extracting(MarkdownBlocks.Block::text)
                .containsExactly("Horaire", "Chaque semaine.");

        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.saved");
        assertThat(editor.dirtyProperty().get()).isFalse();
        JsonNode saved = stored("kb-collecte-bac-brun-fr");
        assertThat(saved.get("title").asText()).isEqualTo("Bac brun : collecte et contenu (révisé)");
        assertThat(saved.get("body").asText()).isEqualTo("## Horaire\n\nChaque **semaine**.");
        assertThat(saved.get("review_by").asText()).isEqualTo("2028-01-31");
        assertThat(saved.get("tags").size()).as("untouched fields are kept").isEqualTo(2);
        assertThat(saved.get("script").asText()).startsWith("Votre bac brun");
    }

    @Test
    void aNewArticleIsCheckedBeforeItIsSentAndGetsAnIdFromItsTitle() {
        vm.newArticle();
        vm.editor().bodyProperty().set("Texte");
        vm.editor().reviewedOnProperty().set(LocalDate.of(2026, 5, 1));
        vm.editor().reviewByProperty().set(LocalDate.of(2026, 4, 1));
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.invalid");
        assertThat(vm.editor().problems()).extracting(KbImportError::field).contains("id", "title", "review_by");
        assertThat(ImportMessages.describe(new I18n(I18n.FRENCH), vm.editor().problems().stream()
                .filter(p -> p.field().equals("review_by")).findFirst().orElseThrow()))
                .isEqualTo("« À réviser d'ici le » ne peut pas précéder « Révisé le »");
        assertThat(vm.editor().bodyProperty().get()).as("nothing typed is lost").isEqualTo("Texte");

        vm.editor().titleProperty().set("Piscines : heures d'ouverture en été");
        vm.editor().reviewByProperty().set(LocalDate.of(2027, 5, 1));
        vm.editor().tagsProperty().set("loisirs, piscines ,");
        vm.save();
        assertThat(vm.editor().problems()).isEmpty();
        JsonNode saved = stored("kb-piscines-heures-d-ouverture-en-ete-fr");
        assertThat(saved.get("title").asText()).isEqualTo("Piscines : heures d'ouverture en été");
        assertThat(saved.get("tags").toString()).isEqualTo("[\"loisirs\",\"piscines\"]");
        assertThat(vm.editor().isNewProperty().get()).isFalse();
        assertThat(vm.visibleArticles()).extracting(KbArticleDto::id).contains("kb-piscines-heures-d-ouverture-en-ete-fr");

        vm.newArticle();
        vm.editor().idProperty().set("kb-collecte-bac-brun-fr");
        vm.editor().titleProperty().set("Doublon");
        vm.editor().bodyProperty().set("Texte");
        vm.save();
        assertThat(vm.editor().problems()).extracting(KbImportError::code).containsExactly("duplicate");
    }

    @Test
    void retiringKeepsTheArticleInTheExportButOutOfTheOverdueList() {
        String id = vm.overdue().get(0).id();
        vm.open(id);
        vm.retire();
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.retired");
        assertThat(stored(id).get("retired").asBoolean()).isTrue();
        assertThat(vm.overdue()).extracting(o -> o.id()).doesNotContain(id);
        assertThat(vm.visibleArticles()).extracting(KbArticleDto::id).contains(id);
    }

    @Test
    void resolvingFeedbackAndCreatingAnArticleFromAGap() {
        http.post("/api/v1/kb/feedback", agent, "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"MISSING_INFO\","
                + "\"comment\":\"Et les sacs en papier?\"}");
        http.post("/api/v1/kb/gaps", agent, "{\"query\":\"stationnement de nuit en hiver\",\"language\":\"fr\","
                + "\"reason\":\"NOT_OPENED\",\"result_count\":4}");
        vm.refresh();
        var row = vm.feedback().stream().filter(f -> f.id().equals("kb-collecte-bac-brun-fr")).findFirst()
                .orElseThrow();
        vm.resolve(row);
        assertThat(vm.feedback()).doesNotContain(row);
        assertThat(http.get("/api/v1/kb/manage/feedback", supervisor).json().get("articles").findValuesAsText("id"))
                .doesNotContain("kb-collecte-bac-brun-fr");

        KbGapDto gap = vm.gaps().stream().filter(g -> g.query().equals("stationnement de nuit en hiver")).findFirst()
                .orElseThrow();
        vm.newArticleFor(gap);
        assertThat(vm.editor().titleProperty().get()).isEqualTo("stationnement de nuit en hiver");
        assertThat(vm.editor().languageProperty().get()).isEqualTo("fr");
        assertThat(vm.editor().isNewProperty().get()).isTrue();
        assertThat(vm.canLeaveEditor()).as("a started article is not dropped silently").isFalse();
    }

    @Test
    void aBadImportIsReportedLineByLineAndNothingIsApplied() throws Exception {
        Path folder = Files.createDirectories(files.resolve("md"));
        Files.writeString(folder.resolve("kb-ok-fr.md"), "---\nid: kb-import-ok-fr\nlanguage: fr\ntitle: Bon\n---\nCorps\n");
        Files.writeString(folder.resolve("kb-bad-fr.md"), "---\nid: kb-import-bad-fr\nlanguage: fr\ntitle: Mauvais\n"
                + "review_by: 31/12/2026\n---\nCorps\n");
        vm.importFolder(folder);
        assertThat(vm.importErrors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("kb-bad-fr.md");
            assertThat(e.line()).isEqualTo(5);
        });
        assertThat(ImportMessages.describe(new I18n(I18n.ENGLISH), vm.importErrors().get(0)))
                .isEqualTo("kb-bad-fr.md, line 5: Review by: invalid date \"31/12/2026\" (form YYYY-MM-DD)");
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.importRefused");
        assertThat(http.get("/api/v1/kb/articles/kb-import-ok-fr", agent).status()).as("nothing applied")
                .isEqualTo(404);

        Files.writeString(folder.resolve("kb-bad-fr.md"), "---\nid: kb-import-bad-fr\nlanguage: fr\ntitle: Corrigé\n"
                + "review_by: 2026-12-31\n---\nCorps\n");
        vm.importFolder(folder);
        assertThat(vm.importErrors()).isEmpty();
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.imported");
        assertThat(stored("kb-import-bad-fr").get("title").asText()).isEqualTo("Corrigé");
        assertThat(vm.visibleArticles()).extracting(KbArticleDto::id).contains("kb-import-ok-fr");

        Path json = files.resolve("bad.json");
        Files.writeString(json, "[\n {\"id\":\"kb-j\",\"language\":\"fr\",\"title\":\"T\",\"body\":\"B\",\n"
                + "  \"audience\":\"TOUS\"}\n]");
        vm.importJson(json);
        assertThat(vm.importErrors()).extracting(KbImportError::line, KbImportError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "unknown_value"));
    }

    @Test
    void exportsWriteJsonAndMarkdownThatImportBack() throws Exception {
        Path json = files.resolve("export.json");
        vm.exportJson(json);
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.exported");
        List<KbArticleDto> exported = KbArticleDto.readList(Files.newInputStream(json));
        assertThat(exported).hasSizeGreaterThanOrEqualTo(107);
        vm.importJson(json);
        assertThat(vm.messageProperty().get().key()).isEqualTo("kbadmin.imported");

        Path folder = files.resolve("markdown");
        vm.exportFolder(folder);
        try (var listing = Files.list(folder)) {
            assertThat(listing.count()).isEqualTo(exported.size());
        }
        assertThat(KbMarkdown.readFolder(folder).dtos()).hasSize(exported.size());
    }

    @Test
    void whenTheServerIsUnreachableTheEditorKeepsEverythingTyped() {
        KbAdminViewModel offline = viewModel("http://127.0.0.1:1");
        offline.refresh();
        assertThat(offline.messageProperty().get().key()).isEqualTo("kbadmin.offline");
        offline.newArticle();
        offline.editor().titleProperty().set("Collecte des sapins de Noël");
        offline.editor().bodyProperty().set("Les sapins sont ramassés en janvier.");
        offline.save();
        assertThat(offline.messageProperty().get().key()).isEqualTo("kbadmin.offline");
        assertThat(offline.editor().titleProperty().get()).isEqualTo("Collecte des sapins de Noël");
        assertThat(offline.editor().bodyProperty().get()).isEqualTo("Les sapins sont ramassés en janvier.");
        assertThat(offline.editor().dirtyProperty().get()).isTrue();
        assertThat(offline.busyProperty().get()).isFalse();
    }

    @Test
    void everyProblemCodeIsWordedInBothLanguages() {
        for (java.util.Locale locale : List.of(I18n.FRENCH, I18n.ENGLISH)) {
            I18n i18n = new I18n(locale);
            for (String code : ImportMessages.CODES) {
                String text = ImportMessages.describe(i18n, new KbImportError("f.md", 3, "title", code, "x"));
                assertThat(text).as(code).doesNotContain("!kbadmin").startsWith("f.md, ");
            }
            for (String field : ca.relais.api.KbJsonImport.KEYS) {
                assertThat(i18n.get("kbadmin.field." + field)).as(field).doesNotStartWith("!");
            }
        }
    }
}
