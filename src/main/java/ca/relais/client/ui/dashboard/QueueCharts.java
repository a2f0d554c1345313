package ca.relais.client.ui.dashboard;

import ca.relais.api.QueueTiles;
import ca.relais.api.QueuesDto;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import ca.relais.client.ui.common.I18n;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The dashboard's two charts: open requests by department stacked by status, and today's intake by hour stacked by
 * phone line or by channel. Clicking a bar opens the requests behind it.
 */
final class QueueCharts {
    private final I18n i18n;
    private final CodeNames names;
    private final Consumer<ItemsQuery> open;
    final StackedBarChart<String, Number> openChart = chart("dash-open-chart", "dashboard.chart.open");
    final StackedBarChart<String, Number> intakeChart = chart("dash-intake-chart", "dashboard.chart.intake");
    private boolean byChannel;
    private QueuesDto last;

    QueueCharts(I18n i18n, CodeNames names, Consumer<ItemsQuery> open) {
        this.i18n = i18n;
        this.names = names;
        this.open = open;
        i18n.localeProperty().addListener((o, a, b) -> show(last));
    }

    void intakeByChannel(boolean channel) {
        byChannel = channel;
        show(last);
    }

    void show(QueuesDto q) {
        last = q;
        if (q == null) {
            return;
        }
        openChart.getData().clear();
        TreeSet<String> statuses = new TreeSet<>();
        q.openByDepartment().values().forEach(m -> statuses.addAll(m.keySet()));
        for (String status : statuses) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(names.status(status));
            q.openByDepartment().forEach((dept, counts) -> series.getData().add(
                    new XYChart.Data<>(dept, counts.getOrDefault(status, 0L))));
            openChart.getData().add(series);
            series.getData().forEach(d -> clickable(d, names.department(d.getXValue()) + " · " + series.getName(),
                    new ItemsQuery(QueueTiles.OPEN, d.getXValue(), status, null, null)));
        }
        intakeChart.getData().clear();
        Map<String, Map<String, Long>> byHour = byChannel ? q.intakeTodayByChannelHour() : q.intakeTodayByLine();
        TreeSet<String> hours = new TreeSet<>(q.intakeTodayByHour().keySet());
        Function<String, String> label = byChannel ? names::channel : names::line;
        for (Map.Entry<String, Map<String, Long>> group : byHour.entrySet()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(label.apply(group.getKey()));
            for (String hour : hours) {
                series.getData().add(new XYChart.Data<>(hour + " h", group.getValue().getOrDefault(hour, 0L)));
            }
            intakeChart.getData().add(series);
            series.getData().forEach(d -> clickable(d, d.getXValue() + " · " + series.getName(),
                    new ItemsQuery(QueueTiles.INTAKE, null, null, byChannel ? group.getKey() : null,
                            d.getXValue().substring(0, 2))));
        }
    }

    private void clickable(XYChart.Data<String, Number> d, String what, ItemsQuery query) {
        Runnable attach = () -> {
            Tooltip.install(d.getNode(), new Tooltip(what + " : " + d.getYValue()));
            d.getNode().setOnMouseClicked(e -> open.accept(query));
            d.getNode().getStyleClass().add("dash-bar");
        };
        if (d.getNode() != null) {
            attach.run();
        } else {
            d.nodeProperty().addListener((o, a, n) -> {
                if (n != null) {
                    attach.run();
                }
            });
        }
    }

    private StackedBarChart<String, Number> chart(String id, String titleKey) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        });
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId(id);
        chart.titleProperty().bind(i18n.bind(titleKey));
        chart.setAnimated(false);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.getStyleClass().add("dash-chart");
        return chart;
    }
}
