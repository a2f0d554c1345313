package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.Shortcuts;
import ca.relais.client.ui.knowledge.KnowledgePanel;
import ca.relais.client.ui.knowledge.KnowledgeViewModel;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The call screen: the caller on the left, the request in the middle with the action bar (read-back line, handoff,
 * save), the knowledge base on the right; the handoff opens over it.
 */
public final class CallView extends StackPane {
    private final CallViewModel vm;
    private final CallerPanel caller;
    private final RequestPanel request;
    private final KnowledgePanel knowledge;
    private final KnowledgeViewModel knowledgeVm;
    private final I18n i18n;

    public CallView(CallViewModel vm, KnowledgeViewModel knowledgeVm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.knowledgeVm = knowledgeVm;
        this.knowledge = new KnowledgePanel(knowledgeVm, i18n);
        this.request = new RequestPanel(vm, i18n);
        this.caller = new CallerPanel(vm.caller(), i18n, this::callerSettled, this::correct);
        getStyleClass().add("call-view");
        BorderPane requestColumn = new BorderPane(request);
        requestColumn.setBottom(actions());
        SplitPane split = new SplitPane(caller, requestColumn, knowledge);
        split.setDividerPositions(0.28, 0.64);
        SplitPane.setResizableWithParent(caller, false);
        caller.setMinWidth(300);
        requestColumn.setMinWidth(380);
        knowledge.setMinWidth(260);
        getChildren().addAll(new BorderPane(split), new HandoffPane(vm.handoff(), i18n));
        vm.request().submittedProperty().addListener((o, a, s) -> request.typeSearch.requestFocus());
        vm.request().linkedProperty().addListener((o, a, s) -> request.typeSearch.requestFocus());
        vm.handoff().openProperty().addListener((o, a, open) -> {
            if (!open) {
                request.typeSearch.requestFocus();
            }
        });
    }

    private void callerSettled() {
        request.typeSearch.requestFocus();
    }

    private void correct(RejectedCapture refused) {
        vm.correct(refused);
        request.focusFirstObjection();
    }

    private VBox actions() {
        Label readBack = new Label();
        readBack.setId("readback");
        readBack.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        readBack.getStyleClass().addAll(Styles.SUCCESS, "readback");
        vm.readBackProperty().addListener((o, a, message) -> {
            boolean refused = message != null && message.key().equals("capture.readback.refused");
            readBack.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            readBack.getStyleClass().add(refused ? Styles.DANGER : Styles.SUCCESS);
            readBack.setGraphic(new FontIcon(refused ? Material2AL.ERROR_OUTLINE : Material2AL.CHECK_CIRCLE));
        });
        readBack.textProperty().bind(i18n.bind(vm.readBackProperty()));
        readBack.visibleProperty().bind(vm.readBackProperty().isNotNull()
                .and(vm.handoff().unavailableProperty().isNull()));
        readBack.setWrapText(true);
        readBack.setMaxWidth(Double.MAX_VALUE);
        readBack.setMinWidth(0);
        Accessibility.describe(readBack, i18n, "capture.readback.label", null);
        readBack.accessibleTextProperty().unbind();
        readBack.accessibleTextProperty().bind(readBack.textProperty());
        Label unavailable = new Label();
        unavailable.setId("handoff-unavailable");
        unavailable.setWrapText(true);
        unavailable.setMaxWidth(Double.MAX_VALUE);
        unavailable.setMinWidth(0);
        unavailable.getStyleClass().add(Styles.DANGER);
        unavailable.textProperty().bind(i18n.bind(vm.handoff().unavailableProperty()));
        unavailable.visibleProperty().bind(vm.handoff().unavailableProperty().isNotNull());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        readBack.managedProperty().bind(readBack.visibleProperty());
        HBox.setHgrow(readBack, Priority.ALWAYS);
        HBox.setHgrow(unavailable, Priority.ALWAYS);

        Button handoff = Buttons.of("handoff", Material2MZ.SEND, i18n, "handoff.open", "handoff.open.help");
        handoff.setOnAction(e -> openHandoff());
        handoff.setMinWidth(Region.USE_PREF_SIZE);
        Button submit = request.submitButton();
        submit.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(10, spacer, handoff, submit);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox bar = new VBox(8, readBack, unavailable, buttons);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("action-bar");
        bar.setMinHeight(Region.USE_PREF_SIZE);
        return bar;
    }

    private void openHandoff() {
        HistoryItem selected = caller.history.getSelectionModel().getSelectedItem();
        UUID fromHistory = selected == null ? null : selected.request().id();
        vm.openHandoff(fromHistory);
    }

    /** Installs the call's keyboard shortcuts on the scene, each listed in the F1 help. */
    public void installShortcuts(Scene scene, Shortcuts shortcuts) {
        shortcuts.add(scene, "shortcuts.newCall", ctrl(KeyCode.N), this::newCall);
        shortcuts.add(scene, "shortcuts.caller", ctrl(KeyCode.F), caller.search::requestFocus);
        shortcuts.add(scene, "shortcuts.newCaller", ctrlShift(KeyCode.N), caller::startNewCaller);
        shortcuts.add(scene, "shortcuts.editCaller", ctrl(KeyCode.E), caller::editCaller);
        shortcuts.add(scene, "shortcuts.anonymous", ctrlShift(KeyCode.A), caller::toggleAnonymous);
        shortcuts.add(scene, "shortcuts.history", ctrlShift(KeyCode.F), this::focusHistory);
        shortcuts.add(scene, "shortcuts.type", ctrl(KeyCode.T), request.typeSearch::requestFocus);
        shortcuts.addGroup(scene, "shortcuts.nature", List.of(ctrl(KeyCode.DIGIT1), ctrl(KeyCode.DIGIT2),
                ctrl(KeyCode.DIGIT3), ctrl(KeyCode.DIGIT4)), List.of(() -> nature(0), () -> nature(1),
                () -> nature(2), () -> nature(3)));
        shortcuts.add(scene, "shortcuts.channel", ctrlShift(KeyCode.C), request.channel::requestFocus);
        shortcuts.add(scene, "shortcuts.location", ctrl(KeyCode.L), request.addressSearch::requestFocus);
        shortcuts.add(scene, "shortcuts.noLocation", ctrlShift(KeyCode.L),
                () -> vm.request().noLocationProperty().set(!vm.request().noLocationProperty().get()));
        shortcuts.add(scene, "shortcuts.attributes", ctrl(KeyCode.R), request::focusAttributes);
        shortcuts.add(scene, "shortcuts.description", ctrl(KeyCode.D), request.description::requestFocus);
        shortcuts.add(scene, "shortcuts.duplicates", ctrlShift(KeyCode.D), request::focusDuplicates);
        shortcuts.add(scene, "shortcuts.submit", ctrl(KeyCode.ENTER), vm.request()::submit);
        shortcuts.add(scene, "shortcuts.handoff", ctrlShift(KeyCode.T), this::openHandoff);
        shortcuts.add(scene, "shortcuts.rejected", ctrlShift(KeyCode.R), request::focusRejected);
        shortcuts.add(scene, "shortcuts.kb", ctrl(KeyCode.K), knowledge::focusSearch);
        shortcuts.add(scene, "shortcuts.used", ctrl(KeyCode.U), knowledgeVm::useToAnswer);
        shortcuts.describe("keys.browse", "shortcuts.choose");
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private void nature(int n) {
        if (vm.request().chooseNature(n)) {
            request.focusNature();
        }
    }

    private void focusHistory() {
        if (caller.history.isVisible()) {
            caller.history.requestFocus();
            if (caller.history.getSelectionModel().isEmpty()) {
                caller.history.getSelectionModel().selectFirst();
            }
        }
    }

    public void newCall() {
        vm.newCall();
        knowledgeVm.queryProperty().set("");
        caller.search.requestFocus();
    }

    public void focusCallerSearch() {
        caller.search.requestFocus();
    }

    /** Whether a pane over the call (the handoff) holds the keyboard. */
    public boolean overlayOpen() {
        return vm.handoff().openProperty().get();
    }
}
