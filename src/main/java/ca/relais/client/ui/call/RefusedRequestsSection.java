package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The top of the request form: the requests the server refused, to correct one at a time, and the banner shown while
 * one is back in the form.
 */
final class RefusedRequestsSection {
    private final CallViewModel call;
    private final RequestCaptureViewModel vm;
    private final I18n i18n;
    private final Runnable afterChoosing;
    private final ListView<RejectedCapture> refused = new ListView<>();
    private final VBox list;
    private final VBox banner;

    /** {@code afterChoosing} puts the caret on the server's objection once a refused request is back in the form. */
    RefusedRequestsSection(CallViewModel call, I18n i18n, Runnable afterChoosing) {
        this.call = call;
        this.vm = call.request();
        this.i18n = i18n;
        this.afterChoosing = afterChoosing;
        this.list = list();
        this.banner = banner();
    }

    /** The refused requests, shown only when there are some. */
    VBox listBox() {
        return list;
    }

    /** What is being corrected and why it was refused, shown only during a correction. */
    VBox bannerBox() {
        return banner;
    }

    /** Moves the caret to the refused requests (Ctrl+Shift+R), choosing the first when none is chosen. */
    void focus() {
        if (!vm.rejected().isEmpty()) {
            refused.requestFocus();
            if (refused.getSelectionModel().isEmpty()) {
                refused.getSelectionModel().selectFirst();
            }
        }
    }

    private VBox list() {
        refused.setItems(vm.rejected());
        Panels.wrappingList(refused, "rejected-requests", 90, i18n, "capture.rejected.list", "capture.rejected.help",
                r -> r.reference() + "  ·  " + vm.typeNameOf(r.typeCode()).in(i18n.locale()) + "\n"
                        + i18n.get(r.reason()));
        Button correct = Buttons.of("correct-rejected", Material2AL.EDIT, i18n, "capture.rejected.correct",
                "capture.rejected.help", Styles.SMALL);
        correct.disableProperty().bind(refused.getSelectionModel().selectedItemProperty().isNull());
        correct.setOnAction(e -> correctSelected());
        refused.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                correctSelected();
            }
        });
        Label heading = new Label();
        heading.setId("rejected-heading");
        heading.setWrapText(true);
        heading.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        heading.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
        heading.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("capture.rejected.heading",
                vm.rejected().size()), vm.rejected(), i18n.localeProperty()));
        VBox box = new VBox(6, heading, refused, correct);
        box.setId("rejected-section");
        box.getStyleClass().add("rejected-section");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.rejected()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void correctSelected() {
        RejectedCapture r = refused.getSelectionModel().getSelectedItem();
        if (r != null) {
            call.correct(r);
            afterChoosing.run();
        }
    }

    private VBox banner() {
        Label what = new Label();
        what.setId("correction-banner");
        what.setWrapText(true);
        what.setGraphic(new FontIcon(Material2AL.EDIT));
        what.textProperty().bind(Bindings.createStringBinding(() -> vm.correctingProperty().get() == null ? ""
                : i18n.get("capture.correcting", vm.correctingProperty().get().reference()),
                vm.correctingProperty(), i18n.localeProperty()));
        Label why = Panels.error(i18n, vm.rejectionProperty());
        why.setId("correction-reason");
        Button cancel = Buttons.of("cancel-correction", null, i18n, "capture.correcting.cancel",
                null, Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> vm.cancelCorrection());
        VBox box = new VBox(4, what, why, cancel);
        box.getStyleClass().add("correction-banner");
        box.visibleProperty().bind(vm.correctingProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
