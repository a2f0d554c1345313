package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.Snapshots;
import ca.relais.support.TestServers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A supervisor manages the knowledge base in the real workstation, against a real server over HTTP. */
class KbAdminFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;

    private final WorkstationDriver driver = new WorkstationDriver();
    private final FxRobot robot = driver.robot();

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(dir.resolve("server"));
        http = new Http(server.baseUrl());
        String agent = http.login("agent8000", "relais-demo");
        http.post("/api/v1/kb/feedback", agent, "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"OUT_OF_DATE\","
                + "\"comment\":\"Les camions passent maintenant jusqu'à 19 h.\"}");
        http.post("/api/v1/kb/feedback", agent, "{\"article_id\":\"kb-collecte-manquee-fr\",\"rating\":\"MISSING_INFO\"}");
        http.post("/api/v1/kb/feedback", agent, "{\"article_id\":\"kb-collecte-bac-brun-fr\",\"rating\":\"MISSING_INFO\","
                + "\"comment\":\"Rien sur les sacs en papier.\"}");
        for (String q : new String[] {"piscine à vagues", "Piscine a vagues", "borne de recharge électrique",
            "permis de poules urbaines"}) {
            http.post("/api/v1/kb/gaps", agent, "{\"query\":\"" + q + "\",\"language\":\"fr\",\"result_count\":0,"
                    + "\"reason\":\"NO_RESULT\"}");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void launch() throws TimeoutException {
        driver.launch(server.baseUrl(), dir.resolve("client"));
    }

    @AfterEach
    void close() throws TimeoutException {
        driver.close();
    }

    /** Supervisors land on their dashboard, agents on the call screen. */
    private void signIn(String user) {
        driver.signIn(user, "supervisor".equals(user) ? "dashboard" : "caller-search");
    }

    @Test
    void aSupervisorEditsAnArticleAndTheServerHasIt() throws Exception {
        signIn("supervisor");
        robot.clickOn("#kb-admin-open");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#kb-admin-articles")
                .queryAs(ListView.class).getItems().size() >= 107);
        robot.clickOn("#kb-admin-filter").write("bac brun");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#kb-admin-articles .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin-title").queryAs(TextField.class).getText()).startsWith("Bac brun");
        String id = robot.lookup("#kb-admin-id").queryAs(TextField.class).getText();

        robot.doubleClickOn("#kb-admin-title");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Bac brun : jours de collecte, contenu et sacs acceptés");
        robot.clickOn("#kb-admin-body");
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        robot.write("## À savoir\n\nLes sacs en *papier* sont acceptés.\n\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin-state").queryAs(Label.class).getText()).isEqualTo("Non enregistré");
        Snapshots.save(driver.scene(), "kb-admin-editor-fr");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.get("/api/v1/kb/articles/" + id,
                http.login("agent8000", "relais-demo")).json().get("title").asText()
                .equals("Bac brun : jours de collecte, contenu et sacs acceptés"));
        var saved = http.get("/api/v1/kb/articles/" + id, http.login("agent8000", "relais-demo")).json();
        assertThat(saved.get("body").asText()).startsWith("## À savoir\n\nLes sacs en *papier* sont acceptés.\n\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kb-admin-message").queryAs(Label.class)
                .getText().startsWith("Article « Bac brun : jours de collecte"));

        robot.clickOn("#kbadmin-tab-overdue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin-overdue").queryAs(TableView.class).getItems()).isNotEmpty();
        Snapshots.save(driver.scene(), "kb-admin-overdue-fr");

        robot.clickOn("#kbadmin-tab-feedback");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> feedback = robot.lookup("#kb-admin-feedback").queryAs(TableView.class);
        assertThat(feedback.getItems()).hasSize(2);
        Snapshots.save(driver.scene(), "kb-admin-feedback-fr");
        robot.interact(() -> feedback.getSelectionModel().select(0));
        robot.clickOn("#kb-admin-resolve");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feedback.getItems().size() == 1);
        assertThat(http.get("/api/v1/kb/manage/feedback", http.login("supervisor", "relais-demo")).json()
                .get("articles")).hasSize(1);

        robot.clickOn("#kbadmin-tab-gaps");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> gaps = robot.lookup("#kb-admin-gaps").queryAs(TableView.class);
        assertThat(gaps.getItems()).hasSize(3);
        Snapshots.save(driver.scene(), "kb-admin-gaps-fr");
        robot.interact(() -> gaps.getSelectionModel().select(0));
        robot.clickOn("#kb-admin-gap-create");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin-title").queryAs(TextField.class).getText()).isEqualTo("Piscine a vagues");
        robot.clickOn("#kb-admin-body").write("La piscine à vagues du parc Jacques-Cartier ouvre le 24 juin.");
        robot.clickOn("#kb-admin-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.get("/api/v1/kb/articles/kb-piscine-a-vagues-fr",
                http.login("agent8000", "relais-demo")).status() == 200);

        java.nio.file.Path folder = dir.resolve("import");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("kb-patinoires-fr.md"), "---\nid: kb-patinoires-fr\n"
                + "language: fr\ntitle: Patinoires extérieures\nreview_by: 2027-02-30\n---\nOuvertes de 10 h à 22 h.\n");
        java.nio.file.Files.writeString(folder.resolve("kb-sans-titre-fr.md"), "---\nid: kb-sans-titre-fr\n"
                + "language: fr\nauteur: Julie\n---\nTexte.\n");
        var admin = robot.lookup("#kb-admin").queryAs(ca.relais.client.ui.kbadmin.KbAdminView.class);
        robot.interact(() -> admin.viewModel().importFolder(folder));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kb-admin-import-errors")
                .queryAs(ListView.class).getItems().size() == 3);
        assertThat(robot.lookup("#kb-admin-import-errors").queryAs(ListView.class).getItems()).containsExactly(
                "kb-patinoires-fr.md, ligne 5 : À réviser d'ici le : date invalide « 2027-02-30 » (forme AAAA-MM-JJ)",
                "kb-sans-titre-fr.md, ligne 4 : clé inconnue « auteur »",
                "kb-sans-titre-fr.md, ligne 1 : Titre : obligatoire (titre : 300 caractères au plus; texte : 50 000)");
        assertThat(http.get("/api/v1/kb/articles/kb-patinoires-fr", http.login("agent8000", "relais-demo")).status())
                .as("nothing applied").isEqualTo(404);
        Snapshots.save(driver.scene(), "kb-admin-import-errors-fr");

        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin-save").queryAs(javafx.scene.control.Button.class).getText())
                .isEqualTo("Save (Ctrl+S)");
        Snapshots.save(driver.scene(), "kb-admin-editor-en");
        assertThat(robot.lookup("#kb-admin").queryAs(javafx.scene.layout.Region.class).getWidth())
                .as("the workspace fits the window, in English with the import errors shown")
                .isLessThanOrEqualTo(driver.scene().getWidth());

        robot.clickOn("#kb-admin-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#caller-search").queryAs(TextField.class).isVisible()).isTrue();
    }

    @Test
    void anAgentHasNoManagementScreen() throws TimeoutException {
        signIn("agent8000");
        assertThat(robot.lookup("#kb-admin-open").tryQuery()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.K).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-admin").tryQuery()).isEmpty();
        assertThat(robot.lookup("#caller-search").queryAs(Node.class)
                .isVisible()).isTrue();
    }
}
