package ca.relais.server.reports.pdf;

import java.awt.Color;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's charts, drawn the same way in every PDF. */
final class Charts {
    private static final Color BAR = new Color(0x1F, 0x5F, 0x99);

    private Charts() {
    }

    /** Horizontal bars of counts, largest first, at most {@code limit} of them. */
    static JFreeChart volumes(String title, Map<String, Long> counts, int limit) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> data.addValue(e.getValue(), "n", e.getKey()));
        JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.HORIZONTAL, false,
                false, false);
        style(chart);
        return chart;
    }

    /** Each figure beside its target, in percent: two series, "actual" and "target". */
    static JFreeChart attainment(String title, String actual, String target, Map<String, Double[]> figures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        figures.forEach((k, v) -> {
            data.addValue(v[0] == null ? 0 : v[0] * 100, actual, k);
            data.addValue(v[1] == null ? 0 : v[1] * 100, target, k);
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, "%", data, PlotOrientation.VERTICAL, true,
                false, false);
        style(chart);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        chart.getCategoryPlot().getRenderer().setSeriesPaint(1, new Color(0xC0, 0x39, 0x2B));
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        var plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        var renderer = (org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, BAR);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
    }
}
