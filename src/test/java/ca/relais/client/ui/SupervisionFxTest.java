package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.ui.ombudsman.OmbudsmanView;
import ca.relais.client.ui.reports.ReportView;
import ca.relais.domain.CityCalendar;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.Midnight;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervision workspaces in the real workstation against a real server: the supervisor's live dashboard and its
 * lists, the accountability report and its exports, the ombudsman's search, trail and case file.
 */
class SupervisionFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String agent;
    private WorkstationDriver ws;

    @BeforeAll
    static void startServer() {
        Midnight.awayFrom(CityCalendar.ZONE, Duration.ofMinutes(4));
        server = TestServers.demoOnH2(dir.resolve("server"));
        http = new Http(server.baseUrl());
        agent = http.login("agent8000", WorkstationDriver.PASSWORD);
        String[] channels = {"PHONE_8000", "PHONE_8000", "EMAIL", "PHONE_5858", "COUNTER", "PORTAL"};
        for (String channel : channels) {
            request("INFORMATION", channel);
        }
        for (int i = 0; i < 3; i++) {
            UUID id = request("REQUEST", "PHONE_8000");
            assertThat(http.post("/api/v1/requests/" + id + "/handoffs", agent, """
                    {"to_department":"ARR-FLEURIMONT","note":"Le citoyen a rappelé, eau brune rue King."}""")
                    .status()).isEqualTo(201);
        }
    }

    static UUID request(String nature, String channel) {
        UUID id = UUID.randomUUID();
        Http.Reply reply = http.post("/api/v1/requests", agent, """
                {"id":"%s","type_code":"VOI-NIDPOULE","nature":"%s","channel":"%s",
                 "location":{"address":"Coin King Ouest et Belvédère","lat":45.4,"long":-71.9},
                 "description":"Trou profond devant l'école","attributes":{"SIZE":"LARGE","POSITION":"LANE"}}
                """.formatted(id, nature, channel));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return id;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void launch() throws Exception {
        ws = new WorkstationDriver().launch(server.baseUrl(), dir.resolve("client")).size(1366, 768);
    }

    @AfterEach
    void close() throws Exception {
        ws.close();
    }

    private void signInTo(String user, String workspace) {
        ws.write(user);
        ws.type(KeyCode.TAB);
        ws.write(WorkstationDriver.PASSWORD);
        ws.type(KeyCode.ENTER);
        ws.waitUntil(90, () -> ws.visible(workspace));
    }

    private static JsonNode queues() {
        return http.get("/api/v1/queues", http.login("supervisor", WorkstationDriver.PASSWORD)).json();
    }

    @Test
    void aSupervisorLandsOnTheLiveDashboardAndOpensTheListBehindATile() {
        signInTo("supervisor", "dashboard");
        long open = queues().get("open").asLong();
        ws.waitUntil(45, () -> ws.text("tile-open-figure").equals(Long.toString(open)));
        assertThat(ws.text("tile-unaccepted-figure")).isEqualTo(queues().get("unaccepted_handoffs").asText());
        assertThat(Long.parseLong(ws.text("tile-intake-figure"))).isGreaterThanOrEqualTo(9);
        assertThat(ws.focusedId()).as("the first tile has the focus").isEqualTo("tile-open");
        ws.waitUntil(45, () -> !ws.items("dash-agents").isEmpty());

        ws.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB, KeyCode.TAB);
        assertThat(ws.focusedId()).as("Tab walks the tiles in order").isEqualTo("tile-unaccepted");
        ws.type(KeyCode.ENTER);
        ListView<?> items = ws.node("dash-drill-items", ListView.class);
        ws.waitUntil(45, () -> ws.onFx(() -> items.getItems().size()) >= 3);
        assertThat(ws.text("dash-drill-title")).startsWith("Transferts non acceptés").contains("requêtes");
        java.util.List<String> rows = ws.onFx(() -> items.lookupAll(".list-cell").stream()
                .map(javafx.scene.Node::getAccessibleText).filter(java.util.Objects::nonNull).toList());
        assertThat(rows).as("each request reads whole: number, type, status, department, then its wait or due date")
                .anySatisfy(r -> assertThat(r).matches("2026-\\d{6} · .+, Nouvelle · Secrétariat de l'arrondissement"
                        + " de .+, (Échéance 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d|attend depuis \\d+ (min|h|j).*)"));

        long before = Long.parseLong(ws.text("tile-intake-figure"));
        long started = System.nanoTime();
        request("INFORMATION", "EMAIL");
        ws.waitUntil(15, () -> ws.text("tile-intake-figure").equals(Long.toString(before + 1)));
        long lagMs = (System.nanoTime() - started) / 1_000_000;
        System.out.println("BENCH dashboard_live_lag " + lagMs + " ms");
        ws.snapshot("dashboard");

        ws.ctrlShift(KeyCode.M);
        assertThat(ws.visible("caller-search")).as("the shortcut goes back to the call screen").isTrue();
        ws.robot().clickOn("#caller-search").write("Tremblay");
        ws.waitUntil(30, () -> queues().path("agents").findValuesAsText("state").contains("ON_CALL"));
        assertThat(ws.onFx(() -> ws.node("presence-menu", javafx.scene.Node.class).getAccessibleText()))
                .startsWith("État de présence : En appel");
    }

    @Test
    void theReportShowsThePeriodAndExportsItAsCsv() throws Exception {
        signInTo("supervisor", "dashboard");
        ws.ctrlShift(KeyCode.Y);
        ws.waitUntil(45, () -> ws.visible("report-total"));
        ReportView report = ws.node("report", ReportView.class);
        String from = ws.onFx(() -> report.viewModel().fromProperty().get().toString());
        String to = ws.onFx(() -> report.viewModel().toProperty().get().toString());
        JsonNode figures = http.get("/api/v1/reports/accountability?from=" + from + "&to=" + to,
                http.login("supervisor", WorkstationDriver.PASSWORD)).json();
        ws.waitUntil(30, () -> ws.text("report-total").equals(figures.get("total").asText()));
        ws.snapshot("report");

        Path csv = dir.resolve("report.csv");
        ws.onFx(() -> {
            report.choosePathsWith((format, name) -> format.equals("csv") ? csv : null);
            return null;
        });
        ws.robot().clickOn("#report-export-csv");
        ws.waitUntil(45, () -> Files.exists(csv) && ws.text("report-message").startsWith("Enregistré"));
        assertThat(Files.readString(csv)).startsWith("section,key,value").contains("total,requests," + figures.get("total")
                .asText());

        ws.robot().clickOn("#report-tab-trends");
        ws.waitUntil(45, () -> !ws.onFx(() -> ws.node("trends-chart", javafx.scene.chart.LineChart.class)
                .getData().isEmpty()));
        ws.snapshot("trends");
    }

    @Test
    void theOmbudsmanSearchesReadsTheWholeTrailAndSavesTheCaseFile() throws Exception {
        signInTo("ombudsman", "ombudsman");
        assertThat(ws.visible("new-call-form")).isFalse();
        assertThat(ws.visible("new-call")).as("the ombudsman takes no calls").isFalse();
        assertThat(ws.visible("ombudsman-back")).as("and has no call screen to go back to").isFalse();
        ws.waitUntil(30, () -> ws.focused("ombudsman-query"));
        ws.write("Trou profond devant");
        ws.type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        TableView<ca.relais.api.RequestSummaryDto> results = ws.node("ombudsman-results", TableView.class);
        ws.waitUntil(45, () -> ws.onFx(() -> results.getItems().size()) >= 3);
        ws.onFx(() -> {
            results.getItems().stream().filter(r -> r.status().equals("NEW")).findFirst()
                    .ifPresent(handedOff -> results.getSelectionModel().select(handedOff));
            return null;
        });
        ws.waitUntil(45, () -> ws.items("ombudsman-trail").size() >= 3);
        assertThat(ws.items("ombudsman-trail").stream().map(e -> ((ca.relais.client.ui.ombudsman.TrailEntry) e)
                .kind())).contains("CREATED", "HANDOFF", "AUDIT");
        String trail = ws.onFx(() -> ws.node("ombudsman-trail", javafx.scene.control.ListView.class)
                .lookupAll(".label").stream().map(n -> ((Label) n).getText()).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("\n")));
        assertThat(trail).as("the trail speaks French, not codes").contains("Urgence : Normale")
                .contains("Service : Service de l'entretien").doesNotContain("NORMAL").doesNotContain("department")
                .contains("Création — Objet : requête").doesNotContain("CREATE request");
        ws.snapshot("ombudsman");

        Path pdf = dir.resolve("case.pdf");
        OmbudsmanView view = ws.node("ombudsman", OmbudsmanView.class);
        ws.onFx(() -> {
            view.choosePathsWith(name -> pdf);
            return null;
        });
        ws.robot().clickOn("#ombudsman-pdf");
        ws.waitUntil(45, () -> Files.exists(pdf) && ws.node("ombudsman-message", Label.class).getText() != null
                && ws.text("ombudsman-message").startsWith("Enregistré"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
    }
}
