package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.support.Snapshots;
import ca.relais.support.TestServers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The workstation, headless, against a real server over HTTP: sign in, see the catalogue, switch language. */
class WorkstationFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;

    private final WorkstationDriver ui = new WorkstationDriver();
    private final FxRobot robot = ui.robot();
    private Stage stage;

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(dir.resolve("server"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void launch() throws TimeoutException {
        stage = ui.launch(server.baseUrl(), dir.resolve("client")).stage();
    }

    @AfterEach
    void close() throws TimeoutException {
        ui.close();
    }

    @Test
    void agentSignsInAndCapturesARequestForANewCallerWithTheKeyboard() throws TimeoutException {
        assertThat(stage.getTitle()).isEqualTo("Relais — Poste de travail 311");
        assertThat(robot.lookup("#username").queryAs(TextField.class).isFocused())
                .as("the caret starts in the username field").isTrue();
        robot.interact(() -> assertThat(ca.relais.support.AccessibleNames.missing(stage.getScene().getRoot()))
                .isEmpty());
        Snapshots.save(stage.getScene(), "login-fr");

        robot.write("agent8000").type(KeyCode.TAB).write("relais-demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caller-search").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#signed-in-user").queryAs(Label.class).getText()).contains("Agent 8000");
        assertThat(robot.lookup("#signed-in-line").queryAs(Label.class).getText()).isEqualTo("Ligne 819 823-8000");
        assertThat(robot.lookup("#caller-search").queryAs(TextField.class).isFocused()).isTrue();

        robot.write("819 555 4321").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-caller-form").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#new-caller-phone").queryAs(TextField.class).getText()).isEqualTo("819 555 4321");
        robot.interact(() -> assertThat(ca.relais.support.AccessibleNames.missing(stage.getScene().getRoot()))
                .as("the new-caller form is named for screen readers").isEmpty());
        Snapshots.save(stage.getScene(), "new-caller-fr");
        robot.write("Côté");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#caller-name").queryAs(Label.class).getText()).isEqualTo("Côté");

        assertThat(robot.lookup("#type-search").queryAs(TextField.class).isFocused())
                .as("once the caller is saved, the call moves on to the request").isTrue();
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        robot.write("nid poule").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#type-chosen").queryAs(Label.class).getText()).startsWith("Nid-de-poule");
        ui.ctrl(KeyCode.DIGIT3);
        assertThat(robot.lookup("#nature-INFORMATION").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        ui.ctrl(KeyCode.D);
        robot.write("Demande le délai de réparation d'un nid-de-poule");
        Snapshots.save(stage.getScene(), "call-fr");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#readback").queryAs(Node.class)
                .isVisible());
        String readBack = robot.lookup("#readback").queryAs(Label.class).getText();
        assertThat(readBack).as("the reference at once, or already the server's number").matches(
                "Votre numéro de référence est [0-9A-F]{4}-[0-9A-F]{4}\\.|Votre numéro de requête est 2026-\\d{6} "
                        + "\\(référence [0-9A-F]{4}-[0-9A-F]{4}\\)\\.");
        ui.waitUntil(20, () -> ui.text("readback").startsWith("Votre numéro de requête est "));
        Snapshots.save(stage.getScene(), "call-readback-fr");

        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("supervisor", "relais-demo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.get("/api/v1/requests?type=VOI-NIDPOULE", token)
                .json().get("items").findValuesAsText("description")
                .contains("Demande le délai de réparation d'un nid-de-poule"));
        String number = ui.text("readback").replaceAll(".* est (2026-\\d{6}) .*", "$1");
        assertThat(http.get("/api/v1/requests?type=VOI-NIDPOULE&limit=500", token).json().get("items")
                .findValuesAsText("number")).as("the number read out is the server's").contains(number);

        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).isEqualTo("Relais — 311 Workstation");
        assertThat(robot.lookup("#sign-out").queryAs(Button.class).getText()).isEqualTo("Sign out");
        assertThat(robot.lookup("#submit").queryAs(Button.class).getText()).isEqualTo("Save (Ctrl+Enter)");
        Snapshots.save(stage.getScene(), "call-en");
    }

    @Test
    void aScreenPopFromTheTelephonySystemOpensTheNewCallerFormForAnUnknownNumber() throws Exception {
        robot.write("agent5858").type(KeyCode.TAB).write("relais-demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caller-search").tryQuery().isPresent());
        ca.relais.client.telephony.ScreenPopClient.send(dir.resolve("client"),
                new ca.relais.client.telephony.ScreenPop("8195550042", "5858"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-caller-form").queryAs(Node.class)
                .isVisible());
        assertThat(robot.lookup("#caller-search").queryAs(TextField.class).getText()).isEqualTo("819 555-0042");
        assertThat(robot.lookup("#new-caller-phone").queryAs(TextField.class).getText()).isEqualTo("819 555-0042");
        Snapshots.save(stage.getScene(), "screen-pop-fr");

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-overlay").queryAs(Node.class).isVisible()).isTrue();
        Snapshots.save(stage.getScene(), "shortcuts-fr");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts-overlay").queryAs(Node.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.H).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getStyleClass()).contains("font-scale-115", "high-contrast");
        Snapshots.save(stage.getScene(), "high-contrast-fr");
    }

    @Test
    void anInformationCallIsAnsweredFromTheKnowledgeBaseInTwoKeystrokes() throws Exception {
        robot.write("agent8000").type(KeyCode.TAB).write("relais-demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caller-search").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        robot.write("bac brun pas ramasse");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#kb-results")
                .queryAs(javafx.scene.control.ListView.class).getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#kb-title").queryAs(Label.class)
                .getText().isEmpty());
        assertThat(robot.lookup("#kb-script").queryAs(Label.class).getText()).isNotBlank();
        robot.interact(() -> assertThat(ca.relais.support.AccessibleNames.missing(stage.getScene().getRoot()))
                .as("the article's buttons are named for screen readers").isEmpty());
        Snapshots.save(stage.getScene(), "knowledge-fr");
        robot.press(KeyCode.CONTROL).type(KeyCode.U).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#readback").queryAs(Node.class)
                .isVisible());

        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("supervisor", "relais-demo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.get("/api/v1/requests?status=CLOSED&limit=500",
                token).json().get("items").findValuesAsText("kb_article_id").stream()
                .anyMatch(id -> id.startsWith("kb-collecte")));
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndTheFormStaysUsable() throws TimeoutException {
        robot.clickOn("#username").write("agent8000");
        robot.clickOn("#password").write("mauvais-mot-de-passe").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#login-error").queryAs(Node.class).isVisible());

        Label error = robot.lookup("#login-error").queryAs(Label.class);
        assertThat(error.getText()).isEqualTo("Nom d'utilisateur ou mot de passe incorrect.");
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEqualTo("agent8000");
        assertThat(robot.lookup("#sign-in").queryAs(Button.class).isDisabled()).isFalse();
        Snapshots.save(stage.getScene(), "login-error-fr");

        robot.clickOn("#lang-en");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).isEqualTo("Wrong username or password.");
        assertThat(robot.lookup("#sign-in").queryAs(Button.class).getText()).isEqualTo("Sign in");
        Snapshots.save(stage.getScene(), "login-en");
    }
}
