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
    final StackedBarChart<Number, String> openChart;
    final StackedBarChart<String, Number> intakeChart;
    private boolean byChannel;
    private QueuesDto last;

    QueueCharts(I18n i18n, CodeNames names, Consumer<ItemsQuery> open) {
        this.i18n = i18n;
        this.names = names;
        this.open = open;
        openChart = departmentChart();
        intakeChart = chart("dash-intake-chart", "dashboard.chart.intake");
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
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(names.status(status));
            openChart.getData().add(series);
            q.openByDepartment().forEach((dept, counts) -> {
                XYChart.Data<Number, String> d = new XYChart.Data<>(counts.getOrDefault(status, 0L),
                        shorten(names.department(dept)));
                series.getData().add(d);
                clickable(d, names.department(dept) + " · " + series.getName() + " : " + d.getXValue(),
                        new ItemsQuery(QueueTiles.OPEN, dept, status, null, null));
            });
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
            series.getData().forEach(d -> clickable(d, d.getXValue() + " · " + series.getName() + " : " + d.getYValue(),
                    new ItemsQuery(QueueTiles.INTAKE, null, null, byChannel ? group.getKey() : null,
                            d.getXValue().substring(0, 2))));
        }
    }

    private static String shorten(String s) {
        return s.length() <= 26 ? s : s.substring(0, 25) + "…";
    }

    private void clickable(XYChart.Data<?, ?> d, String what, ItemsQuery query) {
        Runnable attach = () -> {
            Tooltip.install(d.getNode(), new Tooltip(what));
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

    private StackedBarChart<Number, String> departmentChart() {
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(wholeNumbers());
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, new CategoryAxis());
        chart.setId("dash-open-chart");
        chart.titleProperty().bind(i18n.bind("dashboard.chart.open"));
        chart.setAnimated(false);
        chart.setCategoryGap(4);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        chart.getStyleClass().add("dash-chart");
        return chart;
    }

    private static javafx.util.StringConverter<Number> wholeNumbers() {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.parseDouble(s);
            }
        };
    }

    private StackedBarChart<String, Number> chart(String id, String titleKey) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickLabelFormatter(wholeNumbers());
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        chart.setId(id);
        chart.titleProperty().bind(i18n.bind(titleKey));
        chart.setAnimated(false);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        chart.getStyleClass().add("dash-chart");
        return chart;
    }
}
