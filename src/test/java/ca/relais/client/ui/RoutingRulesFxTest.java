package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.routing.RoutingRulesView;
import ca.relais.client.ui.routing.RoutingRulesViewModel;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.Snapshots;
import ca.relais.support.TestServers;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An administrator edits the routing rules in the real workstation, against a real server over HTTP. */
class RoutingRulesFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String admin;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private Application app;

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(dir.resolve("server"));
        http = new Http(server.baseUrl());
        admin = http.login("admin", "relais-demo");
        Http.Reply saved = http.send("PUT", "/api/v1/routing/rules", admin, """
                {"rules":[
                  {"id":"voirie-fleurimont","group":"VOIRIE","borough":"FLEURIMONT","department":"ARR-FLEURIMONT"},
                  {"id":"parcs-lennoxville","group":"PARCS_ARBRES","borough":"LENNOXVILLE",
                   "department":"ARR-LENNOXVILLE"},
                  {"id":"nids-plaintes","type_code":"VOI-NIDPOULE","nature":"COMPLAINT","department":"SCEC"}]}""",
                Map.of("If-Match", "\"0\""));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void launch() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        WorkstationConfig config = new WorkstationConfig(URI.create(server.baseUrl()), dir.resolve("client"),
                I18n.FRENCH);
        app = FxToolkit.setupApplication(() -> new WorkstationApp(config));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void anAdministratorAddsARuleAndSavesANewVersion() throws Exception {
        robot.write("admin").type(KeyCode.TAB).write("relais-demo").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#routing-open").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#routing-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#routing-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        RoutingRulesViewModel vm = robot.lookup("#routing-rules").queryAs(RoutingRulesView.class).viewModel();

        press("#routing-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(4);
        RoutingRulesViewModel.Row added = vm.rows().get(3);
        robot.interact(() -> {
            added.id.set("deneigement-nations");
            added.group.set("DENEIGEMENT");
            added.borough.set("NATIONS");
            added.department.set("ARR-NATIONS");
        });
        robot.interact(() -> table.getSelectionModel().select(3));
        press("#routing-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.rows().get(2)).isSameAs(added);

        press("#routing-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> http.get("/api/v1/routing/rules", admin).json()
                .get("version").asLong() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#routing-message")
                .queryAs(Label.class).getText().equals("Règles enregistrées : version 2."));
        assertThat(http.get("/api/v1/routing/rules", admin).json().get("rules").get(2).get("id").asText())
                .isEqualTo("deneigement-nations");
        assertThat(robot.lookup("#routing-version").queryAs(Label.class).getText())
                .startsWith("Version 2 enregistrée par admin");
        assertThat(robot.lookup(".table-row-cell .table-cell").queryAllAs(javafx.scene.control.Labeled.class)
                .stream().map(javafx.scene.control.Labeled::getText)).as("rules in words, codes after them")
                .contains("Déneigement  (DENEIGEMENT)", "Des Nations", "Plainte");
        Label user = robot.lookup("#signed-in-user").queryAs(Label.class);
        assertThat(user.getWidth()).as("with every workspace button, the header still shows the whole name")
                .isGreaterThanOrEqualTo(user.prefWidth(-1) - 0.5);
        Snapshots.save(stage.getScene(), "routing-rules");
    }

    private void press(String button) {
        Button b = robot.lookup(button).queryAs(Button.class);
        assertThat(b.isDisabled()).as(button).isFalse();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
