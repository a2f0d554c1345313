package ca.relais.client.ui.dashboard;

import atlantafx.base.theme.Styles;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The requests behind the tile or bar chosen, with how many there are in all; Escape or the cross closes it. */
final class DrillDownPane extends VBox {
    private final ListView<ca.relais.api.RequestSummaryDto> table;

    DrillDownPane(DrillDown vm, I18n i18n, CodeNames names) {
        setId("dash-drill");
        getStyleClass().add("dash-drill");
        Label title = new Label();
        title.setId("dash-drill-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.queryProperty().get(), i18n, names)
                        + " — " + i18n.get("dashboard.drill.total", vm.totalProperty().get()),
                vm.queryProperty(), vm.totalProperty(), i18n.localeProperty()));
        title.setWrapText(true);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.setId("dash-drill-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.accessibleTextProperty().bind(i18n.bind("dashboard.drill.close"));
        close.setOnAction(e -> vm.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        table = DrillDownList.list(vm.items(), i18n, names);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label message = new Label();
        message.setId("dash-drill-message");
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        Button more = new Button(null, new FontIcon(Material2MZ.MORE_HORIZ));
        more.setId("dash-drill-more");
        more.textProperty().bind(i18n.bind("dashboard.drill.more"));
        more.getStyleClass().add(Styles.SMALL);
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.more());
        getChildren().addAll(top, message, table, more);
        setSpacing(8);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.close();
                e.consume();
            }
        });
        visibleProperty().bind(vm.queryProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    void focusList() {
        table.requestFocus();
    }

    static String describe(ItemsQuery q, I18n i18n, CodeNames names) {
        if (q == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(i18n.get("dashboard.tile." + TileButton.key(q.tile())));
        if (q.department() != null) {
            s.append(" · ").append(names.department(q.department()));
        }
        if (q.status() != null) {
            s.append(" · ").append(names.status(q.status()));
        }
        if (q.channel() != null) {
            s.append(" · ").append(names.channel(q.channel()));
        }
        if (q.hour() != null) {
            s.append(" · ").append(q.hour()).append(" h");
        }
        return s.toString();
    }
}
