package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.CallerDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.domain.PhoneNumbers;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The caller: one search field, results, the card and the whole history, or a new caller typed inline. */
final class CallerPanel extends VBox {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.of("America/Toronto"));
    private final CallerLookupViewModel vm;
    private final I18n i18n;
    final TextField search = new TextField();
    final TextField lastName = new TextField();

    CallerPanel(CallerLookupViewModel vm, I18n i18n) {
        super(10);
        this.vm = vm;
        this.i18n = i18n;
        setId("caller-panel");
        setPadding(new Insets(16));
        search.setId("caller-search");
        search.promptTextProperty().bind(i18n.bind("caller.search.prompt"));
        search.accessibleTextProperty().bind(i18n.bind("caller.search"));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ListView<CallerDto> results = new ListView<>(vm.results());
        results.setId("caller-results");
        results.setPrefHeight(150);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CallerDto c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : name(c) + "  ·  " + c.phones().stream()
                        .map(PhoneNumbers::display).collect(Collectors.joining(", ")));
            }
        });
        results.visibleProperty().bind(Bindings.isNotEmpty(vm.results()).and(vm.callerProperty().isNull()));
        results.managedProperty().bind(results.visibleProperty());
        results.setOnMouseClicked(e -> vm.choose(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.choose(results.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        search.setOnAction(e -> {
            if (vm.results().isEmpty()) {
                vm.startNewCaller();
                lastName.requestFocus();
            } else {
                vm.choose(null);
            }
        });

        Button create = new Button();
        create.setId("new-caller");
        create.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
        create.textProperty().bind(i18n.bind("caller.new"));
        create.getStyleClass().add(Styles.SMALL);
        create.setOnAction(e -> {
            vm.startNewCaller();
            lastName.requestFocus();
        });
        CheckBox anonymous = new CheckBox();
        anonymous.setId("anonymous");
        anonymous.textProperty().bind(i18n.bind("caller.anonymous"));
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());

        getChildren().addAll(Panels.heading(i18n, "caller.heading", Material2MZ.PERSON_SEARCH),
                Panels.label(i18n, "caller.search", search), search, results,
                new javafx.scene.layout.HBox(12, create, anonymous), card(), form(), history());
    }

    private static String name(CallerDto c) {
        String n = ((c.firstName() == null ? "" : c.firstName()) + " " + (c.lastName() == null ? "" : c.lastName()))
                .strip();
        return n.isEmpty() ? "—" : n;
    }

    private VBox card() {
        Label title = new Label();
        title.setId("caller-name");
        title.getStyleClass().add(Styles.TITLE_4);
        Label details = new Label();
        details.setId("caller-details");
        details.setWrapText(true);
        details.setMinHeight(Region.USE_PREF_SIZE);
        Runnable render = () -> {
            CallerDto c = vm.callerProperty().get();
            if (c == null) {
                return;
            }
            title.setText(name(c));
            details.setText(String.join("\n",
                    i18n.get("caller.phones", c.phones().stream().map(PhoneNumbers::display)
                            .collect(Collectors.joining(", "))),
                    i18n.get("caller.emails", c.emails().isEmpty() ? "—" : String.join(", ", c.emails())),
                    i18n.get("caller.address", c.address() == null ? (c.addressId() == null ? "—" : c.addressId())
                            : c.address().label()),
                    i18n.get("caller.language", i18n.get("language." + c.language())),
                    i18n.get(c.consent() ? "caller.consent.yes" : "caller.consent.no")));
        };
        vm.callerProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        VBox card = new VBox(4, title, details);
        card.setId("caller-card");
        card.getStyleClass().add("caller-card");
        card.visibleProperty().bind(vm.callerProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private VBox form() {
        TextField first = field("new-caller-first", vm.firstNameProperty());
        lastName.setId("new-caller-last");
        lastName.textProperty().bindBidirectional(vm.lastNameProperty());
        TextField phone = field("new-caller-phone", vm.phoneProperty());
        TextField email = field("new-caller-email", vm.emailProperty());
        ComboBox<String> language = new ComboBox<>();
        language.setId("new-caller-language");
        language.getItems().setAll("fr", "en");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        CheckBox consent = new CheckBox();
        consent.setId("new-caller-consent");
        consent.textProperty().bind(i18n.bind("caller.consent"));
        consent.selectedProperty().bindBidirectional(vm.consentProperty());
        Button save = new Button();
        save.setId("save-caller");
        save.textProperty().bind(i18n.bind("caller.save"));
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.saveNewCaller());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, Panels.label(i18n, "caller.firstName", first), first);
        grid.addRow(1, Panels.label(i18n, "caller.lastName", lastName), lastName);
        grid.addRow(2, Panels.label(i18n, "caller.phone", phone), phone);
        grid.add(Panels.error(i18n, vm.phoneErrorProperty()), 1, 3);
        grid.addRow(4, Panels.label(i18n, "caller.email", email), email);
        grid.add(Panels.error(i18n, vm.emailErrorProperty()), 1, 5);
        grid.addRow(6, Panels.label(i18n, "caller.language.label", language), language);
        grid.add(consent, 1, 7);
        grid.add(Panels.error(i18n, vm.nameErrorProperty()), 1, 8);
        grid.add(save, 1, 9);
        GridPane.setHgrow(lastName, Priority.ALWAYS);
        grid.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n)
                .setMinWidth(Region.USE_PREF_SIZE));
        consent.setWrapText(true);
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        VBox box = new VBox(6, Panels.section(i18n, "caller.new"), grid);
        box.setId("new-caller-form");
        box.visibleProperty().bind(vm.creatingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : i18n.get("language." + code));
        }
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private VBox history() {
        ListView<RequestDto> list = new ListView<>(vm.history());
        list.setId("caller-history");
        Label none = new Label();
        none.textProperty().bind(i18n.bind("caller.history.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RequestDto r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.number() == null
                        ? RequestCaptureViewModel.reference(r.id()) : r.number()) + "  ·  " + r.typeCode() + "  ·  "
                        + i18n.get("status." + r.status()) + "  ·  " + (r.createdAt() == null ? ""
                        : DATE.format(r.createdAt())));
                setWrapText(true);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(6, Panels.section(i18n, "caller.history"), list);
        VBox.setVgrow(box, Priority.ALWAYS);
        box.visibleProperty().bind(vm.callerProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
