package ca.relais.client.ui.inbox;

import ca.relais.api.CatalogueDto;
import ca.relais.api.EventDto;
import ca.relais.api.RequestDto;
import ca.relais.api.UserDto;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.InboxBackend;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.sync.ServerUnavailableException;
import ca.relais.client.sync.VersionConflictException;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.RequestStatus;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox of a department (a borough secretariat or a service): its queue sorted by due time with at-risk and
 * overdue requests marked, a filter, the chosen request with its whole story, and the actions on one request or on a
 * selection: accept, reassign, notes, status with resolution, merge, reopen. Actions go to the server at once; when it
 * cannot be reached the queue comes from the cache and the actions wait for it. A change made on an older version
 * opens the conflict, which the user settles.
 */
public final class InboxViewModel {
    public static final int LIMIT = 1000;
    public static final List<String> URGENCIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");

    /** Which part of the queue is shown. */
    public enum Filter { ALL, UNACCEPTED, AT_RISK, OVERDUE, CLOSED }

    /** What the action form below the request is for. */
    public enum Mode { NONE, NOTE_INTERNAL, NOTE_PUBLIC, STATUS, REASSIGN, MERGE, REOPEN }

    private final InboxBackend backend;
    private final InboxCache cache;
    private final UserDto user;
    private final UiExecutors executors;
    private final Clock clock;
    private final List<InboxRequest> queue = new ArrayList<>();
    private final ObservableList<InboxRequest> items = FXCollections.observableArrayList();
    private final ObservableList<CatalogueDto.DepartmentDto> departments = FXCollections.observableArrayList();
    private final ObjectProperty<Filter> filter = new SimpleObjectProperty<>(Filter.ALL);
    private final ObjectProperty<String> department = new SimpleObjectProperty<>();
    private final ObservableList<InboxRequest> selected = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<InboxRequest> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConflictViewModel> conflict = new ReadOnlyObjectWrapper<>();
    private final Map<Filter, ReadOnlyObjectWrapper<Integer>> counts = new LinkedHashMap<>();
    private final InboxForm form = new InboxForm();
    private final InboxAllowed allowed = new InboxAllowed();
    private boolean reshowing;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private Runnable retry;
    private boolean loading;
    private boolean reloadAgain;

    public InboxViewModel(InboxBackend backend, InboxCache cache, UserDto user,
                          List<CatalogueDto.DepartmentDto> departments, UiExecutors executors, Clock clock) {
        this.backend = backend;
        this.cache = cache;
        this.user = user;
        this.executors = executors;
        this.clock = clock;
        this.departments.setAll(departments);
        for (Filter f : Filter.values()) {
            counts.put(f, new ReadOnlyObjectWrapper<>(0));
        }
        department.set(user.department() != null ? user.department()
                : departments.isEmpty() ? null : departments.get(0).code());
        filter.addListener((o, a, b) -> show());
        department.addListener((o, a, b) -> {
            queue.clear();
            show();
            refresh();
        });
        selected.addListener((javafx.collections.ListChangeListener<InboxRequest>) c -> selectionChanged());
        offline.addListener((o, a, b) -> updateEnabling());
    }

    /** Supervisors and administrators may look at any department's queue; the others work on their own. */
    public boolean canChooseDepartment() {
        return user.roles().contains("supervisor") || user.roles().contains("admin") || user.department() == null;
    }

    /** Reloads the queue, from the server or else from the cache; several calls meanwhile make one more reload. */
    public void refresh() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        String dept = department.get();
        if (dept == null) {
            return;
        }
        loading = true;
        busy.set(true);
        executors.run(() -> load(dept), loaded -> {
            loading = false;
            busy.set(false);
            if (dept.equals(department.get())) {
                offline.set(loaded.offline());
                queue.clear();
                queue.addAll(loaded.items());
                show();
                refreshDetail();
            }
            if (reloadAgain) {
                reloadAgain = false;
                refresh();
            }
        }, e -> {
            loading = false;
            busy.set(false);
            message.set(failure(e));
        });
    }

    private record Loaded(List<InboxRequest> items, boolean offline) {
    }

    private Loaded load(String dept) throws ApiException {
        try {
            List<InboxRequest> items = new ArrayList<>(backend.queue(dept, LIMIT).items());
            items.addAll(backend.recentlyClosed(dept, LIMIT).items());
            return new Loaded(items, false);
        } catch (ServerUnavailableException e) {
            return new Loaded(cache.queue(dept).stream().map(InboxRequest::cached).toList(), true);
        }
    }

    /** The synchronisation applied the server's changes: reload while the inbox is on screen. */
    public void serverChanged() {
        if (shown.get()) {
            refresh();
        }
    }

    /**
     * Puts the reloaded queue on screen. The list control may drop and restore its selection while its items are
     * replaced: an open action form stays open meanwhile, with what the user typed in it.
     */
    private void show() {
        reshowing = true;
        try {
            showQueue();
        } finally {
            reshowing = false;
        }
        closeFormThatNoLongerFits();
    }

    private void showQueue() {
        java.time.Instant now = clock.instant();
        List<InboxRequest> sorted = queue.stream().sorted(InboxRules.BY_DUE_TIME).toList();
        for (Filter f : Filter.values()) {
            counts.get(f).set((int) sorted.stream().filter(i -> InboxRules.matches(f, i, now)).count());
        }
        List<UUID> keep = selected.stream().map(i -> i.request().id()).toList();
        items.setAll(sorted.stream().filter(i -> InboxRules.matches(filter.get(), i, now))
                .sorted(filter.get() == Filter.CLOSED ? InboxRules.LATEST_CLOSED_FIRST : InboxRules.BY_DUE_TIME)
                .toList());
        List<InboxRequest> reselected = items.stream().filter(i -> keep.contains(i.request().id())).toList();
        if (!reselected.equals(List.copyOf(selected))) {
            selected.setAll(reselected);
        }
    }

    private void selectionChanged() {
        updateEnabling();
        InboxRequest one = selected.size() == 1 ? selected.get(0) : null;
        if (one == null) {
            detail.set(null);
        } else if (detail.get() == null || !detail.get().request().id().equals(one.request().id())) {
            detail.set(one);
            refreshDetail();
        }
        if (!reshowing) {
            closeFormThatNoLongerFits();
        }
    }

    /** A form open on requests no longer chosen, or no longer open to its action, closes. */
    private void closeFormThatNoLongerFits() {
        if (form.isOpen() && (!allowed.fits(form.modeProperty().get()) || !form.isOn(ids(selected)))) {
            form.close();
        }
    }

    private void refreshDetail() {
        InboxRequest shownNow = detail.get();
        if (shownNow == null) {
            return;
        }
        UUID id = shownNow.request().id();
        executors.run(() -> {
            try {
                return backend.read(id);
            } catch (ServerUnavailableException e) {
                return shownNow.withRequest(shownNow.request().withHistory(cache.history(id)));
            }
        }, read -> {
            if (detail.get() != null && detail.get().request().id().equals(id)) {
                detail.set(read);
            }
        }, e -> message.set(failure(e)));
    }

    private void updateEnabling() {
        List<InboxRequest> s = List.copyOf(selected);
        allowed.update(s, !offline.get(), user.username());
        form.allowStatuses(InboxRules.nextStatuses(s));
    }

    /** Opens the action form for {@code m}; false when the selection does not allow it. */
    public boolean begin(Mode m) {
        if (!allowed.fits(m)) {
            message.set(UserMessage.of(offline.get() ? "inbox.offline.action" : "inbox.error.notForSelection"));
            return false;
        }
        form.open(m, asRead(), selected.stream().min(java.util.Comparator.comparing(
                (InboxRequest i) -> i.request().createdAt(), java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder()))).orElse(null));
        return true;
    }

    public void cancel() {
        form.close();
    }

    /** Accepts the selected requests: assigned to me. */
    public void accept() {
        if (!allowed.acceptProperty().get()) {
            message.set(UserMessage.of(offline.get() ? "inbox.offline.action" : "inbox.error.notForSelection"));
            return;
        }
        List<InboxRequest> s = asRead();
        if (s.size() > 1) {
            bulk("inbox.action.accept", JsonNodeFactory.instance.objectNode().put("action", "accept"), s,
                    InboxForm.NONE);
            return;
        }
        InboxRequest one = s.get(0);
        versioned("inbox.action.accept", one, Map.of("status", RequestStatus.ASSIGNED.name(), "assignee",
                user.username()), version -> backend.accept(one.request().id(), version), InboxForm.NONE);
    }

    /**
     * Sends the action form, made on the requests as they were when the form opened: if someone changed one
     * meanwhile, the server refuses it and the conflict opens. Returns false (with the reason in
     * {@link InboxForm#errorProperty()}) when it is incomplete.
     */
    public boolean submit() {
        long sent = form.current();
        switch (InboxActionPlan.of(form.modeProperty().get(), form.values(), form.editing(), backend)) {
            case InboxActionPlan.Nothing n -> {
                return false;
            }
            case InboxActionPlan.Incomplete i -> {
                return form.refuse(i.messageKey());
            }
            case InboxActionPlan.Versioned v -> versioned(v.actionKey(), v.seen(), v.changes(), v.call(), sent);
            case InboxActionPlan.Plain p -> plain(p.actionKey(), p.seen(), p.call(), sent);
            case InboxActionPlan.Bulk b -> bulk(b.actionKey(), b.body(), b.on(), sent);
        }
        return true;
    }

    /**
     * The chosen requests as an action starts from: one request as last read whole (queue rows leave fields out,
     * and a conflict compares every field), several as the queue shows them.
     */
    private List<InboxRequest> asRead() {
        InboxRequest d = detail.get();
        if (selected.size() == 1 && d != null && d.request().id().equals(selected.get(0).request().id())
                && d.request().history() != null) {
            return List.of(d);
        }
        return List.copyOf(selected);
    }

    private static List<UUID> ids(List<InboxRequest> requests) {
        return requests.stream().map(i -> i.request().id()).toList();
    }

    private void versioned(String actionKey, InboxRequest seen, Map<String, String> changes,
                           InboxActionPlan.VersionedCall call, long form) {
        busy.set(true);
        executors.run(() -> call.send(seen.request().version()), done -> done(actionKey, seen, form), e -> {
            busy.set(false);
            if (e instanceof VersionConflictException c && c.current() != null) {
                retry = () -> versioned(actionKey, c.current(), changes, call, form);
                conflict.set(new ConflictViewModel(seen, changes, c.current(), actionKey));
            } else {
                message.set(failure(e));
            }
        });
    }

    private void plain(String actionKey, InboxRequest seen, InboxActionPlan.PlainCall call, long form) {
        busy.set(true);
        executors.run(() -> {
            call.send();
            return seen;
        }, done -> done(actionKey, seen, form), e -> {
            busy.set(false);
            message.set(failure(e));
        });
    }

    private void bulk(String actionKey, ObjectNode body, List<InboxRequest> on, long form) {
        busy.set(true);
        List<InboxBackend.Versioned> versions = on.stream()
                .map(i -> new InboxBackend.Versioned(i.request().id(), i.request().version())).toList();
        executors.run(() -> backend.bulk(body, versions), results -> {
            busy.set(false);
            long ok = results.stream().filter(InboxBackend.BulkResult::ok).count();
            this.form.closeIfStillOpen(form);
            message.set(ok == results.size() ? UserMessage.of("inbox.done.bulk", UserMessage.of(actionKey), ok)
                    : UserMessage.of("inbox.done.bulkPartly", UserMessage.of(actionKey), ok, results.size() - ok));
            refresh();
        }, e -> {
            busy.set(false);
            message.set(failure(e));
        });
    }

    private void done(String actionKey, InboxRequest seen, long form) {
        busy.set(false);
        this.form.closeIfStillOpen(form);
        conflict.set(null);
        retry = null;
        message.set(UserMessage.of("inbox.done", UserMessage.of(actionKey), number(seen)));
        refresh();
        refreshDetail();
    }

    /** Settles the conflict by sending my change again, on the version the server holds now. */
    public void keepMine() {
        Runnable again = retry;
        conflict.set(null);
        retry = null;
        if (again != null) {
            again.run();
        }
    }

    /** Settles the conflict by giving up my change: the request shows as the server holds it. */
    public void takeTheirs() {
        ConflictViewModel c = conflict.get();
        conflict.set(null);
        retry = null;
        if (c == null) {
            return;
        }
        InboxRequest theirs = c.theirs();
        queue.replaceAll(i -> i.request().id().equals(theirs.request().id()) ? theirs : i);
        form.close();
        message.set(UserMessage.of("inbox.conflict.tookTheirs", number(theirs)));
        show();
        if (detail.get() != null && detail.get().request().id().equals(theirs.request().id())) {
            detail.set(theirs);
            refreshDetail();
        }
    }

    private UserMessage failure(Exception e) {
        if (e instanceof ServerUnavailableException) {
            offline.set(true);
            return UserMessage.of("inbox.offline.action");
        }
        if (e instanceof ApiException a) {
            return UserMessage.of("inbox.error.refused", a.getMessage());
        }
        if (e instanceof VersionConflictException) {
            return UserMessage.of("inbox.error.refused", e.getMessage());
        }
        return UserMessage.of("inbox.error.refused", String.valueOf(e.getMessage()));
    }

    static String number(InboxRequest item) {
        RequestDto r = item.request();
        return r.number() != null ? r.number() : r.id().toString().substring(0, 8);
    }

    /** The request's history, oldest first (empty until read). */
    public List<EventDto> history() {
        InboxRequest d = detail.get();
        return d == null || d.request().history() == null ? List.of() : d.request().history();
    }

    public ca.relais.domain.SlaState sla(InboxRequest item) {
        return InboxRules.sla(item, clock.instant());
    }

    public Optional<CatalogueDto.DepartmentDto> departmentOf(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public UserDto user() {
        return user;
    }

    public ObservableList<InboxRequest> items() {
        return items;
    }

    public ObservableList<InboxRequest> selected() {
        return selected;
    }

    public ObservableList<CatalogueDto.DepartmentDto> departments() {
        return departments;
    }

    public ObjectProperty<Filter> filterProperty() {
        return filter;
    }

    public ObjectProperty<String> departmentProperty() {
        return department;
    }

    public ReadOnlyObjectProperty<Integer> countProperty(Filter f) {
        return counts.get(f).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InboxRequest> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConflictViewModel> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** What the chosen requests allow now. */
    public InboxAllowed allowed() {
        return allowed;
    }

    /** The action form: what is open, typed and chosen. */
    public InboxForm form() {
        return form;
    }

    /** Whether the inbox is on screen (it then follows the server's changes); the view binds it. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
