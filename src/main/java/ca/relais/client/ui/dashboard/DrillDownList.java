package ca.relais.client.ui.dashboard;

import ca.relais.api.RequestSummaryDto;
import ca.relais.client.ui.common.I18n;
import java.time.Duration;
import java.time.Instant;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The requests behind a tile, two lines each: number and type with how long it has waited (or its due date), then status
 * and department. A side panel has no room for a table's six columns, and department names are long.
 */
final class DrillDownList {
    private DrillDownList() {
    }

    static ListView<RequestSummaryDto> list(ObservableList<RequestSummaryDto> items, I18n i18n, CodeNames names) {
        ListView<RequestSummaryDto> list = new ListView<>(items);
        list.setId("dash-drill-items");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RequestSummaryDto r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                Label what = new Label(r.number() + " · " + names.type(r.typeCode()));
                what.getStyleClass().add("dash-drill-what");
                Label when = new Label(when(r, i18n, names));
                when.getStyleClass().add("text-muted");
                when.setMinWidth(Region.USE_PREF_SIZE);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label where = new Label(names.status(r.status()) + " · " + names.department(r.department()));
                where.getStyleClass().add("text-muted");
                setText(null);
                setGraphic(new VBox(0, new HBox(8, what, spacer, when), where));
                setPrefWidth(0);
                setAccessibleText(what.getText() + ", " + where.getText() + ", " + when.getText());
            }
        });
        return list;
    }

    /** How long it has waited, as the handoff list says it ("attend depuis 3 j"), or else when it is due. */
    static String when(RequestSummaryDto r, I18n i18n, CodeNames names) {
        if (r.waitingSince() != null) {
            long minutes = Math.max(0, Duration.between(r.waitingSince(), Instant.now()).toMinutes());
            return i18n.get("dashboard.handoff.waiting", names.minutes(minutes));
        }
        return r.dueAt() == null ? "" : i18n.get("dashboard.drill.due", RequestList.when(r.dueAt()));
    }
}
