package ca.relais.client.ui.inbox;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.TabMovesFocus;
import ca.relais.domain.RequestStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The inbox's action form under the chosen request: the fields of the action open (status and resolution, department
 * and urgency, the request kept by a merge, the note), with send and cancel; shown only while an action is open.
 */
final class InboxFormPane extends VBox {
    private final InboxViewModel vm;
    private final I18n i18n;
    private final TextArea text = new TextArea();

    InboxFormPane(InboxViewModel vm, I18n i18n, InboxCells cells, Runnable backToList) {
        this.vm = vm;
        this.i18n = i18n;
        Label title = new Label();
        title.setId("inbox-form-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.form().modeProperty().get()
                == InboxViewModel.Mode.NONE ? "" : i18n.get("inbox.form." + vm.form().modeProperty().get().name(),
                vm.selected().size()), vm.form().modeProperty(), i18n.localeProperty()));

        ComboBox<RequestStatus> status = combo("inbox-form-status", vm.form().statuses(), vm.form().statusProperty(),
                s -> i18n.get("status." + s.name()));
        ComboBox<String> code = combo("inbox-form-resolution-code",
                javafx.collections.FXCollections.observableArrayList(InboxRules.RESOLUTION_CODES),
                vm.form().resolutionCodeProperty(), c -> i18n.get("resolution." + c));
        ComboBox<CatalogueDto.DepartmentDto> target = combo("inbox-form-department", vm.departments(),
                vm.form().targetProperty(), d -> (i18n.isEnglish() && d.nameEn() != null ? d.nameEn() : d.nameFr())
                        + "  (" + d.code() + ")");
        ComboBox<String> urgency = combo("inbox-form-urgency",
                javafx.collections.FXCollections.observableArrayList(InboxViewModel.URGENCIES),
                vm.form().urgencyProperty(), u -> i18n.get("urgency." + u));
        ComboBox<InboxRequest> master = combo("inbox-form-master", vm.selected(), vm.form().masterProperty(),
                i -> InboxViewModel.number(i) + "  ·  " + cells.type(i.request().typeCode()));
        text.setId("inbox-form-text");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        TabMovesFocus.install(text);
        text.textProperty().bindBidirectional(vm.form().textProperty());
        text.promptTextProperty().bind(Bindings.createStringBinding(() -> i18n.get("inbox.form.prompt."
                + vm.form().modeProperty().get().name()), vm.form().modeProperty(), i18n.localeProperty()));
        Accessibility.describe(text, i18n, "inbox.form.text", null);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("inbox.form.status", status), status);
        grid.addRow(1, label("inbox.form.resolutionCode", code), code);
        grid.addRow(2, label("inbox.form.department", target), target);
        grid.addRow(3, label("inbox.form.urgency", urgency), urgency);
        grid.addRow(4, label("inbox.form.master", master), master);
        grid.addRow(5, label("inbox.form.text", text), text);
        GridPane.setHgrow(text, Priority.ALWAYS);
        showIn(grid, status, m -> m == InboxViewModel.Mode.STATUS);
        showIn(grid, code, m -> m == InboxViewModel.Mode.STATUS && vm.form().statusProperty().get() != null
                && vm.form().statusProperty().get().needsResolution());
        vm.form().statusProperty().addListener((o, a, b) -> showIn(grid, code, m -> m == InboxViewModel.Mode.STATUS
                && b != null && b.needsResolution()));
        showIn(grid, target, m -> m == InboxViewModel.Mode.REASSIGN);
        showIn(grid, urgency, m -> m == InboxViewModel.Mode.REASSIGN);
        showIn(grid, master, m -> m == InboxViewModel.Mode.MERGE);

        Label error = new Label();
        error.setId("inbox-form-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(i18n.bind(vm.form().errorProperty()));
        error.visibleProperty().bind(vm.form().errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Button send = Buttons.of("inbox-form-send", Material2MZ.SEND, i18n, "inbox.form.send",
                "inbox.form.send.help", Styles.ACCENT);
        send.disableProperty().bind(vm.busyProperty());
        send.setOnAction(e -> vm.submit());
        Button cancel = Buttons.of("inbox-form-cancel", Material2AL.CLOSE, i18n, "inbox.form.cancel",
                "inbox.form.cancel.help");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(8, error, new Region(), send, cancel);
        HBox.setHgrow(buttons.getChildren().get(1), Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, grid, buttons);
        setSpacing(6);
        setId("inbox-form");
        getStyleClass().add("inbox-form");
        visibleProperty().bind(vm.form().modeProperty().isNotEqualTo(InboxViewModel.Mode.NONE));
        managedProperty().bind(visibleProperty());
        vm.form().modeProperty().addListener((o, a, m) -> {
            if (m != InboxViewModel.Mode.NONE) {
                javafx.application.Platform.runLater(() -> (m == InboxViewModel.Mode.STATUS ? status
                        : m == InboxViewModel.Mode.REASSIGN ? target : m == InboxViewModel.Mode.MERGE ? master
                        : text).requestFocus());
            } else {
                backToList.run();
            }
        });
    }

    private Label label(String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Shows a form row (its label and field) only for the modes that use it. */
    private void showIn(GridPane grid, Node field, java.util.function.Predicate<InboxViewModel.Mode> when) {
        Runnable apply = () -> {
            boolean on = when.test(vm.form().modeProperty().get());
            for (Node n : grid.getChildren()) {
                if (n == field || n instanceof Label l && l.getLabelFor() == field) {
                    n.setVisible(on);
                    n.setManaged(on);
                }
            }
        };
        vm.form().modeProperty().addListener((o, a, b) -> apply.run());
        apply.run();
    }

    private <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items, ObjectProperty<T> value,
                                  java.util.function.Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        Callback<ListView<T>, ListCell<T>> factory = l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        };
        box.setCellFactory(factory);
        box.setButtonCell(factory.call(null));
        box.setMaxWidth(Double.MAX_VALUE);
        i18n.localeProperty().addListener((o, a, b) -> box.setButtonCell(factory.call(null)));
        return box;
    }
}
