package ca.relais.client.ui.dashboard;

import atlantafx.base.theme.Styles;
import ca.relais.api.QueueTiles;
import ca.relais.api.QueuesDto;
import ca.relais.client.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The supervisor's live dashboard: six tiles (Tab moves between them, Enter opens the list behind one), the two
 * charts, the unaccepted handoffs and the agents; the list behind a tile opens on the right.
 */
public final class DashboardView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ca.relais.domain.CityCalendar.ZONE);
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final Map<String, TileButton> tiles = new LinkedHashMap<>();
    private final Button back = new Button();
    private final DrillDownPane drill;
    private final TargetsPane targets;

    public DashboardView(DashboardViewModel vm, I18n i18n, CodeNames names) {
        this.vm = vm;
        this.i18n = i18n;
        setId("dashboard");
        getStyleClass().add("dashboard");
        HBox tileRow = new HBox(10);
        tileRow.getStyleClass().add("dash-tiles");
        for (String id : QueueTiles.ALL) {
            TileButton tile = new TileButton(id, i18n, () -> open(id));
            HBox.setHgrow(tile, Priority.ALWAYS);
            tiles.put(id, tile);
            tileRow.getChildren().add(tile);
        }
        vm.tiles().addListener((javafx.collections.ListChangeListener<Tile>) c -> vm.tiles()
                .forEach(t -> tiles.get(t.id()).show(t)));
        targets = new TargetsPane(vm.targets(), i18n, vm.canEditTargets());
        targets.setVisible(false);
        targets.managedProperty().bind(targets.visibleProperty());
        setTop(new VBox(toolbar(), targets, tileRow));

        QueueCharts charts = new QueueCharts(i18n, names, vm::drillDown);
        vm.queuesProperty().addListener((o, a, q) -> charts.show(q));
        ListView<QueuesDto.UnacceptedHandoff> handoffs = PeopleLists.handoffs(i18n, names);
        ListView<QueuesDto.AgentPresence> agents = PeopleLists.agents(i18n);
        vm.queuesProperty().addListener((o, a, q) -> {
            handoffs.setItems(FXCollections.observableArrayList(q.oldestUnacceptedHandoffs()));
            agents.setItems(FXCollections.observableArrayList(q.agents()));
        });
        handoffs.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(QueueTiles.UNACCEPTED);
            }
        });
        handoffs.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                open(QueueTiles.UNACCEPTED);
            }
        });
        HBox chartRow = new HBox(10, charts.openChart, intakeBox(charts));
        HBox.setHgrow(charts.openChart, Priority.ALWAYS);
        chartRow.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        VBox.setVgrow(chartRow, Priority.ALWAYS);
        HBox lists = new HBox(10, titled("dashboard.handoffs", handoffs), titled("dashboard.agents", agents));
        lists.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        lists.getStyleClass().add("dash-lists");
        VBox main = new VBox(8, chartRow, lists);
        main.getStyleClass().add("dash-main");
        setCenter(main);
        drill = new DrillDownPane(vm.drill(), i18n, names);
        setRight(drill);
        sceneProperty().addListener((o, a, scene) -> {
            if (scene == null) {
                vm.hidden();
            }
        });
    }

    /** Reads the figures and follows changes; called each time the screen is shown. */
    public void shown() {
        vm.shown();
        javafx.application.Platform.runLater(() -> tiles.get(QueueTiles.OPEN).requestFocus());
    }

    public void setOnBack(Runnable action) {
        ca.relais.client.ui.common.BackButton.wire(back, action);
    }

    public DashboardViewModel viewModel() {
        return vm;
    }

    private void open(String tile) {
        vm.drillDown(tile);
        drill.focusList();
    }

    private HBox toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("dashboard.title"));
        title.setGraphic(new FontIcon(Material2AL.DASHBOARD));
        title.getStyleClass().add(Styles.TITLE_4);
        Label updated = new Label();
        updated.setId("dash-updated");
        updated.getStyleClass().add(Styles.TEXT_MUTED);
        updated.textProperty().bind(Bindings.createStringBinding(() -> vm.messageProperty().get() != null
                ? i18n.get(vm.messageProperty().get())
                : vm.queuesProperty().get() == null ? i18n.get("dashboard.loading")
                : i18n.get("dashboard.updated", TIME.format(vm.queuesProperty().get().generatedAt())),
                vm.queuesProperty(), vm.messageProperty(), i18n.localeProperty()));
        ToggleButton showTargets = new ToggleButton(null, new FontIcon(Material2MZ.TRACK_CHANGES));
        showTargets.setId("dash-targets-toggle");
        showTargets.textProperty().bind(i18n.bind("dashboard.targets"));
        showTargets.getStyleClass().add(Styles.SMALL);
        targets.visibleProperty().bind(showTargets.selectedProperty());
        showTargets.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                javafx.application.Platform.runLater(targets::focusFirst);
            }
        });
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setId("dash-refresh");
        refresh.textProperty().bind(i18n.bind("dashboard.refresh"));
        refresh.getStyleClass().add(Styles.SMALL);
        refresh.setOnAction(e -> vm.refresh());
        back.setId("dashboard-back");
        back.textProperty().bind(i18n.bind("kbadmin.back"));
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, updated, spacer, showTargets, refresh, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kb-admin-toolbar");
        return bar;
    }

    private VBox intakeBox(QueueCharts charts) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton lines = new ToggleButton();
        lines.setId("dash-intake-lines");
        lines.textProperty().bind(i18n.bind("dashboard.chart.byLine"));
        ToggleButton channels = new ToggleButton();
        channels.setId("dash-intake-channels");
        channels.textProperty().bind(i18n.bind("dashboard.chart.byChannel"));
        for (ToggleButton b : new ToggleButton[] {lines, channels}) {
            b.setToggleGroup(group);
            b.getStyleClass().add(Styles.SMALL);
        }
        lines.getStyleClass().add(Styles.LEFT_PILL);
        channels.getStyleClass().add(Styles.RIGHT_PILL);
        lines.setSelected(true);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                charts.intakeByChannel(t == channels);
            }
        });
        HBox switcher = new HBox(lines, channels);
        switcher.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(0, switcher, charts.intakeChart);
        VBox.setVgrow(charts.intakeChart, Priority.ALWAYS);
        return box;
    }

    private VBox titled(String key, Region content) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind(key));
        heading.getStyleClass().add("dash-list-title");
        heading.setLabelFor(content);
        VBox box = new VBox(4, heading, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
