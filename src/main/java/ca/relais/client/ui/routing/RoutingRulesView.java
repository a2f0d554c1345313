package ca.relais.client.ui.routing;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The administrator's routing-rules screen: a table of ordered rules, edited in place, saved as a new version. */
public final class RoutingRulesView extends BorderPane {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.INSERT);
    private static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ca.relais.domain.CityCalendar.ZONE);
    private final RoutingRulesViewModel vm;
    private final I18n i18n;
    private final TableView<RoutingRulesViewModel.Row> table = new TableView<>();
    private final Button back = new Button();

    public RoutingRulesView(RoutingRulesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("routing-rules");
        setTop(toolbar());
        setCenter(table());
        setBottom(status());
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (table.getEditingCell() != null) {
                return;
            }
            Runnable action = SAVE.match(e) ? vm::save : ADD.match(e) ? this::add : REMOVE.match(e) ? this::remove
                    : UP.match(e) ? () -> move(-1) : DOWN.match(e) ? () -> move(1) : null;
            if (action != null) {
                action.run();
                e.consume();
            }
        });
    }

    public RoutingRulesViewModel viewModel() {
        return vm;
    }

    /** What the "back to calls" button does; none hides it. */
    public void setOnBack(Runnable action) {
        ca.relais.client.ui.common.BackButton.wire(back, action);
    }

    /** Reads the rules again unless there are edits not saved; called each time the screen is shown. */
    public void shown() {
        vm.refresh(false);
    }

    private HBox toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("routing.title"));
        title.setGraphic(new FontIcon(Material2AL.ALT_ROUTE));
        title.getStyleClass().add(Styles.TITLE_4);
        Label version = new Label();
        version.setId("routing-version");
        version.getStyleClass().add(Styles.TEXT_MUTED);
        version.textProperty().bind(Bindings.createStringBinding(() -> vm.versionProperty().get() < 0 ? ""
                : vm.updatedAtProperty().get() == null ? i18n.get("routing.version.none")
                : i18n.get("routing.version", vm.versionProperty().get(), vm.updatedByProperty().get(),
                        WHEN.format(vm.updatedAtProperty().get())), i18n.localeProperty(), vm.versionProperty(),
                vm.updatedAtProperty()));
        Button add = button("routing-add", "routing.add", "routing.add.help", Material2AL.ADD);
        add.setOnAction(e -> add());
        Button remove = button("routing-remove", "routing.remove", "routing.remove.help",
                Material2AL.DELETE);
        remove.setOnAction(e -> remove());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button up = button("routing-up", "routing.up", "routing.up.help", Material2AL.ARROW_UPWARD);
        up.setOnAction(e -> move(-1));
        up.disableProperty().bind(remove.disableProperty());
        Button down = button("routing-down", "routing.down", "routing.down.help",
                Material2AL.ARROW_DOWNWARD);
        down.setOnAction(e -> move(1));
        down.disableProperty().bind(remove.disableProperty());
        Button reload = button("routing-reload", "routing.reload", "routing.reload.help",
                Material2MZ.REFRESH);
        reload.setOnAction(e -> vm.refresh(true));
        Button save = button("routing-save", "routing.save", "routing.save.help", Material2MZ.SAVE);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.save());
        save.disableProperty().bind(vm.busyProperty().or(vm.dirtyProperty().not()));
        back.setId("routing-back");
        back.textProperty().bind(i18n.bind("routing.back"));
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox heading = new VBox(2, title, version);
        HBox bar = new HBox(10, heading, spacer, add, remove, up, down, reload, save, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 8, 16));
        return bar;
    }

    private VBox table() {
        table.setId("routing-table");
        table.setItems(vm.rows());
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("routing.empty"));
        table.setPlaceholder(empty);
        Accessibility.describe(table, i18n, "routing.table", "routing.table.help");
        TableColumn<RoutingRulesViewModel.Row, String> order = new TableColumn<>("#");
        order.setPrefWidth(40);
        order.setEditable(false);
        order.setSortable(false);
        order.setCellValueFactory(c -> Bindings.createStringBinding(() -> String.valueOf(vm.rows()
                .indexOf(c.getValue()) + 1), vm.rows()));
        table.getColumns().add(order);
        TableColumn<RoutingRulesViewModel.Row, String> id = column("routing.col.id", 130, r -> r.id);
        id.setCellFactory(TextFieldTableCell.forTableColumn());
        choice("routing.col.type", 170, r -> r.typeCode, vm.types(), this::catalogueName);
        choice("routing.col.group", 170, r -> r.group, vm.groups(), this::catalogueName);
        choice("routing.col.nature", 100, r -> r.nature, vm.natures(), code -> message("nature.", code));
        choice("routing.col.borough", 140, r -> r.borough, vm.boroughs(), code -> message("borough.", code));
        choice("routing.col.department", 300, r -> r.department, vm.departments(), this::catalogueName);
        TableColumn<RoutingRulesViewModel.Row, String> error = new TableColumn<>();
        error.textProperty().bind(i18n.bind("routing.col.problem"));
        error.setMinWidth(110);
        error.setEditable(false);
        error.setSortable(false);
        error.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().error.get() == null ? ""
                : i18n.get(c.getValue().error.get()), c.getValue().error, i18n.localeProperty()));
        error.setCellFactory(c -> new TextFieldTableCell<>() {
            {
                getStyleClass().add(Styles.DANGER);
            }
        });
        table.getColumns().add(error);
        Label legend = new Label();
        legend.setId("routing-legend");
        legend.setWrapText(true);
        legend.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        legend.textProperty().bind(i18n.bind("routing.legend"));
        VBox box = new VBox(8, legend, table);
        box.setPadding(new Insets(0, 16, 8, 16));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private TableColumn<RoutingRulesViewModel.Row, String> column(String key, double width,
                                                                  Function<RoutingRulesViewModel.Row,
                                                                          StringProperty> property) {
        TableColumn<RoutingRulesViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.bind(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(row -> property.apply(row.getValue()));
        c.setOnEditCommit(e -> property.apply(e.getRowValue()).set(e.getNewValue() == null ? ""
                : e.getNewValue().strip()));
        table.getColumns().add(c);
        return c;
    }

    /** A code in words, with the code after it: administrators know both. */
    private String catalogueName(String code) {
        return vm.nameOf(code).map(n -> n.in(i18n.locale()) + "  (" + code + ")").orElse(code);
    }

    private String message(String prefix, String code) {
        return i18n.getOr(prefix + code, code);
    }

    private void choice(String key, double width, Function<RoutingRulesViewModel.Row, StringProperty> property,
                        ObservableList<String> values, Function<String, String> words) {
        TableColumn<RoutingRulesViewModel.Row, String> c = column(key, width, property);
        StringConverter<String> converter = new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? i18n.get("routing.any") : words.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
        c.setCellFactory(column -> new WholeTextChoiceCell(converter, values));
    }

    /** A choice cell whose tooltip holds its whole text, for the long department and type names. */
    private static final class WholeTextChoiceCell extends ComboBoxTableCell<RoutingRulesViewModel.Row, String> {
        private final Tooltip tooltip = new Tooltip();

        WholeTextChoiceCell(StringConverter<String> converter, ObservableList<String> values) {
            super(converter, values);
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String text = getText();
            boolean blank = empty || text == null || text.isEmpty();
            tooltip.setText(blank ? "" : text);
            setTooltip(blank ? null : tooltip);
        }
    }

    private Label status() {
        Label message = new Label();
        message.setId("routing-message");
        message.setWrapText(true);
        message.setPadding(new Insets(4, 16, 12, 16));
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        return message;
    }

    private void add() {
        RoutingRulesViewModel.Row row = vm.add();
        table.getSelectionModel().select(row);
        table.scrollTo(row);
        table.requestFocus();
    }

    private void remove() {
        RoutingRulesViewModel.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.remove(row);
        }
    }

    private void move(int by) {
        RoutingRulesViewModel.Row row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.move(row, by);
            table.getSelectionModel().select(row);
        }
    }

    private Button button(String id, String key, String helpKey, Ikon icon) {
        return Buttons.of(id, icon, i18n, key, helpKey, Styles.SMALL);
    }
}
