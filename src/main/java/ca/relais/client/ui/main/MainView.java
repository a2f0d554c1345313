package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.LanguageSwitch;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window: who is signed in, the catalogue with its search and detail, and the status bar. */
public final class MainView extends BorderPane {
    private final TextField search = new TextField();

    public MainView(MainViewModel vm, I18n i18n, Runnable onSignOut) {
        getStyleClass().add("main-root");
        setTop(header(vm, i18n, onSignOut));
        SplitPane split = new SplitPane(catalogue(vm, i18n), new RequestTypeDetail(vm, i18n));
        split.setDividerPositions(0.62);
        setCenter(split);
        setBottom(new StatusBar(vm, i18n));
    }

    private HBox header(MainViewModel vm, I18n i18n, Runnable onSignOut) {
        FontIcon logo = new FontIcon(Material2AL.HEADSET_MIC);
        logo.getStyleClass().add("brand-icon-small");
        Label name = new Label();
        name.textProperty().bind(i18n.bind("app.name"));
        name.getStyleClass().addAll(Styles.TITLE_4, "brand-name");

        Label user = new Label();
        user.setId("signed-in-user");
        user.setGraphic(new FontIcon(Material2MZ.PERSON));
        String role = vm.user().roles().isEmpty() ? "agent" : vm.user().roles().get(0);
        user.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("main.user", vm.user().displayName(), i18n.get("role." + role)),
                i18n.localeProperty()));
        Label line = new Label();
        line.setId("signed-in-line");
        line.setGraphic(new FontIcon(Material2MZ.PHONE));
        line.textProperty().bind(i18n.bind("main.line." + vm.user().line()));
        line.getStyleClass().add(Styles.TEXT_MUTED);

        Button signOut = new Button();
        signOut.setId("sign-out");
        signOut.setGraphic(new FontIcon(Material2AL.EXIT_TO_APP));
        signOut.textProperty().bind(i18n.bind("main.signOut"));
        signOut.getStyleClass().add(Styles.FLAT);
        signOut.setOnAction(e -> onSignOut.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(14, logo, name, user, line, spacer, new LanguageSwitch(i18n), signOut);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("app-header");
        return header;
    }

    private VBox catalogue(MainViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("catalogue.heading"));
        heading.getStyleClass().add(Styles.TITLE_4);

        search.setId("catalogue-search");
        search.promptTextProperty().bind(i18n.bind("catalogue.search.prompt"));
        search.accessibleTextProperty().bind(i18n.bind("catalogue.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());

        TableView<CatalogueItem> table = new TableView<>(vm.visibleItems());
        table.setId("catalogue-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("catalogue.empty"));
        table.setPlaceholder(empty);
        table.getColumns().add(column(i18n, "catalogue.column.name", 260, i -> i.name().in(i18n.locale())));
        table.getColumns().add(column(i18n, "catalogue.column.group", 180, i -> i.group().in(i18n.locale())));
        table.getColumns().add(column(i18n, "catalogue.column.department", 200,
                i -> i.department().in(i18n.locale())));
        table.getColumns().add(column(i18n, "catalogue.column.sla", 80, i -> slaText(i18n, i)));
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        search.setOnAction(e -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox box = new VBox(10, heading, search, table);
        box.setPadding(new Insets(16));
        return box;
    }

    private static String slaText(I18n i18n, CatalogueItem item) {
        String hours = i18n.get("catalogue.sla.hours", item.type().slaHours());
        return "CONTINUOUS".equals(item.type().slaCalendar()) ? hours + " · " + i18n.get("catalogue.sla.continuous")
                : hours;
    }

    private static TableColumn<CatalogueItem, String> column(I18n i18n, String key, double width,
                                                             Function<CatalogueItem, String> value) {
        TableColumn<CatalogueItem, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.bind(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** Puts the caret in the catalogue search. */
    public void focusSearch() {
        search.requestFocus();
    }
}
