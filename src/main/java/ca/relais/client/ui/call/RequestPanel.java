package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.AddressDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.domain.Channel;
import ca.relais.domain.Nature;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The request being captured: type, nature, channel, location, attributes, description, notices, duplicates. */
final class RequestPanel extends ScrollPane {
    private final RequestCaptureViewModel vm;
    private final I18n i18n;
    final TextField typeSearch = new TextField();
    final TextField addressSearch = new TextField();
    final TextArea description = new TextArea();

    RequestPanel(RequestCaptureViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setFitToWidth(true);
        setId("request-panel");
        VBox box = new VBox(10, Panels.heading(i18n, "capture.heading", Material2AL.ASSIGNMENT),
                typeSection(), natureSection(), channelSection(), locationSection(),
                Panels.section(i18n, "capture.attributes"), new AttributeForm(vm.fields(), i18n),
                descriptionSection(), noticesSection(), duplicatesSection());
        box.setPadding(new Insets(16));
        setContent(box);
    }

    private VBox typeSection() {
        typeSearch.setId("type-search");
        typeSearch.promptTextProperty().bind(i18n.bind("capture.type.prompt"));
        typeSearch.accessibleTextProperty().bind(i18n.bind("capture.type"));
        typeSearch.textProperty().bindBidirectional(vm.typeQueryProperty());
        ListView<TypeChoice> suggestions = new ListView<>(vm.typeSuggestions());
        suggestions.setId("type-suggestions");
        suggestions.setPrefHeight(170);
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TypeChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name().in(i18n.locale()) + "  ·  " + c.group().in(i18n.locale()));
            }
        });
        suggestions.visibleProperty().bind(vm.typeProperty().isNull());
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(e -> vm.typeProperty().set(suggestions.getSelectionModel().getSelectedItem()));
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && suggestions.getSelectionModel().getSelectedItem() != null) {
                vm.typeProperty().set(suggestions.getSelectionModel().getSelectedItem());
                addressSearch.requestFocus();
            }
        });
        typeSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
            }
        });
        typeSearch.setOnAction(e -> {
            vm.chooseFirstSuggestion();
            addressSearch.requestFocus();
        });
        Label chosen = new Label();
        chosen.setId("type-chosen");
        chosen.getStyleClass().add(Styles.TITLE_4);
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.typeProperty().get() == null ? ""
                : vm.typeProperty().get().name().in(i18n.locale()) + "  (" + vm.typeProperty().get().code() + ")",
                vm.typeProperty(), i18n.localeProperty()));
        chosen.visibleProperty().bind(vm.typeProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        Label error = Panels.error(i18n, vm.typeErrorProperty());
        return new VBox(6, Panels.label(i18n, "capture.type", typeSearch), typeSearch, suggestions, chosen, error);
    }

    private HBox natureSection() {
        HBox row = new HBox(0);
        row.setId("nature");
        ToggleGroup group = new ToggleGroup();
        Runnable render = () -> {
            row.getChildren().clear();
            for (int i = 0; i < vm.natures().size(); i++) {
                Nature n = vm.natures().get(i);
                ToggleButton b = new ToggleButton(i18n.get("nature." + n.name()));
                b.setId("nature-" + n.name());
                b.setToggleGroup(group);
                b.getStyleClass().add(vm.natures().size() == 1 ? Styles.ROUNDED
                        : i == 0 ? Styles.LEFT_PILL : i == vm.natures().size() - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
                b.setSelected(n == vm.natureProperty().get());
                b.setOnAction(e -> vm.natureProperty().set(n));
                row.getChildren().add(b);
            }
        };
        vm.natures().addListener((javafx.collections.ListChangeListener<Nature>) c -> render.run());
        vm.natureProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        return row;
    }

    private VBox channelSection() {
        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("channel");
        channel.getItems().setAll(Channel.values());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        channel.setCellFactory(l -> new ChannelCell());
        channel.setButtonCell(new ChannelCell());
        return new VBox(4, Panels.label(i18n, "capture.channel", channel), channel);
    }

    private final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty || c == null ? null : i18n.get("channel." + c.name()));
        }
    }

    private VBox locationSection() {
        addressSearch.setId("address-search");
        addressSearch.promptTextProperty().bind(i18n.bind("capture.location.prompt"));
        addressSearch.textProperty().bindBidirectional(vm.addressQueryProperty());
        ListView<AddressDto> suggestions = new ListView<>(vm.addressSuggestions());
        suggestions.setId("address-suggestions");
        suggestions.setPrefHeight(120);
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AddressDto a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.label() + (a.borough() == null ? "" : "  ·  " + a.borough()));
            }
        });
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(vm.addressSuggestions())
                .and(vm.addressProperty().isNull()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(e -> vm.addressProperty().set(suggestions.getSelectionModel().getSelectedItem()));
        addressSearch.setOnAction(e -> {
            vm.chooseFirstAddress();
            description.requestFocus();
        });
        Label chosen = new Label();
        chosen.setId("address-chosen");
        chosen.setGraphic(new FontIcon(Material2AL.LOCATION_ON));
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.addressProperty().get() == null ? ""
                : vm.addressProperty().get().label() + "  ·  " + i18n.get("capture.borough",
                String.valueOf(vm.addressProperty().get().borough())), vm.addressProperty(), i18n.localeProperty()));
        chosen.visibleProperty().bind(vm.addressProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        CheckBox none = new CheckBox();
        none.setId("no-location");
        none.textProperty().bind(i18n.bind("capture.location.none"));
        none.selectedProperty().bindBidirectional(vm.noLocationProperty());
        addressSearch.disableProperty().bind(vm.noLocationProperty());
        return new VBox(6, Panels.label(i18n, "capture.location", addressSearch), addressSearch, suggestions, chosen,
                none, Panels.error(i18n, vm.locationErrorProperty()));
    }

    private VBox descriptionSection() {
        description.setId("description");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description.promptTextProperty().bind(i18n.bind("capture.description.prompt"));
        return new VBox(4, Panels.label(i18n, "capture.description", description), description);
    }

    private VBox noticesSection() {
        VBox box = new VBox(6);
        box.setId("notices");
        Runnable render = () -> box.getChildren().setAll(vm.notices().stream().map(n -> {
            Label l = new Label(n.in(i18n.locale()));
            l.setWrapText(true);
            l.setGraphic(new FontIcon(Material2MZ.WARNING));
            l.getStyleClass().addAll("notice", Styles.WARNING);
            return l;
        }).toList());
        vm.notices().addListener((javafx.collections.ListChangeListener<ca.relais.domain.LocalizedText>) c ->
                render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        return box;
    }

    private VBox duplicatesSection() {
        ListView<RequestDto> list = new ListView<>(vm.duplicates());
        list.setId("duplicates");
        list.setPrefHeight(110);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RequestDto r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : (r.number() == null ? "…" : r.number()) + "  ·  "
                        + i18n.get("status." + r.status()) + "  ·  " + (r.location() == null ? ""
                        : String.valueOf(r.location().address())));
            }
        });
        Label heading = Panels.section(i18n, "capture.duplicates");
        heading.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
        Button link = new Button();
        link.setId("link-duplicate");
        link.textProperty().bind(i18n.bind("capture.link"));
        link.getStyleClass().add(Styles.SMALL);
        link.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> vm.linkAsDuplicate(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.linkAsDuplicate(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(6, heading, list, link);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.duplicates()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    Button submitButton() {
        Button submit = new Button();
        submit.setId("submit");
        submit.setGraphic(new FontIcon(Material2MZ.SAVE));
        submit.textProperty().bind(i18n.bind("capture.submit"));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> vm.submit());
        HBox.setMargin(submit, Insets.EMPTY);
        submit.setAlignment(Pos.CENTER);
        return submit;
    }
}
