package ca.relais.client.ui.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.CodeNames;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/** The report's charts, one small bar chart per breakdown, redrawn for each report and each language. */
final class ReportCharts {
    static final int TOP = 10;
    private final I18n i18n;
    private final CodeNames names;
    final BarChart<Number, String> byType;
    final BarChart<Number, String> byGroup;
    final BarChart<Number, String> byChannel;
    final BarChart<Number, String> byDepartment;
    final BarChart<Number, String> byBorough;
    final BarChart<String, Number> sla;
    final BarChart<String, Number> timeToClose;

    ReportCharts(I18n i18n, CodeNames names) {
        this.i18n = i18n;
        this.names = names;
        byType = horizontal("report-chart-type", "report.chart.type");
        byGroup = horizontal("report-chart-group", "report.chart.group");
        byChannel = horizontal("report-chart-channel", "report.chart.channel");
        byDepartment = horizontal("report-chart-department", "report.chart.department");
        byBorough = horizontal("report-chart-borough", "report.chart.borough");
        sla = vertical("report-chart-sla", "report.chart.sla");
        timeToClose = vertical("report-chart-close", "report.chart.close");
    }

    List<XYChart<?, ?>> all() {
        return List.of(byType, sla, timeToClose, byChannel, byDepartment, byGroup, byBorough);
    }

    void show(AccountabilityDto r) {
        if (r == null) {
            return;
        }
        counts(byType, r.byType(), names::type);
        counts(byGroup, r.byGroup(), names::group);
        counts(byChannel, r.byChannel(), names::channel);
        counts(byDepartment, r.byDepartment(), names::department);
        counts(byBorough, r.byBorough(), names::borough);
        XYChart.Series<String, Number> attained = new XYChart.Series<>();
        attained.setName(i18n.get("report.attained"));
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(i18n.get("report.target"));
        String slaLabel = i18n.get("report.figure.sla");
        String fcrLabel = i18n.get("report.figure.fcr");
        attained.getData().add(new XYChart.Data<>(slaLabel, percent(r.slaAttainment())));
        attained.getData().add(new XYChart.Data<>(fcrLabel, percent(r.firstContactResolutionRate())));
        target.getData().add(new XYChart.Data<>(slaLabel, percent(r.slaTarget())));
        target.getData().add(new XYChart.Data<>(fcrLabel, percent(r.firstContactResolutionTarget())));
        sla.getData().setAll(List.of(attained, target));
        XYChart.Series<String, Number> hours = new XYChart.Series<>();
        hours.setName(i18n.get("report.hours"));
        AccountabilityDto.TimeToClose t = r.timeToCloseHours();
        hours.getData().add(new XYChart.Data<>(i18n.get("report.median"), t == null || t.median() == null ? 0
                : t.median()));
        hours.getData().add(new XYChart.Data<>(i18n.get("report.p90"), t == null || t.p90() == null ? 0 : t.p90()));
        timeToClose.getData().setAll(List.of(hours));
        all().forEach(this::tooltips);
    }

    private void counts(BarChart<Number, String> chart, Map<String, Long> counts, Function<String, String> label) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(i18n.get("report.requests"));
        List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(TOP).toList();
        for (int i = top.size() - 1; i >= 0; i--) {
            series.getData().add(new XYChart.Data<>(top.get(i).getValue(), shorten(label.apply(top.get(i).getKey()))));
        }
        chart.getData().setAll(List.of(series));
    }

    private static String shorten(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    private static double percent(Double share) {
        return share == null ? 0 : Math.round(share * 1000) / 10.0;
    }

    private void tooltips(XYChart<?, ?> chart) {
        for (XYChart.Series<?, ?> s : chart.getData()) {
            for (XYChart.Data<?, ?> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(d.getXValue() + " : " + d.getYValue()));
                }
            }
        }
    }

    private BarChart<Number, String> horizontal(String id, String key) {
        NumberAxis x = new NumberAxis();
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        setUp(chart, id, key);
        chart.setLegendVisible(false);
        chart.setCategoryGap(3);
        return chart;
    }

    private BarChart<String, Number> vertical(String id, String key) {
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        setUp(chart, id, key);
        chart.setLegendSide(Side.BOTTOM);
        return chart;
    }

    private void setUp(XYChart<?, ?> chart, String id, String key) {
        chart.setId(id);
        chart.titleProperty().bind(i18n.bind(key));
        chart.setAnimated(false);
        chart.getStyleClass().add("report-chart");
        chart.setPrefSize(420, 260);
        chart.setMinHeight(240);
    }
}
