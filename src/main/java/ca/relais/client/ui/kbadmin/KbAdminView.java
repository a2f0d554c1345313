package ca.relais.client.ui.kbadmin;

import atlantafx.base.theme.Styles;
import ca.relais.api.KbArticleDto;
import ca.relais.api.KbFeedbackSummaryDto;
import ca.relais.api.KbGapDto;
import ca.relais.api.KbOverdueDto;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import java.io.File;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The knowledge-base management screen of supervisors and administrators. */
public final class KbAdminView extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private final KbAdminViewModel vm;
    private final I18n i18n;
    private final TabPane tabs = new TabPane();
    private final Tab articlesTab = new Tab();
    private final ArticleEditorPane editor;
    private final ListView<KbArticleDto> list;
    private final Button back = new Button();

    public KbAdminView(KbAdminViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("kb-admin");
        getStyleClass().add("kb-admin");
        editor = new ArticleEditorPane(vm.editor(), i18n, vm::save, this::retire);
        list = articleList();
        setTop(toolbar());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        articlesTab.setContent(articlesPane());
        tab(articlesTab, "kbadmin-tab-articles", "kbadmin.tab.articles", vm.visibleArticles());
        tabs.getTabs().addAll(articlesTab, tab(new Tab(), "kbadmin-tab-overdue", "kbadmin.tab.overdue", vm.overdue()),
                tab(new Tab(), "kbadmin-tab-feedback", "kbadmin.tab.feedback", vm.feedback()),
                tab(new Tab(), "kbadmin-tab-gaps", "kbadmin.tab.gaps", vm.gaps()));
        tabs.getTabs().get(1).setContent(overduePane());
        tabs.getTabs().get(2).setContent(feedbackPane());
        tabs.getTabs().get(3).setContent(gapsPane());
        setCenter(tabs);
        setBottom(messages());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                vm.save();
                e.consume();
            }
        });
    }

    /** What the "back to calls" button does; none hides it. */
    public void setOnBack(Runnable action) {
        ca.relais.client.ui.common.BackButton.wire(back, action);
    }

    public KbAdminViewModel viewModel() {
        return vm;
    }

    /** Reloads everything; called each time the screen is shown. */
    public void shown() {
        vm.refresh();
    }

    private HBox toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("kbadmin.title"));
        title.setGraphic(new FontIcon(Material2MZ.MENU_BOOK));
        title.getStyleClass().add(Styles.TITLE_4);
        Button create = button("kb-admin-new", "kbadmin.new", Material2AL.ADD);
        create.setOnAction(e -> leaveEditorThen(() -> {
            vm.newArticle();
            tabs.getSelectionModel().select(articlesTab);
            list.getSelectionModel().clearSelection();
            editor.focusTitle();
        }));
        MenuButton importMenu = menu("kb-admin-import", "kbadmin.import", Material2MZ.PUBLISH);
        importMenu.getItems().addAll(item("kb-admin-import-json", "kbadmin.importJson", () -> chooseFile(false,
                vm::importJson)), item("kb-admin-import-folder", "kbadmin.importFolder", () -> chooseFolder(
                vm::importFolder)));
        MenuButton exportMenu = menu("kb-admin-export", "kbadmin.export", Material2AL.GET_APP);
        exportMenu.getItems().addAll(item("kb-admin-export-json", "kbadmin.exportJson", () -> chooseFile(true,
                vm::exportJson)), item("kb-admin-export-folder", "kbadmin.exportFolder", () -> chooseFolder(
                vm::exportFolder)));
        Button refresh = button("kb-admin-refresh", "kbadmin.refresh", Material2MZ.REFRESH);
        refresh.setOnAction(e -> vm.refresh());
        back.setId("kb-admin-back");
        back.textProperty().bind(i18n.bind("kbadmin.back"));
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, spacer, create, importMenu, exportMenu, refresh, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kb-admin-toolbar");
        return bar;
    }

    private SplitPane articlesPane() {
        TextField filter = new TextField();
        filter.setId("kb-admin-filter");
        filter.promptTextProperty().bind(i18n.bind("kbadmin.filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        VBox left = new VBox(8, filter, list);
        left.setPadding(new Insets(12, 0, 12, 16));
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setMinWidth(260);
        javafx.scene.control.ScrollPane editorScroll = new javafx.scene.control.ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.setFitToHeight(true);
        editorScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        SplitPane split = new SplitPane(left, editorScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(left, false);
        return split;
    }

    private ListView<KbArticleDto> articleList() {
        ListView<KbArticleDto> view = new ListView<>(vm.visibleArticles());
        view.setId("kb-admin-articles");
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("kbadmin.empty.articles"));
        view.setPlaceholder(empty);
        view.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(KbArticleDto a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(a.title());
                name.getStyleClass().add(Styles.TEXT_BOLD);
                name.setWrapText(true);
                name.prefWidthProperty().bind(getListView().widthProperty().subtract(36));
                name.setMinHeight(Region.USE_PREF_SIZE);
                Label meta = new Label(a.id() + " · " + a.language().toUpperCase(java.util.Locale.ROOT)
                        + (a.department() == null ? "" : " · " + a.department())
                        + (a.retired() ? " · " + i18n.get("kbadmin.badge.retired") : ""));
                meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                VBox box = new VBox(2, name, meta);
                box.setOpacity(a.retired() ? 0.6 : 1);
                setText(null);
                setGraphic(box);
                setPrefWidth(0);
            }
        });
        view.setOnMouseClicked(e -> openSelected(view));
        view.setOnKeyReleased(e -> {
            if (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER
                    || e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END) {
                openSelected(view);
            }
        });
        return view;
    }

    /**
     * Opens the article the user chose in the list (by mouse or keyboard, never because the list was reloaded),
     * asking first when the editor holds unsaved text; on "cancel" the selection goes back to the edited article.
     */
    private void openSelected(ListView<KbArticleDto> view) {
        KbArticleDto chosen = view.getSelectionModel().getSelectedItem();
        String editing = vm.editor().idProperty().get();
        if (chosen == null || chosen.id().equals(editing) && !vm.editor().isNewProperty().get()) {
            return;
        }
        if (vm.canLeaveEditor() || confirm(i18n.get("kbadmin.discard.confirm"))) {
            vm.open(chosen.id());
        } else {
            vm.visibleArticles().stream().filter(a -> a.id().equals(editing)).findFirst()
                    .ifPresentOrElse(a -> view.getSelectionModel().select(a),
                            () -> view.getSelectionModel().clearSelection());
        }
    }

    private VBox overduePane() {
        TableView<KbOverdueDto> table = KbTables.table("kb-admin-overdue", i18n, "kbadmin.empty.overdue");
        table.setItems(vm.overdue());
        KbTables.column(table, i18n, "kbadmin.col.title", 420, KbOverdueDto::title);
        KbTables.column(table, i18n, "kbadmin.col.language", 80, KbOverdueDto::language);
        KbTables.column(table, i18n, "kbadmin.col.department", 140, KbOverdueDto::department);
        KbTables.column(table, i18n, "kbadmin.col.reviewBy", 140, KbOverdueDto::reviewBy);
        KbTables.column(table, i18n, "kbadmin.col.daysOverdue", 120, KbOverdueDto::daysOverdue);
        Button open = button("kb-admin-overdue-open", "kbadmin.openArticle", Material2MZ.OPEN_IN_NEW);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable action = () -> openArticle(table.getSelectionModel().getSelectedItem().id());
        open.setOnAction(e -> action.run());
        onDoubleClick(table, action);
        return pane(table, open);
    }

    private VBox feedbackPane() {
        TableView<KbFeedbackSummaryDto> table = KbTables.table("kb-admin-feedback", i18n, "kbadmin.empty.feedback");
        table.setItems(vm.feedback());
        KbTables.column(table, i18n, "kbadmin.col.title", 320, KbFeedbackSummaryDto::title);
        KbTables.column(table, i18n, "kbadmin.col.outOfDate", 90, KbFeedbackSummaryDto::outOfDate);
        KbTables.column(table, i18n, "kbadmin.col.missingInfo", 90, KbFeedbackSummaryDto::missingInfo);
        KbTables.column(table, i18n, "kbadmin.col.useful", 70, KbFeedbackSummaryDto::useful);
        KbTables.column(table, i18n, "kbadmin.col.latestAt", 140, KbFeedbackSummaryDto::latestAt);
        KbTables.column(table, i18n, "kbadmin.col.latestComment", 320, KbFeedbackSummaryDto::latestComment);
        Button open = button("kb-admin-feedback-open", "kbadmin.openArticle", Material2MZ.OPEN_IN_NEW);
        Button resolve = button("kb-admin-resolve", "kbadmin.resolve", Material2AL.DONE_ALL);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resolve.disableProperty().bind(open.disableProperty());
        Runnable action = () -> openArticle(table.getSelectionModel().getSelectedItem().id());
        open.setOnAction(e -> action.run());
        resolve.setOnAction(e -> vm.resolve(table.getSelectionModel().getSelectedItem()));
        onDoubleClick(table, action);
        return pane(table, open, resolve);
    }

    private VBox gapsPane() {
        TableView<KbGapDto> table = KbTables.table("kb-admin-gaps", i18n, "kbadmin.empty.gaps");
        table.setItems(vm.gaps());
        KbTables.column(table, i18n, "kbadmin.col.query", 380, KbGapDto::query);
        KbTables.column(table, i18n, "kbadmin.col.language", 80, KbGapDto::language);
        KbTables.column(table, i18n, "kbadmin.col.count", 70, KbGapDto::count);
        KbTables.column(table, i18n, "kbadmin.col.noResult", 110, KbGapDto::noResult);
        KbTables.column(table, i18n, "kbadmin.col.notOpened", 120, KbGapDto::notOpened);
        KbTables.column(table, i18n, "kbadmin.col.lastAt", 140, KbGapDto::lastAt);
        Button create = button("kb-admin-gap-create", "kbadmin.createFromGap", Material2AL.ADD);
        create.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Runnable action = () -> leaveEditorThen(() -> {
            vm.newArticleFor(table.getSelectionModel().getSelectedItem());
            list.getSelectionModel().clearSelection();
            tabs.getSelectionModel().select(articlesTab);
            editor.focusTitle();
        });
        create.setOnAction(e -> action.run());
        onDoubleClick(table, action);
        return pane(table, create);
    }

    private VBox messages() {
        Label message = new Label();
        message.setId("kb-admin-message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("kbadmin.importErrors"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<String> errors = new ListView<>();
        errors.setId("kb-admin-import-errors");
        errors.setPrefHeight(110);
        errors.setMinWidth(0);
        errors.setPrefWidth(1);
        errors.getStyleClass().add(Styles.DENSE);
        Runnable fill = () -> errors.getItems().setAll(vm.importErrors().stream()
                .map(e -> ImportMessages.describe(i18n, e)).toList());
        vm.importErrors().addListener((ListChangeListener<Object>) c -> fill.run());
        i18n.localeProperty().addListener((o, a, b) -> fill.run());
        VBox errorBox = new VBox(6, heading, errors);
        errorBox.getStyleClass().add("kb-admin-errors");
        errorBox.visibleProperty().bind(Bindings.isNotEmpty(vm.importErrors()));
        errorBox.managedProperty().bind(errorBox.visibleProperty());
        VBox bottom = new VBox(8, errorBox, message);
        bottom.getStyleClass().add("kb-admin-bottom");
        return bottom;
    }

    private void openArticle(String id) {
        leaveEditorThen(() -> {
            tabs.getSelectionModel().select(articlesTab);
            vm.filterProperty().set("");
            vm.visibleArticles().stream().filter(a -> a.id().equals(id)).findFirst()
                    .ifPresent(a -> {
                        list.getSelectionModel().select(a);
                        list.scrollTo(a);
                    });
            vm.open(id);
        });
    }

    private void retire() {
        if (confirm(i18n.get("kbadmin.retire.confirm", vm.editor().titleProperty().get()))) {
            vm.retire();
        }
    }

    private void leaveEditorThen(Runnable action) {
        if (vm.canLeaveEditor() || confirm(i18n.get("kbadmin.discard.confirm"))) {
            action.run();
        }
    }

    private boolean confirm(String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        alert.setHeaderText(null);
        alert.setTitle(i18n.get("kbadmin.title"));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private void chooseFile(boolean save, Consumer<java.nio.file.Path> then) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("kbadmin.chooser.json"),
                "*.json"));
        if (save) {
            chooser.setInitialFileName("base-de-connaissances.json");
        }
        File file = save ? chooser.showSaveDialog(getScene().getWindow())
                : chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            then.accept(file.toPath());
        }
    }

    private void chooseFolder(Consumer<java.nio.file.Path> then) {
        File folder = new DirectoryChooser().showDialog(getScene().getWindow());
        if (folder != null) {
            then.accept(folder.toPath());
        }
    }

    private Tab tab(Tab tab, String id, String key, javafx.collections.ObservableList<?> items) {
        tab.setId(id);
        tab.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(key, items.size()),
                i18n.localeProperty(), items));
        return tab;
    }

    private static <T> void onDoubleClick(TableView<T> table, Runnable action) {
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                action.run();
            }
        });
    }

    private static VBox pane(TableView<?> table, Button... actions) {
        HBox bar = new HBox(10, actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, table, bar);
        box.setPadding(new Insets(12, 16, 12, 16));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Button button(String id, String key, Ikon icon) {
        return Buttons.of(id, icon, i18n, key, null, Styles.SMALL);
    }

    private MenuButton menu(String id, String key, org.kordamp.ikonli.Ikon icon) {
        MenuButton m = new MenuButton();
        m.setId(id);
        m.textProperty().bind(i18n.bind(key));
        m.setGraphic(new FontIcon(icon));
        m.getStyleClass().add(Styles.SMALL);
        return m;
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(i18n.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}
