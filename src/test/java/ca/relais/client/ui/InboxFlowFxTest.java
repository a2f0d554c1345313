package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CallerDto;
import ca.relais.api.CatalogueDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.call.HistoryItem;
import ca.relais.domain.RequestStatus;
import ca.relais.server.RelaisServer;
import ca.relais.support.AccessibleNames;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request's journey on real workstations, headless, against a real server over HTTP: an agent hands it off from
 * the call screen, the Fleurimont secretariat finds it in its inbox, accepts it, settles a conflict with a supervisor's
 * change and resolves it with a public note, and the agent who takes the citizen's callback reads the outcome from the
 * caller's history. The flow also writes the user guide's pictures of the handoff, the inbox and the conflict.
 */
class InboxFlowFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    static String supervisor;

    private WorkstationDriver ui;
    @TempDir
    Path agentCache;
    @TempDir
    Path secretariatCache;

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(dir.resolve("server"));
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", "relais-demo");
        supervisor = http.login("supervisor", "relais-demo");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        if (ui != null) {
            ui.close();
        }
    }

    /** A workstation of its own for each person, with its own cache; the previous one is closed. */
    private void workstation(Path cache) throws TimeoutException {
        closeApp();
        ui = new WorkstationDriver();
        ui.launch(server.baseUrl(), cache).size(1366, 768);
    }

    @Test
    void anAgentHandsOffTheSecretariatAcceptsAndResolvesItAndTheCallbackHearsTheOutcome() throws Exception {
        String lastName = "Bélanger-" + UUID.randomUUID().toString().substring(0, 6);
        UUID citizen = caller("Hélène", lastName);
        JsonNode created = pothole(citizen, "Trou de 30 cm devant le 1200 rue King Est");
        String id = created.path("id").asText();
        String number = created.path("number").asText();
        String handoffNote = "La citoyenne a appelé deux fois ; trou de 30 cm dans la voie de droite. "
                + "Rue d'arrondissement selon elle.";

        // 1. The agent hands the request off to the Fleurimont secretariat from the call screen.
        workstation(agentCache);
        ui.signIn("agent8000");
        findCaller(citizen, lastName);
        ui.waitUntil(20, () -> ui.<HistoryItem>items("caller-history").stream()
                .anyMatch(i -> i.request().id().toString().equals(id)));
        ui.waitUntil(10, () -> {
            ui.ctrlShift(KeyCode.F);
            return ui.onFx(() -> ui.<ListView>node("caller-history", ListView.class).getSelectionModel()
                    .getSelectedItem() instanceof HistoryItem h && h.request().id().toString().equals(id));
        });
        ui.ctrlShift(KeyCode.T);
        ui.waitUntil(5, () -> ui.visible("handoff-pane"));
        assertThat(ui.text("handoff-suggestion")).as("the routing rules' department, computed on the workstation")
                .contains("entretien");
        assertThat(ui.text("handoff-callback-value")).as("the caller's phone, for the callback").isNotBlank();
        ui.robot().interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<CatalogueDto.DepartmentDto> departments = ui.node("handoff-department", ComboBox.class);
            departments.getItems().stream().filter(d -> d.code().equals("ARR-FLEURIMONT")).findFirst()
                    .ifPresent(departments::setValue);
        });
        assertThat(ui.text("handoff-extension")).as("the extension for a warm transfer").contains("5120");
        ui.robot().clickOn("#handoff-note").write(handoffNote);
        ui.robot().clickOn("#handoff-best-time").write("après 17 h");
        ui.robot().interact(() -> ui.<ComboBox>node("handoff-urgency", ComboBox.class).setValue("HIGH"));
        ui.snapshot("handoff");
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(5, () -> !ui.visible("handoff-pane"));
        ui.waitUntil(20, () -> "ARR-FLEURIMONT".equals(read(id).path("department").asText()));
        JsonNode pending = read(id).path("pending_handoff");
        assertThat(pending.path("note").asText()).isEqualTo(handoffNote);
        assertThat(pending.path("urgency").asText()).isEqualTo("HIGH");
        assertThat(pending.path("callback").path("best_time").asText()).isEqualTo("après 17 h");

        // 2. The secretariat signs in on its inbox, sees the handoff, and a new one arrives while it looks.
        workstation(secretariatCache);
        ui.signIn("secretariat-fleurimont", "inbox-list");
        ui.waitUntil(20, () -> inboxHas(id));
        choose(id);
        ui.waitUntil(10, () -> ui.visible("inbox-detail-handoff") && ui.text("inbox-detail-handoff")
                .contains("30 cm"));
        ui.waitUntil(10, () -> ui.onFx(() -> ui.node("inbox-history", javafx.scene.layout.VBox.class)
                .getChildren().size()) >= 2);
        assertThat(ui.text("inbox-detail-handoff")).contains("Élevée").contains("après 17 h");
        assertThat(ui.text("inbox-title")).isEqualTo("Boîte de réception");
        assertNamedForScreenReaders();
        ui.snapshot("inbox");

        JsonNode second = pothole(caller("Marc", "Lavoie-" + UUID.randomUUID().toString().substring(0, 6)),
                "Nid-de-poule rue Galt");
        assertThat(http.post("/api/v1/requests/" + second.path("id").asText() + "/handoffs", agent,
                "{\"to_department\":\"ARR-FLEURIMONT\",\"note\":\"Deuxième signalement\",\"urgency\":\"NORMAL\"}")
                .status()).isEqualTo(201);
        long sent = System.nanoTime();
        ui.waitUntil(10, () -> inboxHas(second.path("id").asText()));
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("a handoff reaches the open inbox (SSE)")
                .isLessThan(Duration.ofSeconds(2));

        choose(id);
        ui.alt(KeyCode.A);
        ui.waitUntil(10, () -> "secretariat-fleurimont".equals(read(id).path("assignee").asText()));
        assertThat(read(id).path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(read(id).path("pending_handoff").isNull()).as("accepted").isTrue();

        String publicNote = "Une équipe de l'arrondissement passe jeudi matin.";
        ui.waitUntil(10, () -> ui.onFx(() -> !ui.node("inbox-note-public", javafx.scene.control.Button.class)
                .isDisabled()));
        ui.alt(KeyCode.P);
        ui.waitUntil(5, () -> ui.visible("inbox-form"));
        ui.robot().clickOn("#inbox-form-text").write(publicNote);
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(10, () -> read(id).path("history").findValuesAsText("text").contains(publicNote));

        // A supervisor puts the request in progress while the secretariat writes its resolution: a conflict.
        String resolution = "Trou réparé le jeudi 3 décembre par l'équipe de Fleurimont.";
        ui.waitUntil(10, () -> ui.onFx(() -> !ui.node("inbox-status", javafx.scene.control.Button.class)
                .isDisabled()));
        ui.alt(KeyCode.S);
        ui.waitUntil(5, () -> ui.visible("inbox-form-status"));
        ui.robot().interact(() -> {
            ui.<ComboBox>node("inbox-form-status", ComboBox.class).setValue(RequestStatus.RESOLVED);
            ui.<ComboBox>node("inbox-form-resolution-code", ComboBox.class).setValue("FIXED");
        });
        ui.robot().clickOn("#inbox-form-text").write(resolution);
        JsonNode now = read(id);
        assertThat(http.send("PATCH", "/api/v1/requests/" + id, supervisor, "{\"status\":\"IN_PROGRESS\"}",
                Map.of("If-Match", "\"" + now.path("version").asLong() + "\"")).status()).isEqualTo(200);
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(10, () -> ui.visible("conflict-pane"));
        assertThat(ui.text("conflict-mine-status")).isEqualTo("Résolue");
        assertThat(ui.text("conflict-theirs-status")).isEqualTo("En cours");
        assertThat(ui.text("conflict-mine-department")).as("the department in words")
                .isEqualTo("Secrétariat de l'arrondissement de Fleurimont");
        assertThat(ui.onFx(() -> ui.node("conflict-mine-status", javafx.scene.control.Label.class)
                .getStyleClass().contains("conflict-diff"))).isTrue();
        assertNamedForScreenReaders();
        ui.snapshot("conflict");
        ui.alt(KeyCode.G);
        ui.waitUntil(10, () -> "RESOLVED".equals(read(id).path("status").asText()));
        assertThat(read(id).path("resolution_code").asText()).isEqualTo("FIXED");
        assertThat(read(id).path("resolution").asText()).isEqualTo(resolution);

        // 3. The citizen calls back: the agent reads the outcome from the caller's history.
        workstation(agentCache);
        ui.signIn("agent8000");
        findCaller(citizen, lastName);
        ui.waitUntil(20, () -> historyCell(id).contains("Résolue (Réglé)") && historyCell(id).contains(resolution));
        assertThat(historyCell(id)).contains("Secrétariat de l'arrondissement de Fleurimont")
                .doesNotContain("ARR-FLEURIMONT").contains(number);
        ui.snapshot("callback-history");
    }

    private void findCaller(UUID citizen, String lastName) {
        ui.ctrl(KeyCode.N);
        ui.write(lastName);
        ui.waitUntil(20, () -> ui.<CallerDto>items("caller-results").stream().anyMatch(c -> c.id().equals(citizen)));
        int index = ui.<CallerDto>items("caller-results").stream().map(CallerDto::id).toList().indexOf(citizen);
        for (int i = 0; i <= index; i++) {
            ui.type(KeyCode.DOWN);
        }
        ui.type(KeyCode.ENTER);
    }

    private String historyCell(String id) {
        return ui.onFx(() -> ui.robot().lookup("#caller-history").lookup((javafx.scene.Node n) ->
                n instanceof ListCell<?> c && c.getItem() instanceof HistoryItem h
                        && h.request().id().toString().equals(id)).tryQuery()
                .map(n -> ((ListCell<?>) n).getText()).orElse(""));
    }

    private boolean inboxHas(String id) {
        return ui.<InboxRequest>items("inbox-list").stream().anyMatch(i -> i.request().id().toString().equals(id));
    }

    /** Chooses the request in the queue, as a click would. */
    private void choose(String id) {
        ui.robot().interact(() -> {
            @SuppressWarnings("unchecked")
            ListView<InboxRequest> list = ui.node("inbox-list", ListView.class);
            list.getSelectionModel().clearSelection();
            list.getItems().stream().filter(i -> i.request().id().toString().equals(id)).findFirst()
                    .ifPresent(i -> list.getSelectionModel().select(i));
            list.requestFocus();
        });
    }

    private void assertNamedForScreenReaders() {
        ui.robot().interact(() -> assertThat(AccessibleNames.missing(ui.scene().getRoot())).isEmpty());
    }

    private static JsonNode read(String id) {
        return http.get("/api/v1/requests/" + id, supervisor).json();
    }

    private static UUID caller(String first, String last) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/callers", agent, """
                {"id":"%s","first_name":"%s","last_name":"%s","phones":["(819) 555-%04d"],"language":"fr",
                 "consent":true}""".formatted(id, first, last, Math.abs(id.hashCode()) % 10_000));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    private static JsonNode pothole(UUID caller, String description) {
        Http.Reply reply = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"REQUEST","caller_id":"%s",
                 "location":{"address":"Rue King Est","lat":45.4,"long":-71.88},
                 "description":"%s","attributes":{"SIZE":"LARGE","POSITION":"LANE"}}"""
                .formatted(UUID.randomUUID(), caller, description));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }
}
