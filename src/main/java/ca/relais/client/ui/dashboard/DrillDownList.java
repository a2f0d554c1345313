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
        list.setCellFactory(v -> new TwoLineCell(i18n, names));
        return list;
    }

    /** A row's two lines, built once per cell and filled again as the cell is reused. */
    private static final class TwoLineCell extends ListCell<RequestSummaryDto> {
        private final I18n i18n;
        private final CodeNames names;
        private final Label what = new Label();
        private final Label when = new Label();
        private final Label where = new Label();
        private final VBox lines;

        TwoLineCell(I18n i18n, CodeNames names) {
            this.i18n = i18n;
            this.names = names;
            what.getStyleClass().add("dash-drill-what");
            when.getStyleClass().add("text-muted");
            when.setMinWidth(Region.USE_PREF_SIZE);
            where.getStyleClass().add("text-muted");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            lines = new VBox(0, new HBox(8, what, spacer, when), where);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RequestSummaryDto r, boolean empty) {
            super.updateItem(r, empty);
            setText(null);
            if (empty || r == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            what.setText(r.number() + " · " + names.type(r.typeCode()));
            when.setText(when(r, i18n, names));
            where.setText(names.status(r.status()) + " · " + names.department(r.department()));
            setGraphic(lines);
            setAccessibleText(what.getText() + ", " + where.getText() + ", " + when.getText());
        }
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
