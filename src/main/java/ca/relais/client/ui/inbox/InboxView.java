package ca.relais.client.ui.inbox;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.api.PendingHandoffDto;
import ca.relais.api.RequestDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.Shortcuts;
import ca.relais.domain.LocalizedText;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The inbox screen: the department's queue on the left (several may be chosen for one action), the chosen request's
 * handoff, actions and story on the right, and the conflict over everything when a change met someone else's.
 */
public final class InboxView extends StackPane {
    private final InboxViewModel vm;
    private final I18n i18n;
    private final InboxCells cells;
    private final ListView<InboxRequest> list = new ListView<>();
    private final VBox history = new VBox(8);
    private final Button back = new Button();
    private boolean syncing;

    public InboxView(InboxViewModel vm, I18n i18n, Map<String, LocalizedText> typeNames) {
        this.vm = vm;
        this.i18n = i18n;
        this.cells = new InboxCells(vm, i18n, typeNames);
        setId("inbox");
        getStyleClass().add("inbox");
        BorderPane main = new BorderPane();
        main.setTop(toolbar());
        SplitPane split = new SplitPane(queue(), detail());
        split.setDividerPositions(0.45);
        main.setCenter(split);
        Label message = new Label();
        message.setId("inbox-message");
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.setGraphic(new FontIcon(Material2AL.INFO));
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("inbox-message");
        message.setMaxWidth(Double.MAX_VALUE);
        main.setBottom(message);
        getChildren().addAll(main, new ConflictPane(vm, i18n, cells::department));
        vm.shownProperty().bind(sceneProperty().isNotNull());
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && vm.form().modeProperty().get()
                    != InboxViewModel.Mode.NONE) {
                vm.submit();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && vm.form().modeProperty().get() != InboxViewModel.Mode.NONE) {
                vm.cancel();
                e.consume();
            }
        });
    }

    private Node toolbar() {
        back.setId("inbox-back");
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.textProperty().bind(i18n.bind("inbox.back"));
        back.getStyleClass().add(Styles.FLAT);
        back.setMinWidth(Region.USE_PREF_SIZE);
        Accessibility.describe(back, i18n, "inbox.back", "inbox.back.help");
        Label title = new Label();
        title.setId("inbox-title");
        title.setGraphic(new FontIcon(Material2AL.INBOX));
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(i18n.bind("inbox.title"));
        title.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<String> department = new ComboBox<>();
        department.setId("inbox-department");
        department.getItems().setAll(vm.departments().stream().map(CatalogueDto.DepartmentDto::code).toList());
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        department.setCellFactory(l -> new DepartmentCodeCell());
        department.setButtonCell(new DepartmentCodeCell());
        department.setDisable(!vm.canChooseDepartment());
        department.setPrefWidth(300);
        department.setMinWidth(140);
        Accessibility.describe(department, i18n, "inbox.department", "inbox.department.help");

        ToggleGroup filters = new ToggleGroup();
        HBox filterBox = new HBox(4);
        for (InboxViewModel.Filter f : InboxViewModel.Filter.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("inbox-filter-" + f.name());
            b.setToggleGroup(filters);
            b.setUserData(f);
            b.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("inbox.filter." + f.name(),
                    vm.countProperty(f).get()), i18n.localeProperty(), vm.countProperty(f)));
            b.accessibleTextProperty().bind(b.textProperty());
            b.setSelected(vm.filterProperty().get() == f);
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setGraphic(new FontIcon(switch (f) {
                case ALL -> Material2AL.INBOX;
                case UNACCEPTED -> Material2MZ.SEND;
                case AT_RISK -> Material2MZ.WARNING;
                case OVERDUE -> Material2AL.ERROR;
                case CLOSED -> Material2AL.DONE_ALL;
            }));
            filterBox.getChildren().add(b);
        }
        filters.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                vm.filterProperty().set((InboxViewModel.Filter) t.getUserData());
            }
        });
        vm.filterProperty().addListener((o, a, f) -> filters.getToggles().stream()
                .filter(t -> t.getUserData() == f).findFirst().ifPresent(t -> t.setSelected(true)));

        Button refresh = new Button();
        refresh.setId("inbox-refresh");
        refresh.setGraphic(new FontIcon(Material2MZ.REFRESH));
        refresh.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Accessibility.describe(refresh, i18n, "inbox.refresh", "inbox.refresh.help");
        refresh.setOnAction(e -> vm.refresh());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, back, title, department, spacer, filterBox, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("inbox-toolbar");

        Label offline = new Label();
        offline.setId("inbox-offline");
        offline.setGraphic(new FontIcon(Material2AL.CLOUD_OFF));
        offline.textProperty().bind(i18n.bind("inbox.offline"));
        offline.getStyleClass().add("inbox-offline");
        offline.setWrapText(true);
        offline.setMaxWidth(Double.MAX_VALUE);
        offline.visibleProperty().bind(vm.offlineProperty());
        offline.managedProperty().bind(offline.visibleProperty());
        return new VBox(bar, offline);
    }

    private Node queue() {
        list.setId("inbox-list");
        list.setItems(vm.items());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> cells.new RequestCell());
        Accessibility.describe(list, i18n, "inbox.list", "inbox.list.help");
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("inbox.empty"));
        list.setPlaceholder(empty);
        list.getSelectionModel().getSelectedItems().addListener((ListChangeListener<InboxRequest>) c -> {
            if (!syncing) {
                syncing = true;
                vm.selected().setAll(List.copyOf(list.getSelectionModel().getSelectedItems()));
                syncing = false;
            }
        });
        vm.selected().addListener((ListChangeListener<InboxRequest>) c -> {
            if (!syncing) {
                syncing = true;
                list.getSelectionModel().clearSelection();
                vm.selected().forEach(i -> list.getSelectionModel().select(i));
                syncing = false;
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(list);
    }

    private Node detail() {
        Label heading = new Label();
        heading.setId("inbox-detail-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label meta = new Label();
        meta.setId("inbox-detail-meta");
        meta.setWrapText(true);
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        Label handoff = new Label();
        handoff.setId("inbox-detail-handoff");
        handoff.setGraphic(new FontIcon(Material2MZ.SEND));
        handoff.getStyleClass().add("inbox-pending");
        handoff.setWrapText(true);
        handoff.managedProperty().bind(handoff.visibleProperty());
        Label description = new Label();
        description.setId("inbox-detail-description");
        description.setWrapText(true);
        Runnable show = () -> {
            InboxRequest d = vm.detailProperty().get();
            int count = vm.selected().size();
            if (d == null) {
                heading.setText(count > 1 ? i18n.get("inbox.selected", count) : i18n.get("inbox.none"));
                meta.setText("");
                description.setText("");
                handoff.setVisible(false);
                history.getChildren().clear();
                return;
            }
            RequestDto r = d.request();
            heading.setText(InboxViewModel.number(d) + "  ·  " + cells.type(r.typeCode()));
            meta.setText(i18n.get("inbox.detail.meta", i18n.get("status." + r.status()),
                    cells.department(r.department()),
                    r.assignee() == null ? i18n.get("inbox.unassigned") : r.assignee(),
                    InboxCells.when(r.dueAt()), i18n.get("inbox.sla." + vm.sla(d).name()))
                    + (d.locationLabel() == null ? "" : "\n" + d.locationLabel()));
            description.setText(r.description() != null ? r.description() : d.excerpt() == null ? "" : d.excerpt());
            PendingHandoffDto h = d.pendingHandoff();
            handoff.setVisible(h != null);
            handoff.setText(h == null ? "" : i18n.get("inbox.detail.handoff", cells.department(h.from()),
                    i18n.get("urgency." + (h.urgency() == null ? "NORMAL" : h.urgency())),
                    h.note() == null ? "" : h.note().strip(),
                    h.callback() == null ? i18n.get("callback.NONE") : i18n.get("callback."
                            + (h.callback().method() == null ? "NONE" : h.callback().method()))
                            + (h.callback().value() == null ? "" : " " + h.callback().value())
                            + (h.callback().bestTime() == null ? "" : " (" + h.callback().bestTime() + ")")));
            history.getChildren().setAll(vm.history().stream().map(cells::event).toList());
        };
        vm.detailProperty().addListener((o, a, b) -> show.run());
        vm.selected().addListener((ListChangeListener<InboxRequest>) c -> show.run());
        i18n.localeProperty().addListener((o, a, b) -> show.run());
        show.run();

        InboxAllowed allowed = vm.allowed();
        HBox actions = new HBox(6,
                action("inbox-accept", "inbox.action.accept", Material2AL.ASSIGNMENT_TURNED_IN,
                        allowed.acceptProperty(), vm::accept),
                action("inbox-reassign", "inbox.action.reassign", Material2MZ.SEND, allowed.reassignProperty(),
                        () -> vm.begin(InboxViewModel.Mode.REASSIGN)),
                action("inbox-note-internal", "inbox.action.noteInternal", Material2MZ.NOTE_ADD,
                        allowed.noteProperty(), () -> vm.begin(InboxViewModel.Mode.NOTE_INTERNAL)),
                action("inbox-note-public", "inbox.action.notePublic", Material2MZ.PUBLIC, allowed.noteProperty(),
                        () -> vm.begin(InboxViewModel.Mode.NOTE_PUBLIC)),
                action("inbox-status", "inbox.action.status", Material2AL.CHECK_CIRCLE, allowed.setStatusProperty(),
                        () -> vm.begin(InboxViewModel.Mode.STATUS)),
                action("inbox-merge", "inbox.action.merge", Material2AL.CALL_MERGE, allowed.mergeProperty(),
                        () -> vm.begin(InboxViewModel.Mode.MERGE)),
                action("inbox-reopen", "inbox.action.reopen", Material2MZ.REPLAY, allowed.reopenProperty(),
                        () -> vm.begin(InboxViewModel.Mode.REOPEN)));
        actions.getStyleClass().add("inbox-actions");

        history.setId("inbox-history");
        history.getStyleClass().add("inbox-history");
        javafx.scene.control.ScrollPane historyScroll = new javafx.scene.control.ScrollPane(history);
        historyScroll.setFitToWidth(true);
        historyScroll.setId("inbox-history-scroll");
        Accessibility.describe(historyScroll, i18n, "inbox.history", null);
        Label historyLabel = new Label();
        historyLabel.textProperty().bind(i18n.bind("inbox.history"));
        historyLabel.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(historyScroll, Priority.ALWAYS);
        for (Label l : List.of(heading, meta, handoff, description)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox box = new VBox(8, heading, meta, handoff, description, actions,
                new InboxFormPane(vm, i18n, cells, list::requestFocus), historyLabel, historyScroll);
        box.getStyleClass().add("inbox-detail");
        return box;
    }

    private Button action(String id, String key, Ikon icon, ObservableBooleanValue enabled, Runnable run) {
        Button b = Buttons.of(id, icon, i18n, key, null, Styles.SMALL);
        Accessibility.describe(b, i18n, key, key + ".help");
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind(key + ".help"));
        b.setTooltip(tip);
        b.disableProperty().bind(Bindings.not(enabled).or(vm.busyProperty()));
        b.setOnAction(e -> run.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private final class DepartmentCodeCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : vm.departmentOf(code)
                    .map(d -> i18n.isEnglish() && d.nameEn() != null ? d.nameEn() : d.nameFr()).orElse(code));
        }
    }

    /** The inbox's shortcuts; they act only while the inbox is on screen. */
    public void installShortcuts(Scene scene, Shortcuts shortcuts) {
        add(scene, shortcuts, "inbox.shortcut.accept", KeyCode.A, vm::accept);
        add(scene, shortcuts, "inbox.shortcut.reassign", KeyCode.R, () -> vm.begin(InboxViewModel.Mode.REASSIGN));
        add(scene, shortcuts, "inbox.shortcut.noteInternal", KeyCode.I,
                () -> vm.begin(InboxViewModel.Mode.NOTE_INTERNAL));
        add(scene, shortcuts, "inbox.shortcut.notePublic", KeyCode.P, () -> vm.begin(InboxViewModel.Mode.NOTE_PUBLIC));
        add(scene, shortcuts, "inbox.shortcut.status", KeyCode.S, () -> vm.begin(InboxViewModel.Mode.STATUS));
        add(scene, shortcuts, "inbox.shortcut.merge", KeyCode.M, () -> vm.begin(InboxViewModel.Mode.MERGE));
        add(scene, shortcuts, "inbox.shortcut.reopen", KeyCode.O, () -> vm.begin(InboxViewModel.Mode.REOPEN));
        add(scene, shortcuts, "inbox.shortcut.keep", KeyCode.G, () -> {
            if (vm.conflictProperty().get() != null) {
                vm.keepMine();
            }
        });
        add(scene, shortcuts, "inbox.shortcut.take", KeyCode.V, () -> {
            if (vm.conflictProperty().get() != null) {
                vm.takeTheirs();
            }
        });
        add(scene, shortcuts, "inbox.shortcut.filter", KeyCode.F, () -> {
            InboxViewModel.Filter[] all = InboxViewModel.Filter.values();
            vm.filterProperty().set(all[(vm.filterProperty().get().ordinal() + 1) % all.length]);
        });
        shortcuts.add(scene, "inbox.shortcut.refresh", new KeyCodeCombination(KeyCode.F5), () -> {
            if (vm.shownProperty().get()) {
                vm.refresh();
            }
        });
    }

    private void add(Scene scene, Shortcuts shortcuts, String key, KeyCode code, Runnable action) {
        shortcuts.add(scene, key, alt(code), () -> {
            if (vm.shownProperty().get()) {
                action.run();
            }
        });
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }

    /** Called each time the inbox is shown: reloads, and puts the caret in the queue. */
    public void shown() {
        vm.refresh();
        javafx.application.Platform.runLater(list::requestFocus);
    }

    /** Wires the back button to the call screen. */
    public void setOnBack(Runnable toCalls) {
        ca.relais.client.ui.common.BackButton.wire(back, toCalls);
    }
}
