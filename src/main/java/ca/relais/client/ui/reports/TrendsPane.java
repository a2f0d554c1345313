package ca.relais.client.ui.reports;

import atlantafx.base.theme.Styles;
import ca.relais.api.TrendsDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.CodeNames;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Continuous improvement: the busiest types week over week, the spikes flagged, recurring addresses and callers. */
final class TrendsPane extends VBox {
    static final int TYPES = 6;
    private final I18n i18n;
    private final CodeNames names;
    private final LineChart<String, Number> chart;
    private final ListView<String> spikes = list("trends-spikes");
    private final ListView<String> addresses = list("trends-addresses");
    private final ListView<String> callers = list("trends-callers");
    private final Label rule = new Label();
    private TrendsDto shown;

    TrendsPane(I18n i18n, CodeNames names) {
        this.i18n = i18n;
        this.names = names;
        setId("trends");
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        chart = new LineChart<>(new CategoryAxis(), y);
        chart.setId("trends-chart");
        chart.titleProperty().bind(i18n.bind("trends.chart"));
        chart.setAnimated(false);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        rule.setWrapText(true);
        rule.getStyleClass().add(Styles.TEXT_MUTED);
        HBox lists = new HBox(10, titled("trends.spikes", spikes), titled("trends.addresses", addresses),
                titled("trends.callers", callers));
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        lists.setPrefHeight(210);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, lists, rule);
        setSpacing(8);
        getStyleClass().add("report-tab");
        i18n.localeProperty().addListener((o, a, b) -> show(shown));
    }

    void show(TrendsDto t) {
        shown = t;
        if (t == null) {
            return;
        }
        List<Map.Entry<String, List<Long>>> busiest = t.byType().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<Long>> e) -> e.getValue().stream()
                        .mapToLong(Long::longValue).sum()).reversed().thenComparing(Map.Entry::getKey))
                .limit(TYPES).toList();
        chart.getData().clear();
        for (Map.Entry<String, List<Long>> type : busiest) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names.type(type.getKey()));
            for (int i = 0; i < t.weeks().size() && i < type.getValue().size(); i++) {
                series.getData().add(new XYChart.Data<>(t.weeks().get(i), type.getValue().get(i)));
            }
            chart.getData().add(series);
        }
        spikes.setItems(FXCollections.observableArrayList(t.spikes().stream().map(s -> i18n.get("trends.spike",
                names.type(s.typeCode()), names.borough(s.borough()), s.week(), s.count(),
                Math.round(s.trailingMean() * 10) / 10.0)).toList()));
        addresses.setItems(FXCollections.observableArrayList(t.recurringAddresses().stream().map(this::recurring)
                .toList()));
        callers.setItems(FXCollections.observableArrayList(t.recurringCallers().stream().map(this::recurring)
                .toList()));
        rule.setText(i18n.get("trends.rule"));
        rule.setTooltip(t.spikeRule() == null ? null : new javafx.scene.control.Tooltip(t.spikeRule()));
    }

    private String recurring(TrendsDto.Recurring r) {
        return i18n.get("trends.recurring", r.label() == null ? r.key() : r.label(), r.count(),
                String.join(", ", r.typeCodes().stream().map(names::type).toList()));
    }

    private static ListView<String> list(String id) {
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        return list;
    }

    private VBox titled(String key, ListView<String> list) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind(key));
        heading.getStyleClass().add("dash-list-title");
        if (list == spikes) {
            heading.setGraphic(new FontIcon(Material2AL.FLAG));
        }
        heading.setLabelFor(list);
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        return box;
    }
}
