package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.TabMovesFocus;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The handoff of a request to a department, over the call screen; Escape closes it without saving. */
final class HandoffPane extends StackPane {
    private final HandoffViewModel vm;
    private final I18n i18n;
    private final ComboBox<CatalogueDto.DepartmentDto> department = new ComboBox<>();

    HandoffPane(HandoffViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("handoff-pane");
        getStyleClass().add("overlay");
        Label title = new Label();
        title.setGraphic(new FontIcon(Material2MZ.SEND));
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.requestProperty().get() == null ? ""
                : i18n.get("handoff.title", HandoffViewModel.reference(vm.requestProperty().get())),
                vm.requestProperty(), i18n.localeProperty()));

        department.setId("handoff-department");
        department.setItems(vm.departments());
        department.valueProperty().bindBidirectional(vm.departmentProperty());
        department.setCellFactory(l -> new DepartmentCell());
        department.setButtonCell(new DepartmentCell());
        department.setMaxWidth(Double.MAX_VALUE);
        Accessibility.describe(department, i18n, "handoff.department", "handoff.department.help");
        Label extension = new Label();
        extension.setId("handoff-extension");
        extension.setGraphic(new FontIcon(Material2MZ.PHONE_FORWARDED));
        extension.getStyleClass().add(Styles.TEXT_MUTED);
        extension.textProperty().bind(Bindings.createStringBinding(() -> vm.departmentProperty().get() == null ? ""
                : i18n.get("handoff.extension", vm.departmentProperty().get().phoneExtension() == null ? "—"
                : vm.departmentProperty().get().phoneExtension()), vm.departmentProperty(), i18n.localeProperty()));
        extension.visibleProperty().bind(vm.departmentProperty().isNotNull());

        Label suggestion = new Label();
        suggestion.setId("handoff-suggestion");
        suggestion.setGraphic(new FontIcon(Material2AL.ALT_ROUTE));
        suggestion.getStyleClass().add(Styles.TEXT_MUTED);
        suggestion.textProperty().bind(Bindings.createStringBinding(() -> {
            CatalogueDto.DepartmentDto s = vm.suggestedProperty().get();
            if (s == null) {
                return "";
            }
            boolean already = vm.requestProperty().get() != null
                    && s.code().equals(vm.requestProperty().get().department());
            return i18n.get(already ? "handoff.suggestion.already" : "handoff.suggestion",
                    i18n.isEnglish() && s.nameEn() != null ? s.nameEn() : s.nameFr());
        }, vm.suggestedProperty(), vm.requestProperty(), i18n.localeProperty()));
        suggestion.visibleProperty().bind(vm.suggestedProperty().isNotNull());
        suggestion.managedProperty().bind(suggestion.visibleProperty());
        suggestion.setWrapText(true);

        TextArea note = new TextArea();
        note.setId("handoff-note");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        TabMovesFocus.install(note);
        note.textProperty().bindBidirectional(vm.noteProperty());
        note.promptTextProperty().bind(i18n.bind("handoff.note.prompt"));
        Accessibility.describe(note, i18n, "handoff.note", null);

        ComboBox<String> urgency = choices("handoff-urgency", HandoffViewModel.URGENCIES, "urgency.",
                vm.urgencyProperty());
        Accessibility.describe(urgency, i18n, "handoff.urgency", null);
        ComboBox<String> callback = choices("handoff-callback", HandoffViewModel.CALLBACKS, "callback.",
                vm.callbackProperty());
        Accessibility.describe(callback, i18n, "handoff.callback", null);
        TextField callbackValue = new TextField();
        callbackValue.setId("handoff-callback-value");
        callbackValue.textProperty().bindBidirectional(vm.callbackValueProperty());
        callbackValue.disableProperty().bind(vm.callbackProperty().isEqualTo("NONE"));
        Accessibility.describe(callbackValue, i18n, "handoff.callback.value", null);
        TextField bestTime = new TextField();
        bestTime.setId("handoff-best-time");
        bestTime.textProperty().bindBidirectional(vm.bestTimeProperty());
        bestTime.promptTextProperty().bind(i18n.bind("handoff.bestTime.prompt"));
        Accessibility.describe(bestTime, i18n, "handoff.bestTime", null);

        Panels.rewordOnLanguageChange(i18n, department, urgency, callback);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, Panels.label(i18n, "handoff.department", department), department);
        grid.add(new VBox(2, suggestion, extension), 1, 1);
        Label departmentError = Panels.error(i18n, vm.departmentErrorProperty());
        departmentError.setId("handoff-department-error");
        grid.add(departmentError, 1, 2);
        grid.addRow(3, Panels.label(i18n, "handoff.note", note), note);
        Label noteError = Panels.error(i18n, vm.noteErrorProperty());
        noteError.setId("handoff-note-error");
        grid.add(noteError, 1, 4);
        grid.addRow(5, Panels.label(i18n, "handoff.urgency", urgency), urgency);
        grid.addRow(6, Panels.label(i18n, "handoff.callback", callback), callback);
        grid.addRow(7, Panels.label(i18n, "handoff.callback.value", callbackValue), callbackValue);
        grid.addRow(8, Panels.label(i18n, "handoff.bestTime", bestTime), bestTime);
        GridPane.setHgrow(note, Priority.ALWAYS);
        grid.getChildren().stream().filter(n -> n instanceof Label l && l.getLabelFor() != null)
                .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));

        Button send = Buttons.of("handoff-send", Material2MZ.SEND, i18n, "handoff.send",
                "handoff.send.help", Styles.ACCENT);
        send.setOnAction(e -> vm.handOff());
        Button cancel = Buttons.of("handoff-cancel", Material2AL.CLOSE, i18n, "handoff.cancel", "handoff.cancel.help");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(10, send, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, title, grid, buttons);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(620, USE_PREF_SIZE);
        card.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(card, Pos.CENTER);
        visibleProperty().bind(vm.openProperty());
        vm.openProperty().addListener((o, a, open) -> {
            if (open) {
                department.requestFocus();
            }
        });
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.handOff();
                e.consume();
            }
        });
    }

    private ComboBox<String> choices(String id, java.util.List<String> values, String prefix,
                                     javafx.beans.property.ObjectProperty<String> property) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.valueProperty().bindBidirectional(property);
        box.setCellFactory(l -> new KeyCell(prefix));
        box.setButtonCell(new KeyCell(prefix));
        return box;
    }

    private final class KeyCell extends ListCell<String> {
        private final String prefix;

        KeyCell(String prefix) {
            this.prefix = prefix;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty || value == null ? null : i18n.get(prefix + value));
        }
    }

    private final class DepartmentCell extends ListCell<CatalogueDto.DepartmentDto> {
        @Override
        protected void updateItem(CatalogueDto.DepartmentDto d, boolean empty) {
            super.updateItem(d, empty);
            setText(empty || d == null ? null : (i18n.isEnglish() && d.nameEn() != null ? d.nameEn() : d.nameFr())
                    + "  (" + d.code() + ")");
        }
    }
}
