package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
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
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The call screen: caller on the left, the request in the middle, with the submit bar and the read-back line. */
public final class CallView extends BorderPane {
    private final CallViewModel vm;
    private final CallerPanel caller;
    private final RequestPanel request;

    private final ca.relais.client.ui.knowledge.KnowledgePanel knowledge;
    private final ca.relais.client.ui.knowledge.KnowledgeViewModel knowledgeVm;

    public CallView(CallViewModel vm, ca.relais.client.ui.knowledge.KnowledgeViewModel knowledgeVm, I18n i18n) {
        this.vm = vm;
        this.knowledgeVm = knowledgeVm;
        this.knowledge = new ca.relais.client.ui.knowledge.KnowledgePanel(knowledgeVm, i18n);
        this.caller = new CallerPanel(vm.caller(), i18n);
        this.request = new RequestPanel(vm.request(), i18n);
        getStyleClass().add("call-view");
        BorderPane requestColumn = new BorderPane(request);
        requestColumn.setBottom(actions(i18n));
        SplitPane split = new SplitPane(caller, requestColumn, knowledge);
        split.setDividerPositions(0.28, 0.64);
        setCenter(split);
        vm.request().submittedProperty().addListener((o, a, s) -> request.typeSearch.requestFocus());
    }

    private HBox actions(I18n i18n) {
        Button submit = request.submitButton();
        Label readBack = new Label();
        readBack.setId("readback");
        readBack.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        readBack.getStyleClass().addAll(Styles.SUCCESS, "readback");
        readBack.textProperty().bind(i18n.bind(vm.readBackProperty()));
        readBack.visibleProperty().bind(vm.readBackProperty().isNotNull());
        readBack.setMaxWidth(Double.MAX_VALUE);
        readBack.setMinWidth(0);
        javafx.scene.control.Tooltip full = new javafx.scene.control.Tooltip();
        full.textProperty().bind(readBack.textProperty());
        readBack.setTooltip(full);
        HBox.setHgrow(readBack, Priority.ALWAYS);
        submit.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, readBack, submit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("action-bar");
        return bar;
    }

    /** Installs the call's keyboard shortcuts on the scene. */
    public void installShortcuts() {
        var accelerators = getScene().getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newCall);
        accelerators.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), vm.request()::submit);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), caller.search::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN),
                request.typeSearch::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                request.addressSearch::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                request.description::requestFocus);
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), knowledge::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), knowledgeVm::useToAnswer);
    }

    public void newCall() {
        vm.newCall();
        caller.search.requestFocus();
    }

    public void focusCallerSearch() {
        caller.search.requestFocus();
    }
}
