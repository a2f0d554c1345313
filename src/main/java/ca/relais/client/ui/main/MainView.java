package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.call.CallView;
import ca.relais.client.ui.call.CallViewModel;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.LanguageSwitch;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The workstation: the agent's header, the call screen, and the status bar. */
public final class MainView extends BorderPane {
    private final CallView call;
    private final Timeline clock;
    private final javafx.scene.layout.StackPane center;
    private HBox header;
    private ca.relais.client.ui.kbadmin.KbAdminView knowledgeAdmin;
    private final I18n i18n;
    private final ShortcutsOverlay shortcuts;

    public MainView(MainViewModel vm, CallViewModel callVm, ca.relais.client.ui.knowledge.KnowledgeViewModel knowledge,
                    I18n i18n, Runnable onSignOut) {
        getStyleClass().add("main-root");
        this.i18n = i18n;
        this.call = new CallView(callVm, knowledge, i18n);
        Label timer = new Label();
        timer.setId("call-timer");
        timer.setGraphic(new FontIcon(Material2AL.ACCESS_TIME));
        timer.getStyleClass().add("call-timer");
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> timer.setText(format(callVm.elapsed()))));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        timer.setText(format(callVm.elapsed()));
        header = header(vm, i18n, onSignOut, timer);
        setTop(header);
        shortcuts = new ShortcutsOverlay(i18n);
        center = new javafx.scene.layout.StackPane(call, shortcuts);
        setCenter(center);
        setBottom(new StatusBar(vm, i18n));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                call.installShortcuts();
                installViewShortcuts(scene, shortcuts);
            }
        });
    }

    private static final List<String> SCALES = List.of("font-scale-100", "font-scale-115", "font-scale-130",
            "font-scale-150");

    private void installViewShortcuts(javafx.scene.Scene scene, ShortcutsOverlay shortcuts) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.F1), () -> shortcuts.setVisible(!shortcuts.isVisible()));
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), () -> shortcuts.setVisible(false));
        keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), () -> scale(+1));
        keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), () -> scale(-1));
        keys.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::toggleKnowledgeAdmin);
        keys.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
            if (!getStyleClass().remove("high-contrast")) {
                getStyleClass().add("high-contrast");
            }
        });
    }

    private void scale(int step) {
        int current = 0;
        for (int i = 0; i < SCALES.size(); i++) {
            if (getStyleClass().contains(SCALES.get(i))) {
                current = i;
            }
        }
        int next = Math.max(0, Math.min(SCALES.size() - 1, current + step));
        getStyleClass().removeAll(SCALES);
        getStyleClass().add(SCALES.get(next));
    }

    static String format(java.time.Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%02d:%02d", s / 60, s % 60);
    }

    private HBox header(MainViewModel vm, I18n i18n, Runnable onSignOut, Label timer) {
        FontIcon logo = new FontIcon(Material2AL.HEADSET_MIC);
        logo.getStyleClass().add("brand-icon-small");
        Label name = new Label();
        name.textProperty().bind(i18n.bind("app.name"));
        name.getStyleClass().addAll(Styles.TITLE_4, "brand-name");

        Label user = new Label();
        user.setId("signed-in-user");
        user.setGraphic(new FontIcon(Material2MZ.PERSON));
        String role = vm.user().roles().isEmpty() ? "agent" : vm.user().roles().get(0);
        user.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("main.user", vm.user().displayName(), i18n.get("role." + role)),
                i18n.localeProperty()));
        Label line = new Label();
        line.setId("signed-in-line");
        line.setGraphic(new FontIcon(Material2MZ.PHONE));
        line.textProperty().bind(i18n.bind("main.line." + vm.user().line()));
        line.getStyleClass().add(Styles.TEXT_MUTED);

        Button newCall = new Button();
        newCall.setId("new-call");
        newCall.setGraphic(new FontIcon(Material2AL.ADD_IC_CALL));
        newCall.textProperty().bind(i18n.bind("call.new"));
        newCall.getStyleClass().add(Styles.SMALL);
        newCall.setOnAction(e -> call.newCall());

        Button signOut = new Button();
        signOut.setId("sign-out");
        signOut.setGraphic(new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.textProperty().bind(i18n.bind("main.signOut"));
        signOut.getStyleClass().add(Styles.FLAT);
        signOut.setOnAction(e -> {
            clock.stop();
            onSignOut.run();
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, logo, name, user, line, spacer, timer, newCall, new LanguageSwitch(i18n), signOut);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    /**
     * Offers the knowledge-base management screen (supervisors and administrators): a header button and
     * Ctrl+Shift+K switch between it and the call screen, which keeps the call in progress meanwhile.
     */
    public void enableKnowledgeAdmin(ca.relais.client.ui.kbadmin.KbAdminView view, I18n i18n) {
        knowledgeAdmin = view;
        view.setOnBack(this::toggleKnowledgeAdmin);
        Button open = new Button();
        open.setId("kb-admin-open");
        open.setGraphic(new FontIcon(Material2AL.LIBRARY_BOOKS));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind("kbadmin.open"));
        open.setTooltip(tip);
        open.accessibleTextProperty().bind(i18n.bind("kbadmin.open"));
        open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        open.setOnAction(e -> toggleKnowledgeAdmin());
        header.getChildren().add(header.getChildren().indexOf(header.lookup("#new-call")), open);
    }

    private void toggleKnowledgeAdmin() {
        if (knowledgeAdmin == null) {
            return;
        }
        if (center.getChildren().get(0) == knowledgeAdmin) {
            center.getChildren().set(0, call);
            call.focusCallerSearch();
        } else {
            center.getChildren().set(0, knowledgeAdmin);
            knowledgeAdmin.shown();
        }
    }

    /** Adds the Help menu (keyboard shortcuts, Diagnostics) to the header, and Ctrl+Shift+D for the diagnostics. */
    public void enableDiagnostics(ca.relais.client.ui.diagnostics.DiagnosticsViewModel diagnostics) {
        Runnable open = () -> ca.relais.client.ui.diagnostics.DiagnosticsDialog.open(getScene().getWindow(),
                diagnostics, i18n);
        javafx.scene.control.MenuItem keys = new javafx.scene.control.MenuItem();
        keys.textProperty().bind(i18n.bind("help.shortcuts"));
        keys.setOnAction(e -> shortcuts.setVisible(true));
        javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem();
        export.setId("help-diagnostics");
        export.textProperty().bind(i18n.bind("help.diagnostics"));
        export.disableProperty().bind(diagnostics.busyProperty());
        export.setOnAction(e -> open.run());
        javafx.scene.control.MenuButton help = new javafx.scene.control.MenuButton(null,
                new FontIcon(Material2AL.HELP_OUTLINE), keys, export);
        help.setId("help-menu");
        help.textProperty().bind(i18n.bind("help.menu"));
        help.getStyleClass().add(Styles.FLAT);
        header.getChildren().add(header.getChildren().size() - 1, help);
        Runnable install = () -> getScene().getAccelerators().put(new KeyCodeCombination(KeyCode.D,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), open);
        if (getScene() != null) {
            install.run();
        } else {
            sceneProperty().addListener((o, a, scene) -> {
                if (scene != null) {
                    install.run();
                }
            });
        }
    }

    /** Puts the caret in the caller search, where every call starts. */
    public void focusSearch() {
        call.focusCallerSearch();
    }
}
