package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.call.CallView;
import ca.relais.client.ui.call.CallViewModel;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.Shortcuts;
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
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The workstation: the header (agent and line, connection with pending and refused counts, call timer, New call,
 * language, sign out), the call screen, and the status bar; the F1 help over them.
 */
public final class MainView extends BorderPane {
    private final CallView call;
    private final Timeline clock;
    private final Shortcuts shortcuts;
    private final I18n i18n;
    private final Runnable onSignOut;
    private final javafx.scene.layout.StackPane center;
    private final HBox header;
    private ShortcutsOverlay help;
    private final List<Workspace> workspaces = new java.util.ArrayList<>();
    private boolean takesCalls = true;
    private Runnable openDiagnostics;
    private final List<java.util.function.BiConsumer<javafx.scene.Scene, Shortcuts>> extraShortcuts =
            new java.util.ArrayList<>();
    private final List<Runnable> headerShortcuts = new java.util.ArrayList<>();

    public MainView(MainViewModel vm, CallViewModel callVm, ca.relais.client.ui.knowledge.KnowledgeViewModel knowledge,
                    I18n i18n, Runnable onSignOut) {
        getStyleClass().add("main-root");
        // The window decides the width (1366 px at the least): the header's names shrink with an ellipsis, and a wide
        // workspace scrolls or clips inside the centre, instead of pushing the header's last buttons off screen.
        setMinWidth(0);
        this.shortcuts = new Shortcuts(i18n);
        this.call = new CallView(callVm, knowledge, i18n);
        Label timer = new Label();
        timer.setId("call-timer");
        timer.setGraphic(new FontIcon(Material2AL.ACCESS_TIME));
        timer.getStyleClass().add("call-timer");
        clock = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> timer.setText(format(callVm.elapsed()))));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
        timer.setText(format(callVm.elapsed()));
        this.i18n = i18n;
        this.onSignOut = onSignOut;
        header = header(vm, i18n, timer);
        setTop(header);
        help = new ShortcutsOverlay(shortcuts, i18n);
        center = new javafx.scene.layout.StackPane(call, help);
        setCenter(center);
        setBottom(new StatusBar(vm, i18n));
        sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && shortcuts.entries().isEmpty()) {
                installShortcuts(scene, help);
            }
        });
    }

    private static final List<String> SCALES = List.of("font-scale-100", "font-scale-115", "font-scale-130",
            "font-scale-150");

    private void installShortcuts(javafx.scene.Scene scene, ShortcutsOverlay help) {
        shortcuts.add(scene, "shortcuts.help", new KeyCodeCombination(KeyCode.F1),
                () -> help.setVisible(!help.isVisible()));
        shortcuts.add(scene, "shortcuts.close.overlay", new KeyCodeCombination(KeyCode.ESCAPE),
                () -> help.setVisible(false));
        if (takesCalls) {
            call.installShortcuts(scene, shortcuts);
        }
        shortcuts.addGroup(scene, "shortcuts.fontScale", List.of(
                new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)),
                List.of(() -> scale(+1), () -> scale(-1)));
        shortcuts.add(scene, "shortcuts.contrast", new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> {
                    if (!getStyleClass().remove("high-contrast")) {
                        getStyleClass().add("high-contrast");
                    }
                });
        shortcuts.add(scene, "shortcuts.language", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> i18n.localeProperty().set(i18n.isEnglish() ? I18n.FRENCH
                : I18n.ENGLISH));
        shortcuts.add(scene, "shortcuts.signOut", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), this::signOut);
        workspaces.forEach(w -> installWorkspaceShortcut(scene, w));
        extraShortcuts.forEach(i -> i.accept(scene, shortcuts));
        headerShortcuts.forEach(Runnable::run);
        if (openDiagnostics != null) {
            installDiagnosticsShortcut(scene);
        }
    }

    private void installDiagnosticsShortcut(javafx.scene.Scene scene) {
        shortcuts.add(scene, "shortcuts.diagnostics", new KeyCodeCombination(KeyCode.I,
                KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), openDiagnostics);
    }

    /**
     * Offers another screen beside the call screen: a header button and the workspace's shortcut switch between it
     * and the call screen, which keeps the call in progress meanwhile.
     */
    public void addWorkspace(Workspace workspace) {
        workspaces.add(workspace);
        workspace.backButton().accept(takesCalls ? this::showCalls : null);
        Button open = new Button();
        open.setId(workspace.id() + "-open");
        open.setGraphic(new FontIcon(workspace.icon()));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind(workspace.titleKey()));
        open.setTooltip(tip);
        open.accessibleTextProperty().bind(i18n.bind(workspace.titleKey()));
        open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_ICON);
        open.setOnAction(e -> toggle(workspace));
        header.getChildren().add(header.getChildren().indexOf(header.lookup("#new-call")), open);
        if (getScene() != null && !shortcuts.entries().isEmpty()) {
            installWorkspaceShortcut(getScene(), workspace);
        }
    }

    /**
     * Lets a workspace list its own shortcuts with the others (F1 shows them, duplicates are refused). They are
     * installed on the whole scene: the workspace makes them act only while it is shown.
     */
    public void addShortcuts(java.util.function.BiConsumer<javafx.scene.Scene, Shortcuts> installer) {
        extraShortcuts.add(installer);
        if (getScene() != null && !shortcuts.entries().isEmpty()) {
            installer.accept(getScene(), shortcuts);
        }
    }

    private void installWorkspaceShortcut(javafx.scene.Scene scene, Workspace workspace) {
        shortcuts.add(scene, workspace.shortcutKey(), workspace.shortcut(), () -> toggle(workspace));
    }

    /**
     * For users who take no calls (the ombudsman, who only reads): no call screen, no New call, no call timer and no
     * call shortcuts; the workspaces, added after this, are the whole workstation and have no way back to calls.
     */
    public void withoutCalls() {
        takesCalls = false;
        for (String id : List.of("#new-call", "#call-timer")) {
            javafx.scene.Node node = header.lookup(id);
            node.setVisible(false);
            node.setManaged(false);
        }
        center.getChildren().set(0, new Region());
    }

    private void toggle(Workspace workspace) {
        if (center.getChildren().get(0) == workspace.view()) {
            showCalls();
        } else {
            showWorkspace(workspace.id());
        }
    }

    /** Shows the workspace with this id (added before), refreshed. */
    public void showWorkspace(String id) {
        Workspace workspace = workspaces.stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workspace " + id));
        center.getChildren().set(0, workspace.view());
        workspace.onShown().run();
    }

    /** Goes back to the call screen, with the caret in the caller search. */
    public void showCalls() {
        if (!takesCalls) {
            return;
        }
        center.getChildren().set(0, call);
        call.focusCallerSearch();
    }

    /**
     * Adds a small control to the header, before the call timer (e.g. the presence menu), with the shortcut of its
     * action (listed in F1).
     */
    public void addToHeader(javafx.scene.Node control, String shortcutKey, KeyCombination keys, Runnable action) {
        header.getChildren().add(header.getChildren().indexOf(header.lookup("#call-timer")), control);
        Runnable install = () -> shortcuts.add(getScene(), shortcutKey, keys, action);
        if (getScene() != null && !shortcuts.entries().isEmpty()) {
            install.run();
        } else {
            headerShortcuts.add(install);
        }
    }

    /** Adds the Help menu (keyboard shortcuts, Diagnostics) to the header, and Ctrl+Shift+I for the diagnostics. */
    public void enableDiagnostics(ca.relais.client.ui.diagnostics.DiagnosticsViewModel diagnostics) {
        openDiagnostics = () -> ca.relais.client.ui.diagnostics.DiagnosticsDialog.open(getScene().getWindow(),
                diagnostics, i18n);
        javafx.scene.control.MenuItem keys = new javafx.scene.control.MenuItem();
        keys.textProperty().bind(i18n.bind("help.shortcuts"));
        keys.setOnAction(e -> help.setVisible(true));
        javafx.scene.control.MenuItem export = new javafx.scene.control.MenuItem();
        export.setId("help-diagnostics");
        export.textProperty().bind(i18n.bind("help.diagnostics"));
        export.disableProperty().bind(diagnostics.busyProperty());
        export.setOnAction(e -> openDiagnostics.run());
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(null,
                new FontIcon(Material2AL.HELP_OUTLINE), keys, export);
        menu.setId("help-menu");
        menu.accessibleTextProperty().bind(i18n.bind("help.menu"));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind("help.menu"));
        menu.setTooltip(tip);
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.getStyleClass().add(Styles.FLAT);
        header.getChildren().add(header.getChildren().size() - 1, menu);
        if (getScene() != null && !shortcuts.entries().isEmpty()) {
            installDiagnosticsShortcut(getScene());
        }
    }

    private void signOut() {
        clock.stop();
        onSignOut.run();
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

    private HBox header(MainViewModel vm, I18n i18n, Label timer) {
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
        line.textProperty().bind(i18n.bind("main.line." + (vm.user().line() == null ? "none" : vm.user().line())));
        line.getStyleClass().add(Styles.TEXT_MUTED);
        timer.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("call.timer", timer.getText()), timer.textProperty(), i18n.localeProperty()));

        Button newCall = Buttons.of("new-call", Material2AL.ADD_IC_CALL, i18n, "call.new",
                "call.new.help", Styles.SMALL);
        newCall.setOnAction(e -> call.newCall());

        Button signOut = Buttons.of("sign-out", Material2AL.EXIT_TO_APP, i18n, "main.signOut",
                "main.signOut.help", Styles.FLAT);
        signOut.setOnAction(e -> signOut());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ConnectionBadge connection = new ConnectionBadge(vm, i18n);
        LanguageSwitch language = new LanguageSwitch(i18n);
        for (Region r : List.of(name, timer, newCall, language, signOut)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Label l : List.of(user, line)) {
            javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
            full.textProperty().bind(l.textProperty());
            l.setTooltip(full);
        }
        AppHeader header = new AppHeader(12, List.of(user, line), spacer, List.of(
                tight -> {
                    name.setVisible(!tight);
                    name.setManaged(!tight);
                    connection.setCompact(tight);
                },
                language::setCompact,
                tight -> signOut.setContentDisplay(tight ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT),
                tight -> {
                    line.setVisible(!tight || hasPhoneLine(vm));
                    line.setManaged(line.isVisible());
                },
                tight -> newCall.setContentDisplay(tight ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT)));
        signOut.setTooltip(tooltip("main.signOut"));
        newCall.setTooltip(tooltip("call.new"));
        header.getChildren().addAll(logo, name, user, line, spacer, connection, timer, newCall, language, signOut);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private static boolean hasPhoneLine(MainViewModel vm) {
        return vm.user().line() != null && !"none".equals(vm.user().line());
    }

    private javafx.scene.control.Tooltip tooltip(String key) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(i18n.bind(key));
        return tip;
    }

    /** Puts the caret in the caller search, where every call starts. */
    public void focusSearch() {
        call.focusCallerSearch();
    }
}
