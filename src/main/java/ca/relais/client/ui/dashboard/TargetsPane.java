package ca.relais.client.ui.dashboard;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The targets' row: SLA attainment and first-contact resolution in percent, the longest wait for a handoff. */
final class TargetsPane extends HBox {
    private final TextField sla;

    TargetsPane(TargetsForm form, I18n i18n, boolean editable) {
        setId("dash-targets");
        getStyleClass().add("dash-targets");
        sla = field("dash-target-sla", form.slaProperty(), editable);
        Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
        save.setId("dash-targets-save");
        save.textProperty().bind(i18n.bind("dashboard.targets.save"));
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setOnAction(e -> form.save());
        save.setVisible(editable);
        save.setManaged(editable);
        Label message = new Label();
        message.setId("dash-targets-message");
        message.textProperty().bind(i18n.bind(form.messageProperty()));
        TextField fcr = field("dash-target-fcr", form.fcrProperty(), editable);
        TextField minutes = field("dash-target-minutes", form.maxMinutesProperty(), editable);
        getChildren().addAll(label(i18n, "dashboard.targets.sla", sla), sla, label(i18n, "dashboard.targets.fcr", fcr),
                fcr, label(i18n, "dashboard.targets.minutes", minutes), minutes, save, message);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && editable) {
                form.save();
                e.consume();
            }
        });
    }

    void focusFirst() {
        sla.requestFocus();
    }

    private static Label label(I18n i18n, String key, TextField forField) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(forField);
        return l;
    }

    private static TextField field(String id, StringProperty value, boolean editable) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(4);
        f.textProperty().bindBidirectional(value);
        f.setEditable(editable);
        return f;
    }
}
