package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.sync.KnowledgeClient;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.Snapshots;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.StreamSupport;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The knowledge panel in the real workstation against a real server: suggestions, article sheet, feedback, gaps. */
class KnowledgePanelFxTest {
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
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void launch() throws TimeoutException {
        driver.launch(server.baseUrl(), dir.resolve("client"));
        driver.signIn("agent8000");
    }

    @AfterEach
    void close() throws TimeoutException {
        driver.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<KnowledgeClient.Result> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    private static JsonNode find(String path, String field, java.util.function.Predicate<JsonNode> which) {
        String supervisor = http.login("supervisor", "relais-demo");
        return StreamSupport.stream(http.get(path, supervisor).json().get(field).spliterator(), false)
                .filter(which).findFirst().orElse(null);
    }

    @Test
    void typingADescriptionSuggestsArticlesWithoutTakingTheCaretAndTheAgentRatesOne() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        robot.write("Le feu de circulation clignote en rouge au coin de King et Wellington");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> list("#kb-suggestions").getItems().stream()
                .anyMatch(r -> r.id().equals("kb-feux-circulation-fr")));
        WaitForAsyncUtils.waitForFxEvents();
        TextArea description = robot.lookup("#description").queryAs(TextArea.class);
        assertThat(description.isFocused()).as("suggestions never take the caret").isTrue();
        assertThat(robot.lookup("#kb-suggested").queryAs(Node.class).isVisible()).isTrue();
        robot.write(" depuis ce matin.");
        assertThat(description.getText()).endsWith("depuis ce matin.");

        int row = list("#kb-suggestions").getItems().stream().map(KnowledgeClient.Result::id).toList()
                .indexOf("kb-feux-circulation-fr");
        robot.interact(() -> list("#kb-suggestions").getSelectionModel().select(row));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kb-title").queryAs(Label.class)
                .getText().startsWith("Feux de circulation"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-overdue").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#kb-overdue").queryAs(Label.class).getText())
                .isEqualTo("Révision en retard (prévue le 12 mai 2026)");
        assertThat(robot.lookup("#kb-department").queryAs(Label.class).getText())
                .isEqualTo("Responsable : Service de l'entretien et des infrastructures");
        assertThat(robot.lookup("#kb-script").queryAs(Label.class).getText()).startsWith("Merci, je signale");
        assertThat(robot.lookup("#kb-rate-USEFUL").queryAs(Node.class).isVisible()).isTrue();
        Snapshots.save(driver.scene(), "kb-article");

        robot.clickOn("#kb-rate-MISSING_INFO");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-comment").queryAs(TextArea.class).isFocused()).isTrue();
        robot.write("Le numéro de la garde de nuit manque.");
        Snapshots.save(driver.scene(), "kb-feedback");
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kb-feedback-message")
                .queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#kb-feedback-message").queryAs(Label.class).getText()).startsWith("Merci!");
        assertThat(robot.lookup("#kb-search").queryAs(Node.class).isFocused()).as("the caret is not lost").isTrue();
        assertThat(robot.lookup("#kb-rate-USEFUL").queryAs(Node.class).isDisabled()).isTrue();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            JsonNode article = find("/api/v1/kb/manage/feedback?limit=500", "articles",
                    a -> a.get("id").asText().equals("kb-feux-circulation-fr"));
            return article != null && article.get("missing_info").asInt() == 1
                    && article.get("latest_comment").asText().equals("Le numéro de la garde de nuit manque.");
        });
    }

    @Test
    void aSearchThatFindsNothingIsReportedAsAGapWhenTheNextCallStarts() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("zorglub quantique");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kb-message").queryAs(Label.class)
                .getText().startsWith("Aucun article"));
        Thread.sleep(2_500);
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#kb-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            JsonNode gap = find("/api/v1/kb/manage/gaps?days=1&limit=200", "gaps",
                    g -> g.get("query").asText().equals("zorglub quantique"));
            return gap != null && gap.get("count").asInt() == 1 && gap.get("no_result").asInt() == 1;
        });
    }
}
