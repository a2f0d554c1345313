package ca.relais.client.ui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CatalogueDto;
import ca.relais.api.UserDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.domain.RequestStatus;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox's rules, without a JavaFX toolkit, on an inbox server in memory. */
class InboxViewModelTest {
    static final Instant NOW = Instant.parse("2026-11-29T15:00:00Z");
    static final UserDto SECRETARIAT = new UserDto("secretariat-fleurimont", "Secrétariat Fleurimont",
            List.of("secretariat"), "ARR-FLEURIMONT", "secretariat");
    static final UserDto SUPERVISOR = new UserDto("supervisor", "Superviseure", List.of("supervisor"), "SCEC", "8000");
    static final List<CatalogueDto.DepartmentDto> DEPARTMENTS = List.of(
            new CatalogueDto.DepartmentDto("ARR-FLEURIMONT", "Secrétariat de Fleurimont", "Fleurimont", "5120", false,
                    "FLEURIMONT"),
            new CatalogueDto.DepartmentDto("SEI", "Entretien", "Maintenance", "4210", true, null));

    final FakeInbox server = new FakeInbox();

    InboxViewModel inbox(UserDto user) {
        InboxViewModel vm = new InboxViewModel(server, server, user, DEPARTMENTS, UiExecutors.direct(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        vm.refresh();
        return vm;
    }

    static List<String> numbers(List<InboxRequest> items) {
        return items.stream().map(i -> i.request().number()).toList();
    }

    /** Selects these requests, looking among the closed ones (their own filter) for those the queue does not show. */
    void select(InboxViewModel vm, String... numbers) {
        if (vm.filterProperty().get() == InboxViewModel.Filter.CLOSED) {
            vm.filterProperty().set(InboxViewModel.Filter.ALL);
        }
        List<InboxRequest> found = new java.util.ArrayList<>(vm.items().stream()
                .filter(i -> List.of(numbers).contains(i.request().number())).toList());
        if (found.size() < numbers.length) {
            vm.filterProperty().set(InboxViewModel.Filter.CLOSED);
            vm.items().stream().filter(i -> List.of(numbers).contains(i.request().number())).forEach(found::add);
        }
        vm.selected().setAll(found);
    }

    @Test
    void theQueueIsMyDepartmentsSortedByDueTimeThoseWithoutOneLast() {
        server.add("R-3", "NEW", "ARR-FLEURIMONT", null, NOW.plus(Duration.ofDays(3)), "ON_TIME");
        server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "x", NOW.minus(Duration.ofHours(1)), "OVERDUE");
        server.add("R-none", "NEW", "ARR-FLEURIMONT", null, null, "NONE");
        server.add("R-2", "IN_PROGRESS", "ARR-FLEURIMONT", "x", NOW.plus(Duration.ofHours(2)), "AT_RISK");
        server.add("R-other", "NEW", "SEI", null, NOW, "OVERDUE");
        InboxViewModel vm = inbox(SECRETARIAT);
        assertThat(numbers(vm.items())).containsExactly("R-1", "R-2", "R-3", "R-none");
        assertThat(server.calls).containsExactly("queue ARR-FLEURIMONT");
    }

    @Test
    void filtersShowUnacceptedAtRiskAndOverdueWithTheirCounts() {
        server.add("R-new", "NEW", "ARR-FLEURIMONT", null, NOW.plus(Duration.ofDays(3)), "ON_TIME");
        server.add("R-late", "ASSIGNED", "ARR-FLEURIMONT", "x", NOW.minus(Duration.ofHours(1)), "OVERDUE");
        server.add("R-risk", "IN_PROGRESS", "ARR-FLEURIMONT", "x", NOW.plus(Duration.ofHours(2)), "AT_RISK");
        ObjectNode handed = server.add("R-handed", "ASSIGNED", "ARR-FLEURIMONT", "someone", NOW.plusSeconds(90_000),
                "ON_TIME");
        handed.putObject("pending_handoff").put("from", "SCEC").put("to", "ARR-FLEURIMONT").put("note", "n")
                .put("urgency", "HIGH");
        InboxViewModel vm = inbox(SECRETARIAT);
        vm.filterProperty().set(InboxViewModel.Filter.UNACCEPTED);
        assertThat(numbers(vm.items())).containsExactly("R-handed", "R-new");
        vm.filterProperty().set(InboxViewModel.Filter.AT_RISK);
        assertThat(numbers(vm.items())).containsExactly("R-risk");
        vm.filterProperty().set(InboxViewModel.Filter.OVERDUE);
        assertThat(numbers(vm.items())).containsExactly("R-late");
        assertThat(vm.countProperty(InboxViewModel.Filter.ALL).get()).isEqualTo(4);
        assertThat(vm.countProperty(InboxViewModel.Filter.UNACCEPTED).get()).isEqualTo(2);
        assertThat(vm.countProperty(InboxViewModel.Filter.OVERDUE).get()).isEqualTo(1);
    }

    @Test
    void aCachedRequestWithoutTheServersStateIsJudgedByItsDueTime() {
        server.add("R-past", "NEW", "ARR-FLEURIMONT", null, NOW.minusSeconds(60), null);
        server.add("R-soon", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(3600), null);
        server.add("R-later", "NEW", "ARR-FLEURIMONT", null, NOW.plus(Duration.ofDays(2)), null);
        InboxViewModel vm = inbox(SECRETARIAT);
        assertThat(vm.items()).extracting(vm::sla).containsExactly(ca.relais.domain.SlaState.OVERDUE,
                ca.relais.domain.SlaState.AT_RISK, ca.relais.domain.SlaState.ON_TIME);
    }

    @Test
    void actionsFollowTheSelectionsStatuses() {
        server.add("R-new", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        server.add("R-mine", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont", NOW.plusSeconds(60_000),
                "ON_TIME");
        server.add("R-done", "RESOLVED", "ARR-FLEURIMONT", "x", null, "NONE");
        InboxViewModel vm = inbox(SECRETARIAT);
        assertThat(List.of(vm.allowed().acceptProperty().get(), vm.allowed().noteProperty().get())).containsOnly(false);

        select(vm, "R-new");
        assertThat(vm.allowed().acceptProperty().get()).isTrue();
        assertThat(vm.allowed().reopenProperty().get()).isFalse();
        assertThat(vm.allowed().mergeProperty().get()).as("merging needs two").isFalse();
        assertThat(vm.form().statuses()).contains(RequestStatus.RESOLVED, RequestStatus.CLOSED)
                .doesNotContain(RequestStatus.NEW, RequestStatus.DUPLICATE);

        select(vm, "R-mine");
        assertThat(vm.allowed().acceptProperty().get()).as("already mine").isFalse();
        assertThat(vm.allowed().setStatusProperty().get()).isTrue();

        select(vm, "R-done");
        assertThat(vm.allowed().reopenProperty().get()).isTrue();
        assertThat(List.of(vm.allowed().acceptProperty().get(), vm.allowed().setStatusProperty().get(),
                vm.allowed().reassignProperty().get())).containsOnly(false);
        assertThat(vm.allowed().noteProperty().get()).as("a public note may follow a resolution").isTrue();

        select(vm, "R-new", "R-mine");
        assertThat(vm.allowed().mergeProperty().get()).isTrue();
        assertThat(vm.allowed().acceptProperty().get()).isTrue();
        select(vm, "R-new", "R-done");
        assertThat(vm.allowed().mergeProperty().get()).isFalse();
        assertThat(vm.begin(InboxViewModel.Mode.MERGE)).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("inbox.error.notForSelection");
    }

    @Test
    void aSecretariatOrAnAgentStaysInItsDepartmentSupervisorsMayChoose() {
        assertThat(inbox(SECRETARIAT).canChooseDepartment()).isFalse();
        assertThat(inbox(new UserDto("agent8000", "Agent", List.of("agent"), "SCEC", "8000")).canChooseDepartment())
                .isFalse();
        InboxViewModel vm = inbox(SUPERVISOR);
        assertThat(vm.canChooseDepartment()).isTrue();
        assertThat(vm.departmentProperty().get()).isEqualTo("SCEC");
        server.add("R-sei", "NEW", "SEI", null, NOW, "OVERDUE");
        vm.departmentProperty().set("SEI");
        assertThat(numbers(vm.items())).containsExactly("R-sei");
    }

    @Test
    void acceptingSendsTheVersionSeenAndReloads() {
        server.add("R-1", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        vm.accept();
        assertThat(server.calls).contains("accept R-1 v1");
        assertThat(vm.messageProperty().get().key()).isEqualTo("inbox.done");
        assertThat(vm.items().get(0).request().assignee()).isEqualTo("secretariat-fleurimont");
        assertThat(vm.selected()).as("the selection survives the reload").hasSize(1);
        assertThat(vm.allowed().acceptProperty().get()).isFalse();
    }

    @Test
    void resolvingNeedsAResolutionCodeAndSendsTheText() {
        server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont", NOW.plusSeconds(50_000),
                "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        assertThat(vm.begin(InboxViewModel.Mode.STATUS)).isTrue();
        vm.form().statusProperty().set(RequestStatus.RESOLVED);
        vm.form().textProperty().set("Trou réparé le 28 novembre.");
        assertThat(vm.submit()).isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.resolutionCode");
        assertThat(server.calls).doesNotContain("update R-1 v1");
        vm.form().resolutionCodeProperty().set("FIXED");
        assertThat(vm.submit()).isTrue();
        assertThat(server.calls).contains("update R-1 v1");
        assertThat(server.bodies.get(0).toString()).isEqualTo(
                "{\"status\":\"RESOLVED\",\"resolution_code\":\"FIXED\",\"resolution\":\"Trou réparé le 28 novembre.\"}");
        assertThat(vm.form().modeProperty().get()).isEqualTo(InboxViewModel.Mode.NONE);
    }

    @Test
    void aReloadWhileAFormIsOpenKeepsTheFormAndWhatWasTyped() {
        server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont", NOW.plusSeconds(50_000),
                "ON_TIME");
        server.add("R-2", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(60_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        // As a list control does: replacing its items drops its selection, and the view passes that on.
        vm.items().addListener((javafx.collections.ListChangeListener<InboxRequest>) c -> vm.selected().clear());
        select(vm, "R-1");
        assertThat(vm.begin(InboxViewModel.Mode.NOTE_PUBLIC)).isTrue();
        vm.form().textProperty().set("Une équipe passe jeudi.");

        vm.refresh();

        assertThat(vm.form().modeProperty().get()).isEqualTo(InboxViewModel.Mode.NOTE_PUBLIC);
        assertThat(vm.form().textProperty().get()).isEqualTo("Une équipe passe jeudi.");
        assertThat(numbers(vm.selected())).containsExactly("R-1");
    }

    @Test
    void theAnswerToAnEarlierFormLeavesTheFormOpenedSinceAsItIs() {
        server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont", NOW.plusSeconds(50_000),
                "ON_TIME");
        java.util.ArrayDeque<Runnable> network = new java.util.ArrayDeque<>();
        InboxViewModel vm = new InboxViewModel(server, server, SECRETARIAT, DEPARTMENTS,
                new UiExecutors(network::add, Runnable::run), Clock.fixed(NOW, ZoneOffset.UTC));
        vm.refresh();
        network.poll().run();
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.NOTE_PUBLIC);
        vm.form().textProperty().set("Une équipe passe jeudi.");
        assertThat(vm.submit()).isTrue();
        vm.begin(InboxViewModel.Mode.STATUS);
        vm.form().statusProperty().set(RequestStatus.RESOLVED);
        vm.form().textProperty().set("Trou réparé");

        while (!network.isEmpty()) {
            network.poll().run();
        }

        assertThat(server.calls).contains("note R-1 PUBLIC Une équipe passe jeudi.");
        assertThat(vm.form().modeProperty().get()).as("the status form the user is filling in").isEqualTo(
                InboxViewModel.Mode.STATUS);
        assertThat(vm.form().textProperty().get()).isEqualTo("Trou réparé");
        vm.form().resolutionCodeProperty().set("FIXED");
        assertThat(vm.submit()).isTrue();
        while (!network.isEmpty()) {
            network.poll().run();
        }
        assertThat(vm.form().modeProperty().get()).as("its own answer closes it").isEqualTo(InboxViewModel.Mode.NONE);
    }

    @Test
    void aStatusChosenInAnOpenFormSurvivesAReloadThatChangesTheChoices() {
        ObjectNode request = server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont",
                NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        // As a list control does: replacing its items drops its value, and the binding passes that on.
        vm.form().statuses().addListener((javafx.collections.ListChangeListener<RequestStatus>) c ->
                vm.form().statusProperty().set(null));
        select(vm, "R-1");
        assertThat(vm.begin(InboxViewModel.Mode.STATUS)).isTrue();
        vm.form().statusProperty().set(RequestStatus.RESOLVED);
        List<RequestStatus> before = List.copyOf(vm.form().statuses());

        request.put("status", "IN_PROGRESS");
        vm.refresh();

        assertThat(vm.form().statuses()).as("the choices did change").isNotEqualTo(before);
        assertThat(vm.form().modeProperty().get()).isEqualTo(InboxViewModel.Mode.STATUS);
        assertThat(vm.form().statusProperty().get()).isEqualTo(RequestStatus.RESOLVED);
    }

    @Test
    void notesAreInternalOrPublicAndNeedText() {
        server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "x", NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.NOTE_PUBLIC);
        assertThat(vm.submit()).isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.text");
        vm.form().textProperty().set("Équipe prévue jeudi.");
        assertThat(vm.submit()).isTrue();
        vm.begin(InboxViewModel.Mode.NOTE_INTERNAL);
        vm.form().textProperty().set("Appeler le contremaître");
        vm.submit();
        assertThat(server.calls).contains("note R-1 PUBLIC Équipe prévue jeudi.", "note R-1 INTERNAL Appeler le contremaître");
    }

    @Test
    void reassigningNeedsAnotherDepartmentAndANote() {
        server.add("R-1", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.REASSIGN);
        vm.form().targetProperty().set(DEPARTMENTS.get(0));
        vm.form().textProperty().set("Pas chez nous");
        assertThat(vm.submit()).isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.sameDepartment");
        vm.form().targetProperty().set(DEPARTMENTS.get(1));
        vm.form().textProperty().set("");
        assertThat(vm.submit()).isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.handoffNote");
        vm.form().textProperty().set("Conduite d'eau : c'est l'entretien.");
        vm.form().urgencyProperty().set("HIGH");
        assertThat(vm.submit()).isTrue();
        assertThat(server.bodies.get(0).toString()).isEqualTo(
                "{\"to_department\":\"SEI\",\"note\":\"Conduite d'eau : c'est l'entretien.\",\"urgency\":\"HIGH\"}");
        assertThat(vm.items()).as("gone from my queue").isEmpty();
    }

    @Test
    void mergingFoldsTheOthersIntoTheChosenMaster() {
        server.add("R-a", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        server.add("R-b", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(60_000), "ON_TIME");
        server.add("R-c", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(70_000), "ON_TIME");
        server.add("R-x", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(80_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-a", "R-b", "R-c");
        assertThat(vm.begin(InboxViewModel.Mode.MERGE)).isTrue();
        assertThat(vm.form().masterProperty().get()).isNotNull();
        vm.form().masterProperty().set(vm.items().stream().filter(i -> i.request().number().equals("R-x")).findFirst()
                .orElseThrow());
        assertThat(vm.submit()).as("the master is one of the selected").isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.master");
        vm.form().masterProperty().set(vm.selected().stream().filter(i -> i.request().number().equals("R-b"))
                .findFirst().orElseThrow());
        assertThat(vm.submit()).isTrue();
        assertThat(server.calls).contains("merge into R-b [R-a v1, R-c v1]");
        assertThat(numbers(vm.items())).containsExactly("R-b", "R-x");
    }

    @Test
    void recentlyClosedRequestsHaveTheirOwnFilterToBeReopened() {
        server.add("R-open", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        server.add("R-done", "RESOLVED", "ARR-FLEURIMONT", "x", null, "NONE");
        InboxViewModel vm = inbox(SECRETARIAT);
        assertThat(numbers(vm.items())).containsExactly("R-open");
        assertThat(vm.countProperty(InboxViewModel.Filter.CLOSED).get()).isEqualTo(1);
        vm.filterProperty().set(InboxViewModel.Filter.CLOSED);
        assertThat(numbers(vm.items())).containsExactly("R-done");
        vm.selected().setAll(vm.items());
        assertThat(vm.allowed().reopenProperty().get()).isTrue();
    }

    @Test
    void closedRequestsAreListedMostRecentlyClosedFirst() {
        server.add("R-old", "CLOSED", "ARR-FLEURIMONT", "x", NOW.minusSeconds(900_000), "NONE")
                .put("closed_at", NOW.minusSeconds(800_000).toString());
        server.add("R-new", "RESOLVED", "ARR-FLEURIMONT", "x", NOW.plusSeconds(900_000), "NONE")
                .put("closed_at", NOW.minusSeconds(3_600).toString());
        server.add("R-mid", "CLOSED", "ARR-FLEURIMONT", "x", NOW.minusSeconds(100), "NONE")
                .put("closed_at", NOW.minusSeconds(90_000).toString());
        InboxViewModel vm = inbox(SECRETARIAT);
        vm.filterProperty().set(InboxViewModel.Filter.CLOSED);
        assertThat(numbers(vm.items())).containsExactly("R-new", "R-mid", "R-old");
    }

    @Test
    void reopeningNeedsANote() {
        server.add("R-1", "CLOSED", "ARR-FLEURIMONT", "x", null, "NONE");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.REOPEN);
        assertThat(vm.submit()).isFalse();
        assertThat(vm.form().errorProperty().get().key()).isEqualTo("inbox.error.reopenNote");
        vm.form().textProperty().set("Le trou est revenu");
        assertThat(vm.submit()).isTrue();
        assertThat(server.calls).contains("reopen R-1 Le trou est revenu");
    }

    @Test
    void actionsOnASelectionGoInOneBulkCallAndSayWhatWasRefused() {
        server.add("R-a", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        ObjectNode b = server.add("R-b", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(60_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-a", "R-b");
        server.changeElsewhere(b, "assignee", "someone");
        vm.accept();
        assertThat(server.calls).contains("bulk accept [R-a, R-b]");
        assertThat(vm.messageProperty().get().key()).isEqualTo("inbox.done.bulkPartly");
        assertThat(vm.messageProperty().get().args()).containsSubsequence(1L, 1L);

        select(vm, "R-a", "R-b");
        vm.begin(InboxViewModel.Mode.STATUS);
        vm.form().statusProperty().set(RequestStatus.CLOSED);
        vm.form().resolutionCodeProperty().set("NO_ACTION_REQUIRED");
        assertThat(vm.submit()).isTrue();
        assertThat(server.bodies.get(server.bodies.size() - 1).get("action").asText()).isEqualTo("status");
        assertThat(server.bodies.get(server.bodies.size() - 1).get("resolution_code").asText())
                .isEqualTo("NO_ACTION_REQUIRED");
    }

    @Test
    void aConflictShowsBothSidesAndKeepingMineSendsItAgainOnTheCurrentVersion() {
        ObjectNode r = server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont",
                NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        server.changeElsewhere(r, "status", "WAITING");
        vm.begin(InboxViewModel.Mode.STATUS);
        vm.form().statusProperty().set(RequestStatus.RESOLVED);
        vm.form().resolutionCodeProperty().set("FIXED");
        vm.submit();
        ConflictViewModel conflict = vm.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(conflict.differing()).containsExactly("status", "resolution_code");
        assertThat(conflict.rows()).filteredOn(row -> row.field().equals("status")).singleElement()
                .satisfies(row -> {
                    assertThat(row.mine()).isEqualTo("RESOLVED");
                    assertThat(row.theirs()).isEqualTo("WAITING");
                });
        assertThat(conflict.rows()).filteredOn(row -> row.field().equals("department")).singleElement()
                .satisfies(row -> assertThat(row.differs()).isFalse());
        vm.keepMine();
        assertThat(server.calls).containsSubsequence("update R-1 v2");
        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(r.get("status").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aFormKeepsTheVersionItWasOpenedOnEvenWhenTheQueueIsReloaded() {
        ObjectNode r = server.add("R-1", "ASSIGNED", "ARR-FLEURIMONT", "secretariat-fleurimont",
                NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        vm.shownProperty().set(true);
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.STATUS);
        server.changeElsewhere(r, "priority", "3");
        vm.serverChanged();
        assertThat(vm.form().modeProperty().get()).as("the reload keeps the form open")
                .isEqualTo(InboxViewModel.Mode.STATUS);
        vm.form().statusProperty().set(RequestStatus.IN_PROGRESS);
        vm.submit();
        assertThat(vm.conflictProperty().get()).as("made on version 1, the server holds 2").isNotNull();
        assertThat(vm.conflictProperty().get().differing()).containsExactly("status", "priority");
        select(vm);
        vm.takeTheirs();
        assertThat(r.get("status").asText()).isEqualTo("ASSIGNED");
    }

    @Test
    void choosingOtherRequestsClosesTheForm() {
        server.add("R-1", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        server.add("R-2", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(60_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        vm.begin(InboxViewModel.Mode.NOTE_INTERNAL);
        select(vm, "R-2");
        assertThat(vm.form().modeProperty().get()).isEqualTo(InboxViewModel.Mode.NONE);
    }

    @Test
    void takingTheServersVersionDropsMyChange() {
        ObjectNode r = server.add("R-1", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        InboxViewModel vm = inbox(SECRETARIAT);
        select(vm, "R-1");
        server.changeElsewhere(r, "assignee", "colleague");
        vm.accept();
        assertThat(vm.conflictProperty().get().differing()).containsExactly("status", "assignee");
        int calls = server.calls.size();
        vm.takeTheirs();
        assertThat(server.calls).hasSize(calls);
        assertThat(vm.conflictProperty().get()).isNull();
        assertThat(vm.items().get(0).request().assignee()).isEqualTo("colleague");
        assertThat(vm.messageProperty().get().key()).isEqualTo("inbox.conflict.tookTheirs");
    }

    @Test
    void offlineTheCachedQueueShowsAndActionsWaitForTheServer() {
        server.add("R-1", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        server.down = true;
        InboxViewModel vm = inbox(SECRETARIAT);
        assertThat(vm.offlineProperty().get()).isTrue();
        assertThat(numbers(vm.items())).containsExactly("R-1");
        select(vm, "R-1");
        assertThat(vm.history()).extracting(e -> e.text()).containsExactly("cached");
        InboxAllowed allowed = vm.allowed();
        assertThat(List.of(allowed.acceptProperty().get(), allowed.noteProperty().get(),
                allowed.setStatusProperty().get()))
                .containsOnly(false);
        vm.accept();
        assertThat(vm.messageProperty().get().key()).isEqualTo("inbox.offline.action");
        server.down = false;
        vm.refresh();
        assertThat(vm.offlineProperty().get()).isFalse();
        assertThat(vm.allowed().acceptProperty().get()).isTrue();
    }

    @Test
    void serverChangesReloadOnlyWhileShown() {
        InboxViewModel vm = inbox(SECRETARIAT);
        int calls = server.calls.size();
        vm.serverChanged();
        assertThat(server.calls).hasSize(calls);
        vm.shownProperty().set(true);
        server.add("R-new", "NEW", "ARR-FLEURIMONT", null, NOW.plusSeconds(50_000), "ON_TIME");
        vm.serverChanged();
        assertThat(numbers(vm.items())).containsExactly("R-new");
    }
}
