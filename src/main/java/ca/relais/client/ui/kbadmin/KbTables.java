package ca.relais.client.ui.kbadmin;

import ca.relais.client.ui.common.I18n;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers for the read-only tables of the management screen. */
final class KbTables {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ca.relais.domain.CityCalendar.ZONE);

    private KbTables() {
    }

    static <T> TableView<T> table(String id, I18n i18n, String emptyKey) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind(emptyKey));
        table.setPlaceholder(empty);
        return table;
    }

    static <T> TableColumn<T, Object> column(TableView<T> table, I18n i18n, String key, double width,
                                             Function<T, Object> value) {
        TableColumn<T, Object> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(format(value.apply(row.getValue()))));
        table.getColumns().add(c);
        return c;
    }

    private static Object format(Object value) {
        return value instanceof Instant at ? WHEN.format(at) : value == null ? "" : value;
    }
}
