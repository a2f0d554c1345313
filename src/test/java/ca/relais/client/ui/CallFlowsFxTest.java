package ca.relais.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.call.HistoryItem;
import ca.relais.client.ui.call.RejectedCapture;
import ca.relais.server.RelaisServer;
import ca.relais.support.AccessibleNames;
import ca.relais.support.FaultProxy;
import ca.relais.support.FaultProxy.Fault;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole calls on the real workstation, headless, against a real server over HTTP; each flow ends by reading the
 * server's state through its API. The flows also write the user guide's pictures of each state of the screen.
 */
class CallFlowsFxTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String supervisor;

    private final WorkstationDriver ui = new WorkstationDriver();
    /** Each flow has its own workstation cache, so that one flow's leftovers cannot steer another. */
    @TempDir
    Path client;

    @BeforeAll
    static void startServer() {
        server = TestServers.demoOnH2(dir.resolve("server"));
        http = new Http(server.baseUrl());
        supervisor = http.login("supervisor", "relais-demo");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeApp() throws TimeoutException {
        ui.close();
    }

    @Test
    void aKnownCallerFoundByPhoneReportsAPotholeWithAddressAndAttributesThenItIsHandedOff() throws Exception {
        CallerDto known = callerWithHistory();
        AddressDto address = address("king", 0);
        ui.launch(server.baseUrl(), client).size(1366, 768);
        ui.signIn("agent8000");
        ui.ctrl(KeyCode.N);

        String phone = known.phones().get(0);
        ui.write(phone.substring(phone.length() - 4));
        ui.waitUntil(10, () -> ui.<CallerDto>items("caller-results").stream().anyMatch(c -> c.id().equals(known.id())));
        ui.snapshot("caller-search-fr");
        pick("caller-search", "caller-results", ui.<CallerDto>items("caller-results").stream().map(CallerDto::id)
                .toList().indexOf(known.id()));
        ui.waitUntil(10, () -> !ui.<HistoryItem>items("caller-history").isEmpty());
        ui.waitUntil(10, () -> ui.<HistoryItem>items("caller-history").stream()
                .anyMatch(i -> i.latestHandoff() != null || i.latestPublicNote() != null));
        assertThat(ui.text("caller-name")).contains(known.lastName());
        assertThat(ui.focused("type-search")).as("once the caller is known, the call moves on to the request")
                .isTrue();
        ui.snapshot("caller-found-fr");
        assertNamedForScreenReaders();
        ui.ctrlShift(KeyCode.E);
        assertThat(ui.text("caller-details")).as("the card is worded again in English").contains("Phones:");
        ui.snapshot("caller-found-en");
        ui.ctrlShift(KeyCode.E);
        assertThat(ui.text("caller-details")).contains("Téléphones :");

        ui.write("nid poule");
        ui.type(KeyCode.ENTER);
        assertThat(ui.text("type-chosen")).startsWith("Nid-de-poule");
        assertThat(ui.focused("address-search")).isTrue();
        ui.ctrl(KeyCode.D);
        String marker = "Trou profond devant le " + UUID.randomUUID().toString().substring(0, 8);
        ui.write(marker);
        ui.ctrl(KeyCode.ENTER);
        assertThat(ui.visible("location-error")).isTrue();
        assertThat(ui.text("attr-SIZE-error")).isEqualTo("Obligatoire.");
        assertThat(ui.text("description")).as("validation errors never clear fields").isEqualTo(marker);
        assertThat(ui.text("type-chosen")).startsWith("Nid-de-poule");
        ui.snapshot("validation-fr");
        assertNamedForScreenReaders();

        ui.ctrl(KeyCode.L);
        chooseAddress(address);
        assertThat(ui.focused("attr-SIZE")).as("after the location comes the type's first attribute").isTrue();
        choose("attr-SIZE", "LARGE");
        choose("attr-POSITION", "LANE");
        ui.robot().clickOn("#attr-COUNT").write("3");
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(10, () -> ui.visible("readback"));
        ui.waitUntil(20, () -> ui.text("readback").startsWith("Votre numéro de requête est "));
        ui.snapshot("readback-fr");

        JsonNode created = onServer("/api/v1/requests?caller=" + known.id() + "&type=VOI-NIDPOULE&limit=500",
                r -> marker.equals(r.path("description").asText()));
        assertThat(created.path("location").path("address_id").asText()).isEqualTo(address.id());
        assertThat(created.path("attributes").path("SIZE").asText()).isEqualTo("LARGE");
        assertThat(created.path("attributes").path("POSITION").asText()).isEqualTo("LANE");
        assertThat(created.path("attributes").path("COUNT").asInt()).isEqualTo(3);
        assertThat(created.path("channel").asText()).isEqualTo("PHONE_8000");
        assertThat(ui.text("readback")).contains(created.path("number").asText());

        ui.ctrlShift(KeyCode.T);
        ui.waitUntil(5, () -> ui.visible("handoff-pane"));
        assertThat(ui.focused("handoff-department")).isTrue();
        ui.robot().interact(() -> {
            ComboBox<ca.relais.api.CatalogueDto.DepartmentDto> departments = ui.node("handoff-department",
                    ComboBox.class);
            departments.getItems().stream().filter(d -> d.code().equals("ARR-NATIONS")).findFirst()
                    .ifPresent(departments::setValue);
        });
        ui.ctrl(KeyCode.ENTER);
        assertThat(ui.text("handoff-note-error")).isEqualTo("La note de transfert est obligatoire.");
        ui.robot().clickOn("#handoff-note").write("Trou signalé trois fois ; le citoyen veut être rappelé.");
        ui.snapshot("handoff-fr");
        assertNamedForScreenReaders();
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(5, () -> !ui.visible("handoff-pane"));
        assertThat(ui.text("readback")).contains("transférée");
        String id = created.path("id").asText();
        ui.waitUntil(20, () -> http.get("/api/v1/requests/" + id, supervisor).json().path("department").asText()
                .equals("ARR-NATIONS"));
        JsonNode history = http.get("/api/v1/requests/" + id, supervisor).json().path("history");
        assertThat(history.findValuesAsText("text")).contains("Trou signalé trois fois ; le citoyen veut être rappelé.");
    }

    @Test
    void aDuplicateFoundNearbyIsLinkedInsteadOfCreatingANewRequest() throws Exception {
        AddressDto address = address("wellington", 0);
        UUID existing = UUID.randomUUID();
        String reporter = http.login("agent5858", "relais-demo");
        assertThat(http.post("/api/v1/requests", reporter, "{\"id\":\"" + existing + "\",\"type_code\":\"VOI-NIDPOULE\","
                + "\"location\":{\"address_id\":\"" + address.id() + "\"},\"description\":\"Gros trou\","
                + "\"attributes\":{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}").status()).isEqualTo(201);
        CallerDto caller = callerWithHistory();
        ui.launch(server.baseUrl(), client).size(2560, 1440);
        ui.signIn("agent8000");
        ui.ctrl(KeyCode.N);
        ui.write(caller.lastName());
        ui.waitUntil(10, () -> ui.<CallerDto>items("caller-results").stream().anyMatch(c -> c.id().equals(caller.id())));
        pick("caller-search", "caller-results", ui.<CallerDto>items("caller-results").stream().map(CallerDto::id)
                .toList().indexOf(caller.id()));
        ui.write("nid poule");
        ui.type(KeyCode.ENTER);
        chooseAddress(address);
        ui.waitUntil(10, () -> ui.<RequestDto>items("duplicates").stream().anyMatch(r -> r.id().equals(existing)));
        ui.snapshot("duplicates-fr");
        assertNamedForScreenReaders();
        ui.ctrlShift(KeyCode.E);
        assertThat(ui.text("type-chosen")).startsWith("Pothole");
        ui.snapshot("duplicates-en");
        ui.ctrlShift(KeyCode.E);

        ui.ctrlShift(KeyCode.D);
        assertThat(ui.focused("duplicates")).isTrue();
        int index = ui.<RequestDto>items("duplicates").stream().map(RequestDto::id).toList().indexOf(existing);
        for (int i = 0; i < index; i++) {
            ui.type(KeyCode.DOWN);
        }
        ui.type(KeyCode.ENTER);
        ui.waitUntil(10, () -> ui.text("readback").startsWith("Appelant ajouté à la requête"));
        ui.waitUntil(20, () -> contains(http.get("/api/v1/requests/" + existing, supervisor).json()
                .path("caller_ids"), caller.id().toString()));
        for (JsonNode r : http.get("/api/v1/requests?type=VOI-NIDPOULE&caller=" + caller.id() + "&limit=500",
                supervisor).json().path("items")) {
            if (!r.path("id").asText().equals(existing.toString())) {
                assertThat(r.path("location").path("address_id").asText()).as("no second request at that address")
                        .isNotEqualTo(address.id());
            }
        }
    }

    @Test
    void aCaptureMadeOfflineReachesTheServerExactlyOnceAfterReconnecting() throws Exception {
        AddressDto address = address("king", 1);
        try (FaultProxy proxy = new FaultProxy(server.baseUrl())) {
            ui.launch(proxy.url(), client).size(1366, 768);
            ui.signIn("agent8000");
            ui.ctrl(KeyCode.N);

            ui.ctrlShift(KeyCode.A);
            assertThat(ui.focused("type-search")).isTrue();
            ui.write("nid poule");
            ui.type(KeyCode.ENTER);
            chooseAddress(address);
            choose("attr-SIZE", "SMALL");
            choose("attr-POSITION", "SHOULDER");
            String marker = "Capturé hors ligne " + UUID.randomUUID();
            ui.ctrl(KeyCode.D);
            ui.write(marker);
            proxy.arm(Fault.DISCONNECT, r -> true);
            ui.ctrl(KeyCode.ENTER);
            ui.waitUntil(10, () -> ui.text("readback").startsWith("Votre numéro de référence est "));
            ui.waitUntil(20, () -> ui.text("connection-status").equals("Hors ligne")
                    && ui.text("outbox-status").equals("1 envoi en attente"));
            ui.snapshot("offline-fr");
            assertThat(countOnServer(marker)).isZero();

            int before = proxy.faulted();
            proxy.arm(Fault.TRUNCATED_BODY, FaultProxy::isWrite);
            ui.waitUntil(60, () -> proxy.faulted() > before);
            proxy.disarm();
            ui.waitUntil(60, () -> ui.text("outbox-status").equals("Tout est envoyé")
                    && ui.text("connection-status").equals("En ligne"));
            ui.waitUntil(20, () -> ui.text("readback").startsWith("Votre numéro de requête est "));
            assertThat(countOnServer(marker)).as("on the server exactly once").isEqualTo(1);
        }
    }

    @Test
    void aRequestTheServerRefusesShowsOnItsRequestAndIsCorrectedWithoutRetyping() throws Exception {
        String gone = "ADR-GONE-" + UUID.randomUUID().toString().substring(0, 6);
        try (var c = server.database().connection(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO addresses (id, jurisdiction_id, civic_number, street, unit, postal_code, "
                    + "borough, lat, lon, label, search_text) VALUES ('" + gone + "', 'sherbrooke.demo.relais.ca', "
                    + "'9999', 'rue des Démolitions', NULL, 'J1H 1A1', 'NATIONS', 45.40, -71.89, "
                    + "'9999 rue des Démolitions', '9999 rue des demolitions j1h 1a1 nations')");
            st.executeUpdate("INSERT INTO change_log (jurisdiction_id, entity, entity_id, op, version, at) VALUES "
                    + "('sherbrooke.demo.relais.ca', 'address', '" + gone + "', 'UPSERT', 1, CURRENT_TIMESTAMP)");
        }
        CallerDto caller = callerWithHistory();
        AddressDto replacement = address("king", 2);
        ui.launch(server.baseUrl(), client).size(1366, 768);
        ui.signIn("agent8000");
        ui.ctrl(KeyCode.N);
        try (var c = server.database().connection(); var st = c.createStatement()) {
            assertThat(st.executeUpdate("DELETE FROM addresses WHERE id = '" + gone + "'"))
                    .as("the address leaves the register after the workstation cached it").isEqualTo(1);
        }

        ui.write(caller.lastName());
        ui.waitUntil(10, () -> ui.<CallerDto>items("caller-results").stream().anyMatch(x -> x.id().equals(caller.id())));
        pick("caller-search", "caller-results", ui.<CallerDto>items("caller-results").stream().map(CallerDto::id)
                .toList().indexOf(caller.id()));
        ui.write("nid poule");
        ui.type(KeyCode.ENTER);
        ui.write("9999 demolitions");
        ui.waitUntil(10, () -> ui.visible("address-suggestions"));
        ui.type(KeyCode.ENTER);
        choose("attr-SIZE", "MEDIUM");
        choose("attr-POSITION", "CROSSWALK");
        String marker = "Refusé puis corrigé " + UUID.randomUUID();
        ui.ctrl(KeyCode.D);
        ui.write(marker);
        ui.ctrl(KeyCode.ENTER);
        ui.waitUntil(20, () -> ui.text("outbox-status").equals("Tout est envoyé · 1 refus à corriger"));
        ui.waitUntil(10, () -> ui.visible("rejected-section") && ui.<HistoryItem>items("caller-history").stream()
                .anyMatch(i -> i.rejection() != null));
        ui.waitUntil(10, () -> ui.text("readback").startsWith("Le serveur a refusé la requête "));
        ui.snapshot("rejected-fr");
        assertNamedForScreenReaders();
        ui.ctrlShift(KeyCode.E);
        assertThat(ui.text("rejected-heading")).isEqualTo("1 request refused by the server, to correct");
        ui.snapshot("rejected-en");
        ui.ctrlShift(KeyCode.E);

        ui.ctrlShift(KeyCode.R);
        assertThat(ui.focused("rejected-requests")).isTrue();
        RejectedCapture refused = ui.<RejectedCapture>items("rejected-requests").get(0);
        ui.type(KeyCode.ENTER);
        ui.waitUntil(5, () -> ui.visible("correction-banner"));
        assertThat(ui.text("description")).as("nothing typed is lost").isEqualTo(marker);
        assertThat(ui.text("type-chosen")).startsWith("Nid-de-poule");
        assertThat(ui.text("location-error")).isEqualTo(
                "Cette adresse n'est plus au rôle d'évaluation ; choisissez-en une autre.");
        assertThat(ui.text("caller-name")).contains(caller.lastName());
        ui.snapshot("correction-fr");

        assertThat(ui.focused("address-search")).as("the caret goes where the server objected").isTrue();
        chooseAddress(replacement);
        ui.ctrl(KeyCode.ENTER);
        assertThat(ui.text("readback")).as("corrected, or already confirmed with its number").satisfiesAnyOf(
                text -> assertThat(text).startsWith("La requête " + refused.reference() + " est corrigée"),
                text -> assertThat(text).startsWith("Votre numéro de requête est ").contains(refused.reference()));
        JsonNode stored = onServer("/api/v1/requests?caller=" + caller.id() + "&type=VOI-NIDPOULE&limit=500",
                r -> marker.equals(r.path("description").asText()));
        assertThat(stored.path("id").asText()).as("sent again under the same id").isEqualTo(
                refused.requestId().toString());
        assertThat(stored.path("location").path("address_id").asText()).isEqualTo(replacement.id());
        assertThat(stored.path("attributes").path("POSITION").asText()).isEqualTo("CROSSWALK");
        assertThat(countOnServer(marker)).isEqualTo(1);
        ui.waitUntil(20, () -> ui.text("outbox-status").equals("Tout est envoyé"));
    }

    @Test
    void everyShortcutIsListedByF1AndTabFollowsTheCall() throws Exception {
        String lastName = callerWithHistory().lastName();
        ui.launch(server.baseUrl(), client);
        ui.signIn("agent8000");
        ui.ctrl(KeyCode.N);
        ui.type(KeyCode.F1);
        ui.waitUntil(5, () -> ui.visible("shortcuts-overlay"));
        List<String> listed = ui.onFx(() -> ui.node("shortcuts-list", javafx.scene.layout.GridPane.class)
                .getChildren().stream().map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        List<String> installed = ui.onFx(() -> ui.scene().getAccelerators().keySet().stream()
                .map(k -> k.getDisplayText()).toList());
        assertThat(installed).hasSizeGreaterThan(20);
        String help = String.join(" | ", listed);
        for (String keys : installed) {
            String french = keys.replace("Shift+", "Maj+").replaceAll("↵|\\bEnter\\b", "Entrée")
                    .replaceAll("\\bEsc(ape)?\\b", "Échap");
            assertThat(help).as("F1 lists " + keys).contains(french.matches("Ctrl\\+[2-3]") ? "Ctrl+1 … Ctrl+4"
                    : french);
        }
        ui.type(KeyCode.ESCAPE);

        ui.write(lastName);
        ui.waitUntil(10, () -> !ui.<CallerDto>items("caller-results").isEmpty());
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ui.type(KeyCode.TAB);
            order.add(ui.focusedId());
        }
        List<String> expected = List.of("caller-results", "new-caller", "anonymous", "type-search", "type-suggestions",
                "channel", "address-search", "no-location", "description", "handoff", "submit", "kb-search");
        List<Integer> positions = expected.stream().map(order::indexOf).toList();
        assertThat(positions).as("Tab order " + order).doesNotContain(-1).isSorted();
    }

    /** Every focusable control of the screen as it is now has a name a screen reader can say. */
    private void assertNamedForScreenReaders() {
        ui.robot().interact(() -> {
            assertThat(AccessibleNames.focusable(ui.scene().getRoot())).isGreaterThan(10);
            assertThat(AccessibleNames.missing(ui.scene().getRoot())).isEmpty();
        });
    }

    /** Moves from {@code field} down into {@code list} to item {@code index} and chooses it with Enter. */
    private void pick(String field, String list, int index) {
        assertThat(index).as("the item is in " + list).isNotNegative();
        assertThat(ui.focused(field)).isTrue();
        ui.type(KeyCode.DOWN);
        for (int i = 0; i < index; i++) {
            ui.type(KeyCode.DOWN);
        }
        ui.type(KeyCode.ENTER);
    }

    private void chooseAddress(AddressDto address) {
        assertThat(ui.focused("address-search")).isTrue();
        ui.write(address.label());
        ui.waitUntil(10, () -> ui.<AddressDto>items("address-suggestions").stream()
                .anyMatch(a -> a.id().equals(address.id())));
        int index = ui.<AddressDto>items("address-suggestions").stream().map(AddressDto::id).toList()
                .indexOf(address.id());
        if (index == 0) {
            ui.type(KeyCode.ENTER);
        } else {
            pick("address-search", "address-suggestions", index);
        }
        ui.waitUntil(5, () -> ui.text("address-chosen").startsWith(address.label()));
    }

    /** Opens a list attribute's drop-down with the mouse and clicks the value. */
    private void choose(String comboId, String key) {
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = ui.node(comboId, ComboBox.class);
        ui.robot().clickOn(combo);
        ui.waitUntil(5, combo::isShowing);
        javafx.scene.Node cell = ui.robot().lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?>
                c && key.equals(c.getItem()) && c.isVisible()).query();
        ui.robot().clickOn(cell);
        ui.waitUntil(5, () -> key.equals(combo.getValue()));
    }

    /**
     * A caller of the demo city with an open request and earlier ones, one of whose latest five requests (those the
     * workstation reads the story of) carries a handoff note or a public note. The demo city is generated up to today,
     * so the caller is looked for rather than assumed.
     */
    private static CallerDto callerWithHistory() throws Exception {
        Map<String, List<JsonNode>> byCaller = new HashMap<>();
        String cursor = null;
        do {
            JsonNode page = http.get("/api/v1/requests?limit=500" + (cursor == null ? "" : "&cursor=" + cursor),
                    supervisor).json();
            for (JsonNode r : page.path("items")) {
                if (r.path("caller_id").isTextual()) {
                    byCaller.computeIfAbsent(r.path("caller_id").asText(), k -> new java.util.ArrayList<>()).add(r);
                }
            }
            cursor = page.path("next_cursor").isTextual() ? page.path("next_cursor").asText() : null;
        } while (cursor != null);
        List<String> candidates = byCaller.entrySet().stream()
                .filter(e -> e.getValue().size() > 1 && e.getValue().stream().anyMatch(CallFlowsFxTest::isOpen))
                .sorted(java.util.Comparator.comparing((Map.Entry<String, List<JsonNode>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        for (String id : candidates) {
            List<JsonNode> latest = byCaller.get(id).stream()
                    .sorted(java.util.Comparator.comparing((JsonNode r) -> java.time.Instant.parse(r.path("created_at").asText())).reversed())
                    .limit(5).toList();
            for (JsonNode r : latest) {
                if (hasHandoffOrPublicNote(http.get("/api/v1/requests/" + r.path("id").asText(), supervisor).json())) {
                    return ca.relais.api.Json.mapper().readValue(http.get("/api/v1/callers/" + id, supervisor).body(),
                            CallerDto.class);
                }
            }
        }
        throw new AssertionError("the demo city has no caller with an open request and a told history");
    }

    private static boolean isOpen(JsonNode request) {
        return List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING").contains(request.path("status").asText());
    }

    private static boolean hasHandoffOrPublicNote(JsonNode request) {
        for (JsonNode e : request.path("history")) {
            boolean told = e.path("text").isTextual() && !e.path("text").asText().isBlank();
            if (told && ("HANDOFF".equals(e.path("kind").asText()) || "PUBLIC".equals(e.path("visibility").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static AddressDto address(String street, int n) throws Exception {
        JsonNode items = http.get("/api/v1/addresses?q=" + street + "&limit=10", supervisor).json().path("items");
        return ca.relais.api.Json.mapper().treeToValue(items.get(n), AddressDto.class);
    }

    /** Waits until the server lists a request that {@code which} accepts, and returns it. */
    private JsonNode onServer(String path, java.util.function.Predicate<JsonNode> which) {
        JsonNode[] found = new JsonNode[1];
        ui.waitUntil(30, () -> {
            for (JsonNode r : http.get(path, supervisor).json().path("items")) {
                if (which.test(r)) {
                    found[0] = r;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private static int countOnServer(String description) {
        int n = 0;
        for (JsonNode r : http.get("/api/v1/requests?type=VOI-NIDPOULE&limit=500&created_since="
                + java.time.Instant.now().minusSeconds(3600), supervisor).json().path("items")) {
            if (description.equals(r.path("description").asText())) {
                n++;
            }
        }
        return n;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
