package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.CallerDto;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.HighlightedText;
import ca.relais.client.ui.common.I18n;
import ca.relais.domain.PhoneNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The caller: one search field, results with the matches highlighted, the card and the whole history, or the caller
 * form (new or edited) inline.
 */
final class CallerPanel extends VBox {
    private final CallerLookupViewModel vm;
    private final I18n i18n;
    private final Runnable onSettled;
    final TextField search = new TextField();
    final ListView<CallerDto> results = new ListView<>();
    final TextField lastName = new TextField();
    final CheckBox anonymous = new CheckBox();
    final Button create = new Button();
    final Button edit = new Button();
    final ListView<HistoryItem> history;

    /**
     * @param onSettled  runs when the caller is known (chosen, saved or anonymous): the call moves on to the request
     * @param onCorrect  opens a refused request of the history for correction
     */
    CallerPanel(CallerLookupViewModel vm, I18n i18n, Runnable onSettled, Consumer<RejectedCapture> onCorrect) {
        super(10);
        this.vm = vm;
        this.i18n = i18n;
        this.onSettled = onSettled;
        setId("caller-panel");
        setPadding(new Insets(16));
        search.setId("caller-search");
        search.promptTextProperty().bind(i18n.bind("caller.search.prompt"));
        Accessibility.describe(search, i18n, "caller.search", "caller.search.help");
        search.textProperty().bindBidirectional(vm.queryProperty());

        results.setItems(vm.results());
        results.setId("caller-results");
        results.setPrefHeight(170);
        Accessibility.describe(results, i18n, "caller.results", "caller.results.help");
        results.setCellFactory(l -> new ResultCell());
        results.getStyleClass().add("wrapping");
        results.visibleProperty().bind(Bindings.isNotEmpty(vm.results()).and(vm.callerProperty().isNull())
                .and(vm.creatingProperty().not()));
        results.managedProperty().bind(results.visibleProperty());
        results.setOnMouseClicked(e -> choose(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(results.getSelectionModel().getSelectedItem());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.results().isEmpty()) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        search.setOnAction(e -> {
            if (vm.results().isEmpty()) {
                startNewCaller();
            } else {
                choose(null);
            }
        });
        Label notFound = new Label();
        notFound.setId("caller-not-found");
        notFound.setWrapText(true);
        notFound.getStyleClass().add(Styles.TEXT_MUTED);
        notFound.textProperty().bind(i18n.bind("caller.notFound"));
        notFound.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.results().isEmpty()
                        && vm.queryProperty().get() != null && vm.queryProperty().get().strip().length() >= 2
                        && vm.callerProperty().get() == null && !vm.creatingProperty().get(),
                vm.results(), vm.queryProperty(), vm.callerProperty(), vm.creatingProperty()));
        notFound.managedProperty().bind(notFound.visibleProperty());

        create.setId("new-caller");
        create.setGraphic(new FontIcon(Material2MZ.PERSON_ADD));
        create.textProperty().bind(i18n.bind("caller.new"));
        create.getStyleClass().add(Styles.SMALL);
        Accessibility.describe(create, i18n, "caller.new", "caller.new.help");
        create.setOnAction(e -> startNewCaller());
        anonymous.setId("anonymous");
        anonymous.textProperty().bind(i18n.bind("caller.anonymous"));
        Accessibility.describe(anonymous, i18n, "caller.anonymous", "caller.anonymous.help");
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());
        anonymous.setOnAction(e -> {
            if (anonymous.isSelected()) {
                onSettled.run();
            }
        });
        HBox actions = new HBox(12, create, anonymous);
        actions.setAlignment(Pos.CENTER_LEFT);

        this.history = historyList(onCorrect);
        getChildren().addAll(Panels.heading(i18n, "caller.heading", Material2MZ.PERSON_SEARCH),
                Panels.label(i18n, "caller.search", search), search, results, notFound, actions, card(), form(),
                historySection());
    }

    void startNewCaller() {
        vm.startNewCaller();
        lastName.requestFocus();
    }

    void editCaller() {
        if (vm.editCaller()) {
            lastName.requestFocus();
        }
    }

    void toggleAnonymous() {
        vm.anonymousProperty().set(!vm.anonymousProperty().get());
        if (vm.anonymousProperty().get()) {
            onSettled.run();
        }
    }

    private void choose(CallerDto c) {
        if (c != null || !vm.results().isEmpty()) {
            vm.choose(c);
            onSettled.run();
        }
    }

    private static String name(CallerDto c) {
        String n = ((c.firstName() == null ? "" : c.firstName()) + " " + (c.lastName() == null ? "" : c.lastName()))
                .strip();
        return n.isEmpty() ? "—" : n;
    }

    private static String details(CallerDto c) {
        List<String> parts = new ArrayList<>();
        c.phones().stream().map(PhoneNumbers::display).forEach(parts::add);
        parts.addAll(c.emails());
        if (c.address() != null) {
            parts.add(c.address().label());
        }
        return String.join("  ·  ", parts);
    }

    /** A search result: the name, then phones, emails and address, with what matched in bold; its nodes are reused. */
    private final class ResultCell extends ListCell<CallerDto> {
        private final HighlightedText nameLine = new HighlightedText("result-name", "plain", "match");
        private final HighlightedText detailLine = new HighlightedText("result-details", "plain", "match");
        private final VBox box = new VBox(2, nameLine, detailLine);

        ResultCell() {
            box.setMinWidth(0);
            box.setPrefWidth(0);
        }

        @Override
        protected void updateItem(CallerDto c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String query = vm.queryProperty().get();
            String name = name(c);
            String details = details(c);
            nameLine.show(Highlights.of(name, query), Highlights.Segment::text, Highlights.Segment::match);
            detailLine.show(Highlights.of(details, query), Highlights.Segment::text, Highlights.Segment::match);
            if (getGraphic() != box) {
                setGraphic(box);
            }
            setAccessibleText(name + ", " + details);
        }
    }

    private VBox card() {
        Label title = new Label();
        title.setId("caller-name");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
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
                    i18n.get("caller.phones", c.phones().isEmpty() ? "—" : c.phones().stream()
                            .map(PhoneNumbers::display).collect(Collectors.joining(", "))),
                    i18n.get("caller.emails", c.emails().isEmpty() ? "—" : String.join(", ", c.emails())),
                    i18n.get("caller.address", vm.addressProperty().get() == null ? "—"
                            : vm.addressProperty().get().label()),
                    i18n.get("caller.language", i18n.get("language." + c.language())),
                    i18n.get(c.consent() ? "caller.consent.yes" : "caller.consent.no")));
        };
        vm.callerProperty().addListener((o, a, b) -> render.run());
        vm.addressProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        edit.setId("edit-caller");
        edit.setGraphic(new FontIcon(Material2AL.EDIT));
        edit.textProperty().bind(i18n.bind("caller.edit"));
        edit.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Accessibility.describe(edit, i18n, "caller.edit", "caller.edit.help");
        edit.setOnAction(e -> editCaller());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, title, spacer, edit);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, top, details);
        card.setId("caller-card");
        card.getStyleClass().add("caller-card");
        card.visibleProperty().bind(vm.callerProperty().isNotNull().and(vm.creatingProperty().not()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private VBox form() {
        TextField first = field("new-caller-first", vm.firstNameProperty(), "caller.firstName");
        lastName.setId("new-caller-last");
        lastName.textProperty().bindBidirectional(vm.lastNameProperty());
        Accessibility.describe(lastName, i18n, "caller.lastName", null);
        TextField phone = field("new-caller-phone", vm.phoneProperty(), "caller.phone");
        TextField email = field("new-caller-email", vm.emailProperty(), "caller.email");
        ComboBox<String> language = new ComboBox<>();
        language.setId("new-caller-language");
        language.getItems().setAll("fr", "en");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Accessibility.describe(language, i18n, "caller.language.label", null);
        CheckBox consent = new CheckBox();
        consent.setId("new-caller-consent");
        consent.textProperty().bind(i18n.bind("caller.consent"));
        Accessibility.describe(consent, i18n, "caller.consent", null);
        consent.selectedProperty().bindBidirectional(vm.consentProperty());
        Button save = Buttons.of("save-caller", null, i18n, "caller.save", "caller.save.help", Styles.ACCENT);
        save.setOnAction(e -> save());
        Button cancel = Buttons.of("cancel-caller", null, i18n, "caller.cancel", null, Styles.FLAT);
        cancel.setOnAction(e -> {
            vm.cancelForm();
            search.requestFocus();
        });
        for (TextField f : List.of(first, lastName, phone, email)) {
            f.setOnAction(e -> save());
        }
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
        HBox buttons = new HBox(8, save, cancel);
        grid.add(buttons, 0, 9, 2, 1);
        GridPane.setHgrow(lastName, Priority.ALWAYS);
        grid.getChildren().stream().filter(n -> n instanceof Label).forEach(n -> ((Label) n)
                .setMinWidth(Region.USE_PREF_SIZE));
        consent.setWrapText(true);
        language.setCellFactory(l -> new LanguageCell());
        language.setButtonCell(new LanguageCell());
        Panels.rewordOnLanguageChange(i18n, language);
        Label title = Panels.section(i18n, "caller.new");
        title.textProperty().unbind();
        title.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(vm.editingProperty().get() == null
                ? "caller.new" : "caller.editing"), vm.editingProperty(), i18n.localeProperty()));
        VBox box = new VBox(6, title, grid);
        box.setId("new-caller-form");
        box.visibleProperty().bind(vm.creatingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void save() {
        if (vm.saveCaller().isPresent()) {
            onSettled.run();
        }
    }

    private final class LanguageCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null : i18n.get("language." + code));
        }
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, String labelKey) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        Accessibility.describe(f, i18n, labelKey, null);
        return f;
    }

    private ListView<HistoryItem> historyList(Consumer<RejectedCapture> onCorrect) {
        ListView<HistoryItem> list = new ListView<>(vm.history());
        list.setId("caller-history");
        Accessibility.describe(list, i18n, "caller.history", "caller.history.help");
        Label none = new Label();
        none.textProperty().bind(i18n.bind("caller.history.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(l -> new HistoryCell(i18n, vm::departmentName));
        Panels.rewordOnLanguageChange(i18n, list);
        list.getStyleClass().add("wrapping");
        list.setOnKeyPressed(e -> {
            HistoryItem item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null && item.rejection() != null) {
                onCorrect.accept(item.rejection());
            }
        });
        list.setOnMouseClicked(e -> {
            HistoryItem item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.rejection() != null) {
                onCorrect.accept(item.rejection());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private VBox historySection() {
        Label heading = Panels.section(i18n, "caller.history");
        heading.setWrapText(true);
        VBox box = new VBox(6, heading, history);
        VBox.setVgrow(box, Priority.ALWAYS);
        box.visibleProperty().bind(vm.callerProperty().isNotNull().and(vm.creatingProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
