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
 * A table of request summaries (the ombudsman's results): number, type, status, department, creation and due dates.
 * Numbers and dates are always shown whole; a name cell too narrow for its text shows the whole of it as a tooltip.
 */
public final class RequestList {
    /** Wide enough for "2026-11-30" whole; the case beside the table gives the time. */
    private static final double DATE_WIDTH = 108;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ca.relais.domain.CityCalendar.ZONE);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ca.relais.domain.CityCalendar.ZONE);

    private RequestList() {
    }

    public static TableView<RequestSummaryDto> table(String id, ObservableList<RequestSummaryDto> items, I18n i18n,
                                                     CodeNames names) {
        TableView<RequestSummaryDto> table = new TableView<>(items);
        table.setId(id);
        table.getColumns().add(column(i18n, "supervision.col.number", 115, 115, RequestSummaryDto::number));
        table.getColumns().add(column(i18n, "supervision.col.type", 170, 90, r -> names.type(r.typeCode())));
        table.getColumns().add(column(i18n, "supervision.col.status", 100, 80, r -> names.status(r.status())));
        table.getColumns().add(column(i18n, "supervision.col.department", 170, 100,
                r -> names.department(r.department())));
        table.getColumns().add(column(i18n, "supervision.col.created", DATE_WIDTH, DATE_WIDTH,
                r -> day(r.createdAt())));
        table.getColumns().add(column(i18n, "supervision.col.due", DATE_WIDTH, DATE_WIDTH, r -> day(r.dueAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return table;
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    private static TableColumn<RequestSummaryDto, String> column(I18n i18n, String key, double width,
                                                                 double minWidth,
                                                                 Function<RequestSummaryDto, String> value) {
        TableColumn<RequestSummaryDto, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
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
