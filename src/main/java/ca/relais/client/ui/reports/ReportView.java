package ca.relais.client.ui.reports;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.CodeNames;
import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The accountability report: a period (dates or a preset), the key figures and charts, CSV and PDF exports; and the
 * continuous-improvement tab.
 */
public final class ReportView extends BorderPane {
    private final ReportViewModel vm;
    private final I18n i18n;
    private final Button back = new Button();
    private final TabPane tabs = new TabPane();
    private final DatePicker from = ca.relais.client.ui.common.IsoDates.picker("report-from");
    private BiFunction<String, String, Path> chooser = this::chooseFile;

    public ReportView(ReportViewModel vm, I18n i18n, CodeNames names) {
        this.vm = vm;
        this.i18n = i18n;
        setId("report");
        getStyleClass().add("report");
        setTop(toolbar());
        KeyFigures figures = new KeyFigures(i18n, names);
        ReportCharts charts = new ReportCharts(i18n, names);
        vm.figuresProperty().addListener((o, a, r) -> {
            figures.show(r);
            charts.show(r);
        });
        i18n.localeProperty().addListener((o, a, b) -> charts.show(vm.figuresProperty().get()));
        FlowPane chartGrid = new FlowPane(10, 10);
        chartGrid.getChildren().addAll(charts.all().stream().map(Node.class::cast).toList());
        chartGrid.setId("report-charts");
        VBox content = new VBox(10, figures, chartGrid);
        content.getStyleClass().add("report-tab");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        chartGrid.prefWrapLengthProperty().bind(scroll.widthProperty().subtract(40));
        TrendsPane trends = new TrendsPane(i18n, names);
        vm.trendsProperty().addListener((o, a, t) -> trends.show(t));
        Tab reportTab = tab("report-tab-figures", "report.tab.figures", scroll);
        Tab trendsTab = tab("report-tab-trends", "report.tab.trends", trends);
        tabs.getTabs().addAll(reportTab, trendsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> {
            if (t == trendsTab && vm.trendsProperty().get() == null) {
                vm.loadTrends();
            }
        });
        setCenter(tabs);
        Label message = new Label();
        message.setId("report-message");
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.getStyleClass().add("report-message");
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        setBottom(message);
    }

    /** Reads the report of the period shown; called each time the screen is shown. */
    public void shown() {
        if (vm.figuresProperty().get() == null) {
            vm.load();
        }
        javafx.application.Platform.runLater(from::requestFocus);
    }

    public void setOnBack(Runnable action) {
        ca.relais.client.ui.common.BackButton.wire(back, action);
    }

    /** Where exports are saved: given the format and the offered name, a path, or null to cancel. For tests. */
    public void choosePathsWith(BiFunction<String, String, Path> choose) {
        this.chooser = choose;
    }

    public ReportViewModel viewModel() {
        return vm;
    }

    public void showTrends() {
        tabs.getSelectionModel().select(1);
    }

    private HBox toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("report.title"));
        title.setGraphic(new FontIcon(Material2AL.ASSESSMENT));
        title.getStyleClass().add(Styles.TITLE_4);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = ca.relais.client.ui.common.IsoDates.picker("report-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        for (DatePicker p : new DatePicker[] {from, to}) {
            p.setPrefWidth(140);
            p.setOnAction(e -> vm.load());
        }
        from.accessibleTextProperty().bind(i18n.bind("report.from"));
        to.accessibleTextProperty().bind(i18n.bind("report.to"));
        Label fromLabel = label("report.from", from);
        Label toLabel = label("report.to", to);
        MenuButton presets = new MenuButton();
        presets.setId("report-presets");
        presets.textProperty().bind(i18n.bind("report.presets"));
        presets.getStyleClass().add(Styles.SMALL);
        for (PeriodPreset p : PeriodPreset.values()) {
            MenuItem item = new MenuItem();
            item.setId("report-preset-" + p.name().toLowerCase(java.util.Locale.ROOT));
            item.textProperty().bind(i18n.bind(p.key()));
            item.setOnAction(e -> {
                vm.preset(p);
                vm.load();
            });
            presets.getItems().add(item);
        }
        Button show = button("report-show", "report.show", Material2MZ.REFRESH);
        show.setOnAction(e -> vm.load());
        Button csv = button("report-export-csv", "report.export.csv", Material2AL.GET_APP);
        csv.setOnAction(e -> export("csv"));
        Button pdf = button("report-export-pdf", "report.export.pdf", Material2MZ.PICTURE_AS_PDF);
        pdf.setOnAction(e -> export("pdf"));
        csv.disableProperty().bind(vm.busyProperty());
        pdf.disableProperty().bind(vm.busyProperty());
        back.setId("report-back");
        back.textProperty().bind(i18n.bind("kbadmin.back"));
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, fromLabel, from, toLabel, to, presets, show, csv, pdf, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kb-admin-toolbar");
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r && n != spacer) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    private void export(String format) {
        Path target = chooser.apply(format, vm.exportName(format));
        if (target != null) {
            vm.export(format, target);
        }
    }

    private Path chooseFile(String format, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.toUpperCase(java.util.Locale.ROOT),
                "*." + format));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    private Label label(String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(field);
        return l;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.textProperty().bind(i18n.bind(key));
        b.getStyleClass().add(Styles.SMALL);
        return b;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(i18n.bind(key));
        t.setContent(content);
        return t;
    }
}
