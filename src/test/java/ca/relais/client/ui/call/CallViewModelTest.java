package ca.relais.client.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.Outbox;
import ca.relais.client.store.OutboxEntry;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SignInService;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.domain.Nature;
import ca.relais.server.RelaisServer;
import ca.relais.support.TestServers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The call screen's rules, on a real signed-in session and its encrypted cache, without a JavaFX toolkit. */
class CallViewModelTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static WorkstationSession session;
    CallViewModel call;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.demoOnH2(dir.resolve("server"));
        session = new SignInService(new RelaisApi(URI.create(server.baseUrl())), dir.resolve("client"))
                .signIn("agent8000", "relais-demo".toCharArray());
        session.sync().drain(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        session.close();
        server.close();
    }

    /**
     * Each test starts with nothing left to send and no cycle on its way (the server's events after a push ask for
     * one), so the session's engine does not run during the test.
     */
    @BeforeEach
    void newCall() throws InterruptedException {
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        Thread.sleep(300);
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        CaptureContext context = context();
        call = new CallViewModel(context, UiExecutors.direct());
    }

    /** The session's context, except that nothing triggers a sync: the tests drain when they want the server. */
    private static CaptureContext context() {
        CaptureContext real = CaptureContext.of(session, Clock.systemUTC());
        return new CaptureContext(real.catalogue(), real.mirror(), real.writes(), real.outbox(), real.details(),
                real.username(), real.lineCode(), real.defaultChannel(), () -> { }, real.clock());
    }

    private static List<String> codes(List<TypeChoice> choices) {
        return choices.stream().map(TypeChoice::code).toList();
    }

    @Test
    void typePickerFindsTypesByNameKeywordAndEnglishWithoutAccents() {
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        assertThat(codes(r.typeSuggestions())).first().isEqualTo("VOI-NIDPOULE");
        r.typeQueryProperty().set("POTHOLE");
        assertThat(codes(r.typeSuggestions())).contains("VOI-NIDPOULE");
        r.typeQueryProperty().set("deneig");
        assertThat(r.typeSuggestions()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.folded()).contains("deneig"));
        r.typeQueryProperty().set("zzzz");
        assertThat(r.typeSuggestions()).isEmpty();
        r.typeQueryProperty().set("");
        assertThat(r.typeSuggestions().get(0).type().lines()).as("the line's frequent types first").contains("8000");
    }

    @Test
    void choosingATypeBuildsItsFormWithDefaultNatureAndNotices() {
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        assertThat(r.fields()).extracting(AttributeField::code).containsExactly("SIZE", "POSITION", "COUNT");
        assertThat(r.natureProperty().get()).isEqualTo(Nature.REQUEST);
        assertThat(r.natures()).contains(Nature.REQUEST, Nature.COMPLAINT, Nature.INFORMATION);
        assertThat(r.notices()).isNotEmpty();
    }

    @Test
    void invalidSubmissionNamesEveryProblemAndKeepsWhatWasTyped() {
        RequestCaptureViewModel r = call.request();
        assertThat(r.submit()).isFalse();
        assertThat(r.typeErrorProperty().get().key()).isEqualTo("capture.error.typeRequired");

        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.descriptionProperty().set("Trou profond");
        r.fields().get(2).textProperty().set("beaucoup");
        assertThat(r.submit()).isFalse();
        assertThat(r.locationErrorProperty().get().key()).isEqualTo("capture.error.locationRequired");
        assertThat(r.fields().get(0).errorProperty().get().key()).isEqualTo("validation.required");
        assertThat(r.fields().get(2).errorProperty().get().key()).isEqualTo("validation.not_a_number");
        assertThat(r.descriptionProperty().get()).isEqualTo("Trou profond");
        assertThat(r.fields().get(2).textProperty().get()).isEqualTo("beaucoup");
    }

    @Test
    void aValidRequestIsSavedLocallyAtOnceWithAReferenceToReadBack() {
        List<AddressDto> addresses = new LocalMirror(session.store()).searchAddresses("rue", 1);
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.fields().get(0).choiceProperty().set("LARGE");
        r.fields().get(1).choiceProperty().set("LANE");
        r.fields().get(2).textProperty().set("2");
        if (addresses.isEmpty()) {
            r.natureProperty().set(Nature.INFORMATION);
        } else {
            r.addressProperty().set(addresses.get(0));
        }
        r.descriptionProperty().set("Trou profond devant l'école");
        int before = new Outbox(session.store()).all().size();

        assertThat(r.submit()).isTrue();

        List<OutboxEntry> entries = new Outbox(session.store()).all();
        assertThat(entries).hasSize(before + 1);
        OutboxEntry entry = entries.get(entries.size() - 1);
        assertThat(entry.kind()).isEqualTo(OutboxEntry.Kind.CREATE_REQUEST);
        assertThat(entry.bodyJson()).contains("\"type_code\":\"VOI-NIDPOULE\"").contains("\"channel\":\"PHONE_8000\"");
        assertThat(call.readBackProperty().get().key()).isEqualTo("capture.readback");
        assertThat((String) call.readBackProperty().get().args()[0]).matches("[0-9A-F]{4}-[0-9A-F]{4}");
        assertThat(r.typeProperty().get()).as("the form is ready for the next request").isNull();
    }

    @Test
    void informationCallsNeedNoLocationNorAttributes() {
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.natureProperty().set(Nature.INFORMATION);
        assertThat(r.submit()).isTrue();
        assertThat(r.submittedProperty().get().nature()).isEqualTo(Nature.INFORMATION);
    }

    @Test
    void aNewCallerIsCheckedThenSavedAndChosen() {
        CallerLookupViewModel c = call.caller();
        c.queryProperty().set("819 555 9876");
        c.startNewCaller();
        assertThat(c.phoneProperty().get()).isEqualTo("819 555 9876");
        c.phoneProperty().set("123");
        assertThat(c.saveNewCaller()).isEmpty();
        assertThat(c.phoneErrorProperty().get().key()).isEqualTo("caller.error.phone");

        c.phoneProperty().set("819 555-9876");
        c.lastNameProperty().set("Gagnon");
        assertThat(c.saveNewCaller()).isPresent();
        assertThat(c.callerProperty().get().phones()).containsExactly("+18195559876");
        assertThat(call.request().callerIdProperty().get()).isEqualTo(c.callerProperty().get().id());
        c.queryProperty().set("9876");
        assertThat(c.results()).extracting(x -> x.lastName()).contains("Gagnon");
    }

    @Test
    void aScreenPopWritesTheNumberAsItIsReadOutAndChoosesTheOneCallerWithIt() {
        CallerLookupViewModel c = call.caller();
        c.queryProperty().set("819 555-9123");
        c.startNewCaller();
        c.lastNameProperty().set("Tanguay");
        CallerDto saved = c.saveNewCaller().orElseThrow();

        call.screenPop("+18195559123");
        assertThat(c.queryProperty().get()).isEqualTo("819 555-9123");
        assertThat(c.callerProperty().get()).isEqualTo(saved);
        assertThat(c.creatingProperty().get()).isFalse();

        call.screenPop("8195550042");
        assertThat(c.queryProperty().get()).isEqualTo("819 555-0042");
        assertThat(c.creatingProperty().get()).as("an unknown number opens the new-caller form").isTrue();
        assertThat(c.phoneProperty().get()).isEqualTo("819 555-0042");
    }

    @Test
    void anOpenRequestNearbyIsOfferedAsADuplicateAndTheCallerIsLinkedToIt() throws Exception {
        try (var c = server.database().connection(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO addresses (id, jurisdiction_id, civic_number, street, unit, postal_code, "
                    + "borough, lat, lon, label, search_text) VALUES ('ADR-T1', 'sherbrooke.demo.relais.ca', '77', "
                    + "'rue Wellington Sud', NULL, 'J1H 5C7', 'NATIONS', 45.4001, -71.8902, '77 rue Wellington Sud', "
                    + "'77 rue wellington sud j1h 5c7 nations')");
            st.executeUpdate("INSERT INTO change_log (jurisdiction_id, entity, entity_id, op, version, at) VALUES "
                    + "('sherbrooke.demo.relais.ca', 'address', 'ADR-T1', 'UPSERT', 1, CURRENT_TIMESTAMP)");
        }
        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("agent5858", "relais-demo");
        java.util.UUID existing = java.util.UUID.randomUUID();
        assertThat(http.post("/api/v1/requests", token, "{\"id\":\"" + existing + "\",\"type_code\":\"VOI-NIDPOULE\","
                + "\"location\":{\"address_id\":\"ADR-T1\"},\"attributes\":{\"SIZE\":\"LARGE\",\"POSITION\":\"LANE\"}}")
                .status()).isEqualTo(201);
        session.sync().drain(Duration.ofSeconds(30));

        CallerLookupViewModel c = call.caller();
        c.queryProperty().set("819 555 1111");
        c.startNewCaller();
        c.lastNameProperty().set("Lavoie");
        c.saveNewCaller();
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.addressQueryProperty().set("77 wellington");
        assertThat(r.addressSuggestions()).extracting(AddressDto::id).contains("ADR-T1");
        r.chooseFirstAddress();
        assertThat(r.duplicates()).extracting(d -> d.id()).containsExactly(existing);

        assertThat(r.linkAsDuplicate(r.duplicates().get(0))).isTrue();
        assertThat(call.readBackProperty().get().key()).isEqualTo("capture.linked");
        OutboxEntry last = new Outbox(session.store()).all().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.kind()).isEqualTo(OutboxEntry.Kind.LINK_CALLER);
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        assertThat(http.get("/api/v1/requests/" + existing, token).json().get("caller_ids").get(0).asText())
                .isEqualTo(c.callerProperty().get().id().toString());
    }

    /** A nid-de-poule request, ready to submit, at the first cached address (an information call without one). */
    private static void fillPothole(RequestCaptureViewModel r, String description) {
        List<AddressDto> addresses = new LocalMirror(session.store()).searchAddresses("rue", 1);
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.fields().get(0).choiceProperty().set("LARGE");
        r.fields().get(1).choiceProperty().set("LANE");
        r.fields().get(2).textProperty().set("2");
        if (addresses.isEmpty()) {
            r.natureProperty().set(Nature.INFORMATION);
        } else {
            r.addressProperty().set(addresses.get(0));
        }
        r.descriptionProperty().set(description);
    }

    @Test
    void theSaveRunsInTheBackgroundWhileTheNumberIsReadBackAndTheDraftWaitsForIt() {
        java.util.Queue<Runnable> background = new java.util.ArrayDeque<>();
        CallViewModel later = new CallViewModel(context(), new UiExecutors(background::add, Runnable::run));
        DraftKeeper keeper = new DraftKeeper(session.store(), Runnable::run);
        later.keepDrafts(keeper);
        RequestCaptureViewModel r = later.request();
        fillPothole(r, "Sauvegarde en arrière-plan");
        int before = new Outbox(session.store()).all().size();

        assertThat(r.submit()).isTrue();

        assertThat(later.readBackProperty().get().key()).isEqualTo("capture.readback");
        assertThat(r.typeProperty().get()).isNull();
        assertThat(new Outbox(session.store()).all()).as("nothing written on the calling thread").hasSize(before);
        assertThat(keeper.load()).as("the draft keeps the request until it is saved").get()
                .extracting(CallDraft::typeCode).isEqualTo("VOI-NIDPOULE");
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(new Outbox(session.store()).all()).hasSize(before + 1);
        assertThat(r.pendingSaves()).isDone();
        assertThat(keeper.load().map(CallDraft::typeCode)).as("then the draft forgets it").isEmpty();
    }

    @Test
    void aSaveThatFailsPutsTheRequestBackInTheFormWithTheReason(@TempDir Path elsewhere) throws Exception {
        CaptureContext failing = writingToAClosedCache(elsewhere);
        CallViewModel broken = new CallViewModel(failing, UiExecutors.direct());
        RequestCaptureViewModel r = broken.request();
        fillPothole(r, "Disque plein");

        r.submit();

        assertThat(broken.readBackProperty().get().key()).isEqualTo("capture.error.notSaved");
        assertThat(r.saveFailedProperty().get().key()).isEqualTo("capture.error.notSaved");
        assertThat(r.typeProperty().get().code()).isEqualTo("VOI-NIDPOULE");
        assertThat(r.descriptionProperty().get()).isEqualTo("Disque plein");
        assertThat(r.fields().get(0).choiceProperty().get()).isEqualTo("LARGE");
        assertThat(r.fields().get(2).textProperty().get()).isEqualTo("2");
        assertThat(r.pendingSaves()).isDone();
    }

    @Test
    void theCallsSavesRunOffTheCallingThreadInTheOrderTheyWereMade() {
        java.util.Queue<Runnable> background = new java.util.ArrayDeque<>();
        CallViewModel later = new CallViewModel(context(), new UiExecutors(background::add, Runnable::run));
        CallerLookupViewModel c = later.caller();
        c.startNewCaller();
        c.lastNameProperty().set("Ordonné");
        c.phoneProperty().set("819 555-2468");
        int before = new Outbox(session.store()).all().size();

        assertThat(c.saveCaller()).isPresent();
        assertThat(c.callerProperty().get().lastName()).as("the card shows the caller at once").isEqualTo("Ordonné");
        fillPothole(later.request(), "Après l'appelant");
        assertThat(later.request().submit()).isTrue();
        assertThat(new Outbox(session.store()).all()).as("nothing written on the calling thread").hasSize(before);

        while (!background.isEmpty()) {
            background.poll().run();
        }
        List<OutboxEntry> added = new Outbox(session.store()).all().subList(before, before + 2);
        assertThat(added).extracting(OutboxEntry::kind).containsExactly(OutboxEntry.Kind.CREATE_CALLER,
                OutboxEntry.Kind.CREATE_REQUEST);
        assertThat(added.get(1).bodyJson()).contains(c.callerProperty().get().id().toString());
        assertThat(later.request().pendingSaves()).isDone();
    }

    @Test
    void aCallerThatCannotBeSavedComesBackInTheFormWithTheReason(@TempDir Path elsewhere) throws Exception {
        CaptureContext failing = writingToAClosedCache(elsewhere);
        CallerLookupViewModel c = new CallViewModel(failing, UiExecutors.direct()).caller();
        c.startNewCaller();
        c.firstNameProperty().set("Disque");
        c.lastNameProperty().set("Plein");

        c.saveCaller();

        assertThat(c.creatingProperty().get()).isTrue();
        assertThat(c.callerProperty().get()).isNull();
        assertThat(c.nameErrorProperty().get().key()).isEqualTo("caller.error.notSaved");
        assertThat(c.lastNameProperty().get()).isEqualTo("Plein");
    }

    @Test
    void theCallInProgressIsKeptAsADraftAndRestoredAfterACrash() {
        DraftKeeper keeper = new DraftKeeper(session.store(), Runnable::run);
        call.keepDrafts(keeper);
        call.caller().queryProperty().set("819 555 7777");
        call.caller().startNewCaller();
        call.caller().lastNameProperty().set("Bouchard");
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.natureProperty().set(Nature.COMPLAINT);
        r.fields().get(0).choiceProperty().set("MEDIUM");
        r.fields().get(2).textProperty().set("3");
        r.descriptionProperty().set("Troisième appel à ce sujet");

        CaptureContext context = context();
        CallViewModel restored = new CallViewModel(context, UiExecutors.direct());
        restored.keepDrafts(new DraftKeeper(session.store(), Runnable::run));
        assertThat(restored.caller().creatingProperty().get()).isTrue();
        assertThat(restored.caller().lastNameProperty().get()).isEqualTo("Bouchard");
        assertThat(restored.caller().phoneProperty().get()).isEqualTo("819 555 7777");
        RequestCaptureViewModel back = restored.request();
        assertThat(back.typeProperty().get().code()).isEqualTo("VOI-NIDPOULE");
        assertThat(back.natureProperty().get()).isEqualTo(Nature.COMPLAINT);
        assertThat(back.fields().get(0).choiceProperty().get()).isEqualTo("MEDIUM");
        assertThat(back.fields().get(2).textProperty().get()).isEqualTo("3");
        assertThat(back.descriptionProperty().get()).isEqualTo("Troisième appel à ce sujet");

        restored.newCall();
        assertThat(keeper.load()).as("a new call clears the draft").isEmpty();
    }

    @Test
    void newCallForgetsTheCallerAndTheForm() {
        call.caller().queryProperty().set("Gagnon");
        call.request().typeQueryProperty().set("nid");
        call.newCall();
        assertThat(call.caller().queryProperty().get()).isEmpty();
        assertThat(call.request().typeQueryProperty().get()).isEmpty();
        assertThat(call.readBackProperty().get()).isNull();
    }

    @Test
    void aRequestTheServerRefusesIsListedOnItsRequestThenCorrectedAndSentAgainUnderTheSameId() throws Exception {
        String gone = "ADR-T2-" + java.util.UUID.randomUUID().toString().substring(0, 6);
        try (var c = server.database().connection(); var st = c.createStatement()) {
            st.executeUpdate("INSERT INTO addresses (id, jurisdiction_id, civic_number, street, unit, postal_code, "
                    + "borough, lat, lon, label, search_text) VALUES ('" + gone + "', 'sherbrooke.demo.relais.ca', "
                    + "'88', 'rue Démolie', NULL, 'J1H 5C7', 'NATIONS', 45.41, -71.89, '88 rue Démolie', "
                    + "'88 rue demolie j1h 5c7 nations')");
            st.executeUpdate("INSERT INTO change_log (jurisdiction_id, entity, entity_id, op, version, at) VALUES "
                    + "('sherbrooke.demo.relais.ca', 'address', '" + gone + "', 'UPSERT', 1, CURRENT_TIMESTAMP)");
        }
        session.sync().drain(Duration.ofSeconds(30));
        try (var c = server.database().connection(); var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM addresses WHERE id = '" + gone + "'");
        }
        CallerLookupViewModel caller = call.caller();
        caller.queryProperty().set("819 555 2222");
        caller.startNewCaller();
        caller.lastNameProperty().set("Roy");
        caller.saveNewCaller();
        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.addressQueryProperty().set("88 demolie");
        r.chooseFirstAddress();
        r.fields().get(0).choiceProperty().set("SMALL");
        r.fields().get(1).choiceProperty().set("BIKE");
        r.fields().get(2).textProperty().set("2");
        r.descriptionProperty().set("Sur la piste cyclable");
        assertThat(r.submit()).isTrue();
        java.util.UUID id = r.submittedProperty().get().id();
        session.sync().drain(Duration.ofSeconds(30));

        call.synchronised();
        assertThat(call.readBackProperty().get().key()).isEqualTo("capture.readback.refused");
        assertThat(r.rejected()).hasSize(1);
        RejectedCapture refused = r.rejected().get(0);
        assertThat(refused.requestId()).isEqualTo(id);
        assertThat(refused.reason().key()).isEqualTo("capture.rejected.field");
        assertThat(caller.history()).filteredOn(i -> i.request().id().equals(id)).singleElement()
                .satisfies(i -> assertThat(i.rejection()).isNotNull());

        call.correct(refused);
        assertThat(r.correctingProperty().get()).isEqualTo(refused);
        assertThat(caller.callerProperty().get().lastName()).isEqualTo("Roy");
        assertThat(r.typeProperty().get().code()).isEqualTo("VOI-NIDPOULE");
        assertThat(r.fields().get(1).choiceProperty().get()).isEqualTo("BIKE");
        assertThat(r.fields().get(2).textProperty().get()).isEqualTo("2");
        assertThat(r.descriptionProperty().get()).isEqualTo("Sur la piste cyclable");
        assertThat(r.locationErrorProperty().get().key()).isEqualTo("validation.unknown_address");
        assertThat(r.rejected()).as("out of the list while it is being corrected").isEmpty();

        r.addressQueryProperty().set("rue");
        r.chooseFirstAddress();
        assertThat(r.submit()).isTrue();
        assertThat(r.submittedProperty().get().corrected()).isTrue();
        assertThat(call.readBackProperty().get().key()).isEqualTo("capture.corrected");
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        assertThat(new Outbox(session.store()).counts().rejected()).isZero();
        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("supervisor", "relais-demo");
        var stored = http.get("/api/v1/requests/" + id, token);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().path("description").asText()).isEqualTo("Sur la piste cyclable");
        assertThat(stored.json().path("attributes").path("POSITION").asText()).isEqualTo("BIKE");

        call.synchronised();
        assertThat(call.readBackProperty().get().key()).as("the server's number once it is known")
                .isEqualTo("capture.readback.number");
        assertThat((String) call.readBackProperty().get().args()[1]).isEqualTo(stored.json().path("number").asText());
    }

    @Test
    void aCallerIsEditedInlineAndOnlyTheChangedFieldsAreSent() throws Exception {
        CallerLookupViewModel c = call.caller();
        c.queryProperty().set("819 555 3333");
        c.startNewCaller();
        c.lastNameProperty().set("Pelletier");
        c.emailProperty().set("pelletier@example.ca");
        c.saveNewCaller();
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        c.choose(new LocalMirror(session.store()).caller(c.callerProperty().get().id()).orElseThrow());

        assertThat(c.editCaller()).isTrue();
        assertThat(c.creatingProperty().get()).isTrue();
        assertThat(c.lastNameProperty().get()).isEqualTo("Pelletier");
        assertThat(c.emailProperty().get()).isEqualTo("pelletier@example.ca");
        c.emailProperty().set("pas un courriel");
        assertThat(c.saveCaller()).isEmpty();
        assertThat(c.emailErrorProperty().get().key()).isEqualTo("caller.error.email");
        assertThat(c.lastNameProperty().get()).as("a refused save keeps the form").isEqualTo("Pelletier");
        c.emailProperty().set("pelletier@example.ca");
        c.firstNameProperty().set("Josée");

        assertThat(c.saveCaller()).isPresent();
        OutboxEntry last = new Outbox(session.store()).all().stream().reduce((a, b) -> b).orElseThrow();
        assertThat(last.kind()).isEqualTo(OutboxEntry.Kind.UPDATE_CALLER);
        assertThat(last.bodyJson()).isEqualTo("{\"first_name\":\"Josée\"}");
        assertThat(c.callerProperty().get().firstName()).isEqualTo("Josée");
        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("supervisor", "relais-demo");
        var stored = http.get("/api/v1/callers/" + c.callerProperty().get().id(), token).json();
        assertThat(stored.path("first_name").asText()).isEqualTo("Josée");
        assertThat(stored.path("emails").get(0).asText()).isEqualTo("pelletier@example.ca");
    }

    @Test
    void aHandoffNeedsADepartmentAndANoteThenReachesTheRequestsHistory() throws Exception {
        HandoffViewModel h = call.handoff();
        assertThat(call.openHandoff(null)).as("nothing saved yet in this call").isFalse();
        assertThat(h.unavailableProperty().get().key()).isEqualTo("handoff.error.noRequest");

        RequestCaptureViewModel r = call.request();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        r.addressQueryProperty().set("rue");
        r.chooseFirstAddress();
        r.fields().get(0).choiceProperty().set("LARGE");
        r.fields().get(1).choiceProperty().set("LANE");
        assertThat(r.submit()).isTrue();
        java.util.UUID id = r.submittedProperty().get().id();

        assertThat(call.openHandoff(null)).isTrue();
        assertThat(h.openProperty().get()).isTrue();
        assertThat(h.handOff()).isFalse();
        assertThat(h.departmentErrorProperty().get().key()).isEqualTo("handoff.error.department");
        assertThat(h.noteErrorProperty().get().key()).isEqualTo("handoff.error.note");
        h.departmentProperty().set(h.departments().stream().filter(d -> d.code().equals("SEI")).findFirst()
                .orElseThrow());
        h.noteProperty().set("Le citoyen rappelle pour la troisième fois.");
        assertThat(h.handOff()).isFalse();
        assertThat(h.departmentErrorProperty().get().key()).isEqualTo("handoff.error.sameDepartment");
        h.departmentProperty().set(h.departments().stream().filter(d -> d.code().equals("ARR-FLEURIMONT"))
                .findFirst().orElseThrow());
        h.urgencyProperty().set("HIGH");
        assertThat(h.handOff()).isTrue();
        assertThat(h.openProperty().get()).isFalse();
        assertThat(call.readBackProperty().get().key()).isEqualTo("handoff.done");

        assertThat(session.sync().drain(Duration.ofSeconds(30))).isTrue();
        ca.relais.support.Http http = new ca.relais.support.Http(server.baseUrl());
        String token = http.login("supervisor", "relais-demo");
        var stored = http.get("/api/v1/requests/" + id, token).json();
        assertThat(stored.path("department").asText()).isEqualTo("ARR-FLEURIMONT");
        assertThat(stored.path("history").findValuesAsText("text")).contains("Le citoyen rappelle pour la troisième fois.");

        call.caller().queryProperty().set("x");
        assertThat(new ca.relais.client.sync.RequestDetails(session.api(), session.sync()::token,
                new LocalMirror(session.store())).refresh(id)).isTrue();
        assertThat(HistoryItem.of(stored.isMissingNode() ? null : new LocalMirror(session.store()).request(id)
                .orElseThrow(), new ca.relais.domain.LocalizedText("Nid-de-poule", "Pothole"),
                new LocalMirror(session.store()).history(id), null).latestHandoff().text())
                .isEqualTo("Le citoyen rappelle pour la troisième fois.");
    }

    @Test
    void natureShortcutsChooseAmongTheTypesNatures() {
        RequestCaptureViewModel r = call.request();
        assertThat(r.chooseNature(0)).as("no type, no nature").isFalse();
        r.typeQueryProperty().set("nid poule");
        r.chooseFirstSuggestion();
        assertThat(r.chooseNature(2)).isTrue();
        assertThat(r.natureProperty().get()).isEqualTo(Nature.INFORMATION);
        assertThat(r.chooseNature(3)).as("a pothole cannot be a comment").isFalse();
        assertThat(r.natureProperty().get()).isEqualTo(Nature.INFORMATION);
    }

    /** The call's context, but its local writes go to a cache that is closed: every save fails. */
    private CaptureContext writingToAClosedCache(Path elsewhere) throws Exception {
        ca.relais.client.store.LocalStore closed = ca.relais.client.store.LocalStore.open(elsewhere, "agent8000",
                "relais-demo".toCharArray());
        closed.close();
        CaptureContext real = context();
        return new CaptureContext(real.catalogue(), real.mirror(), new ca.relais.client.store.LocalWrites(closed),
                real.outbox(), real.details(), real.username(), real.lineCode(), real.defaultChannel(), () -> { },
                real.clock());
    }
}
