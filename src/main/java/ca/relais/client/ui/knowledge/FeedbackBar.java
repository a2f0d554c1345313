package ca.relais.client.ui.knowledge;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.domain.KbRating;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Under the open article: is it useful, out of date, or missing information? The two negative answers open an
 * optional comment. Everything is reachable with Tab, Space and Enter.
 */
final class FeedbackBar extends VBox {
    private final KnowledgeViewModel vm;
    private final I18n i18n;
    private final TextArea comment = new TextArea();
    private final Button send = new Button();

    private final Runnable afterSending;

    /** {@code afterSending} puts the caret back somewhere useful once the buttons are disabled. */
    FeedbackBar(KnowledgeViewModel vm, I18n i18n, Runnable afterSending) {
        super(6);
        this.vm = vm;
        this.i18n = i18n;
        this.afterSending = afterSending;
        setId("kb-feedback");
        getStyleClass().add("kb-feedback");
        Label question = new Label();
        question.textProperty().bind(i18n.bind("kb.feedback.question"));
        question.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        FlowPane ratings = new FlowPane(6, 6, button(KbRating.USEFUL, Material2MZ.THUMB_UP),
                button(KbRating.OUT_OF_DATE, Material2MZ.UPDATE),
                button(KbRating.MISSING_INFO, Material2AL.HELP_OUTLINE));
        ratings.disableProperty().bind(vm.feedbackSentProperty());
        Label message = new Label();
        message.setId("kb-feedback-message");
        message.setWrapText(true);
        message.setMinHeight(Label.USE_PREF_SIZE);
        message.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        message.textProperty().bind(i18n.bind(vm.feedbackMessageProperty()));
        message.visibleProperty().bind(vm.feedbackMessageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Label error = new Label();
        error.setId("kb-feedback-error");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        error.textProperty().bind(i18n.bind(vm.feedbackErrorProperty()));
        error.visibleProperty().bind(vm.feedbackErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(question, ratings, commentBox(), message, error);
        visibleProperty().bind(vm.articleProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    private Button button(KbRating rating, Ikon icon) {
        Button b = Buttons.of("kb-rate-" + rating.name(), icon, i18n, "kb.rating." + rating.name(),
                null, Styles.SMALL, Styles.BUTTON_OUTLINED);
        vm.ratingProperty().addListener((o, was, now) -> {
            b.getStyleClass().remove(Styles.ACCENT);
            if (now == rating) {
                b.getStyleClass().add(Styles.ACCENT);
            }
        });
        b.setOnAction(e -> {
            if (vm.rate(rating)) {
                Platform.runLater(rating.negative() ? comment::requestFocus : afterSending);
            }
        });
        return b;
    }

    private VBox commentBox() {
        Label label = new Label();
        label.textProperty().bind(Bindings.createStringBinding(() -> vm.ratingProperty().get() == null ? ""
                : i18n.get("kb.feedback.comment." + vm.ratingProperty().get().name()), vm.ratingProperty(),
                i18n.localeProperty()));
        label.setLabelFor(comment);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        comment.setId("kb-comment");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.promptTextProperty().bind(i18n.bind("kb.feedback.prompt"));
        comment.accessibleTextProperty().bind(i18n.bind("kb.feedback.prompt"));
        comment.textProperty().bindBidirectional(vm.commentProperty());
        comment.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isControlDown()) {
                e.consume();
                send.requestFocus();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                vm.cancelFeedback();
                afterSending.run();
            }
        });
        send.setId("kb-send-feedback");
        send.setGraphic(new FontIcon(Material2MZ.SEND));
        send.textProperty().bind(i18n.bind("kb.feedback.send"));
        send.accessibleTextProperty().bind(i18n.bind("kb.feedback.send"));
        send.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        send.setOnAction(e -> {
            if (vm.sendFeedback()) {
                afterSending.run();
            }
        });
        Button cancel = Buttons.of("kb-cancel-feedback", null, i18n, "kb.feedback.cancel",
                null, Styles.SMALL, Styles.FLAT);
        cancel.setOnAction(e -> {
            vm.cancelFeedback();
            afterSending.run();
        });
        HBox buttons = new HBox(8, send, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, label, comment, buttons);
        box.visibleProperty().bind(vm.ratingProperty().isNotNull().and(vm.feedbackSentProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
