package ca.relais.client.ui.dashboard;

import ca.relais.api.RequestSummaryDto;
import ca.relais.client.ui.common.I18n;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * A table of request summaries (the ombudsman's results): number, type, status, department, dates. A cell too
 * narrow for its text shows the whole of it as a tooltip.
 */
public final class RequestList {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ca.relais.domain.CityCalendar.ZONE);

    private RequestList() {
    }

    public static TableView<RequestSummaryDto> table(String id, ObservableList<RequestSummaryDto> items, I18n i18n,
                                                     CodeNames names) {
        TableView<RequestSummaryDto> table = new TableView<>(items);
        table.setId(id);
        table.getColumns().add(column(i18n, "supervision.col.number", 110, RequestSummaryDto::number));
        table.getColumns().add(column(i18n, "supervision.col.type", 200, r -> names.type(r.typeCode())));
        table.getColumns().add(column(i18n, "supervision.col.status", 110, r -> names.status(r.status())));
        table.getColumns().add(column(i18n, "supervision.col.department", 150,
                r -> names.department(r.department())));
        table.getColumns().add(column(i18n, "supervision.col.created", 130, r -> when(r.createdAt())));
        table.getColumns().add(column(i18n, "supervision.col.due", 130, r -> when(r.waitingSince() != null
                ? r.waitingSince() : r.dueAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return table;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static TableColumn<RequestSummaryDto, String> column(I18n i18n, String key, double width,
                                                                 Function<RequestSummaryDto, String> value) {
        TableColumn<RequestSummaryDto, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new WholeTextCell());
        return c;
    }

    /** A text cell whose tooltip holds its whole text, for when the column is too narrow to show it. */
    private static final class WholeTextCell extends TableCell<RequestSummaryDto, String> {
        private final Tooltip tooltip = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            boolean blank = empty || item == null || item.isEmpty();
            setText(blank ? null : item);
            tooltip.setText(blank ? "" : item);
            setTooltip(blank ? null : tooltip);
        }
    }
}
