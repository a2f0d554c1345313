package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.AddressDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.TabMovesFocus;
import ca.relais.domain.Channel;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.Nature;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The request being captured: refused requests to correct, type, nature, channel, location, attributes, description,
 * notices, duplicates.
 */
final class RequestPanel extends ScrollPane {
    private final RequestCaptureViewModel vm;
    private final I18n i18n;
    final TextField typeSearch = new TextField();
    final HBox natureRow = new HBox(0);
    final ComboBox<Channel> channel = new ComboBox<>();
    final TextField addressSearch = new TextField();
    final CheckBox noLocation = new CheckBox();
    final AttributeForm attributes;
    final TextArea description = new TextArea();
    final ListView<RequestDto> duplicates = new ListView<>();
    private final RefusedRequestsSection refused;

    RequestPanel(CallViewModel call, I18n i18n) {
        this.vm = call.request();
        this.i18n = i18n;
        this.attributes = new AttributeForm(vm.fields(), i18n);
        this.refused = new RefusedRequestsSection(call, i18n, this::focusFirstObjection);
        setFitToWidth(true);
        setId("request-panel");
        setFocusTraversable(false);
        VBox box = new VBox(10, Panels.heading(i18n, "capture.heading", Material2AL.ASSIGNMENT),
                refused.listBox(), refused.bannerBox(), typeSection(), natureSection(), channelSection(),
                locationSection(), attributesSection(), descriptionSection(), noticesSection(), duplicatesSection(),
                attributes.preparedRows());
        box.setPadding(new Insets(16));
        setContent(box);
        vm.addressProperty().addListener((o, a, chosen) -> {
            if (chosen != null && addressSearch.isFocused()) {
                focusAfterLocation();
            }
        });
        javafx.beans.value.ChangeListener<Node> reveal = (o, a, focused) -> reveal(focused);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.focusOwnerProperty().removeListener(reveal);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(reveal);
            }
        });
    }

    /** Scrolls the form so that the field the keyboard moved to is in view. */
    private void reveal(Node node) {
        Node content = getContent();
        boolean inside = false;
        for (Node n = node; n != null; n = n.getParent()) {
            inside |= n == content;
        }
        if (!inside) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        double range = contentHeight - viewHeight;
        double offset = getVvalue() * range;
        if (b.getMinY() < offset) {
            offset = b.getMinY() - 12;
        } else if (b.getMaxY() > offset + viewHeight) {
            offset = b.getMaxY() - viewHeight + 12;
        } else {
            return;
        }
        setVvalue(Math.max(0, Math.min(1, offset / range)));
    }

    /** After the location, the call goes on with the type's first attribute, else the description. */
    void focusAfterLocation() {
        Node first = attributes.firstControl();
        (first != null ? first : description).requestFocus();
    }

    /** Puts the caret where the server's objection is: the location, an attribute, else the type. */
    void focusFirstObjection() {
        if (vm.locationErrorProperty().get() != null) {
            addressSearch.requestFocus();
            return;
        }
        Node attribute = attributes.firstControlWithError();
        (attribute != null ? attribute : typeSearch).requestFocus();
    }

    void focusAttributes() {
        Node first = attributes.firstControl();
        if (first != null) {
            first.requestFocus();
        }
    }

    void focusNature() {
        natureRow.getChildren().stream().filter(n -> n instanceof ToggleButton t && t.isSelected()).findFirst()
                .or(() -> natureRow.getChildren().stream().findFirst()).ifPresent(Node::requestFocus);
    }

    void focusDuplicates() {
        if (!vm.duplicates().isEmpty()) {
            duplicates.requestFocus();
            if (duplicates.getSelectionModel().isEmpty()) {
                duplicates.getSelectionModel().selectFirst();
            }
        }
    }

    void focusRejected() {
        refused.focus();
    }

    private VBox typeSection() {
        typeSearch.setId("type-search");
        typeSearch.promptTextProperty().bind(i18n.bind("capture.type.prompt"));
        Accessibility.describe(typeSearch, i18n, "capture.type", "capture.type.help");
        typeSearch.textProperty().bindBidirectional(vm.typeQueryProperty());
        ListView<TypeChoice> suggestions = new ListView<>(vm.typeSuggestions());
        suggestions.setId("type-suggestions");
        suggestions.setPrefHeight(170);
        Accessibility.describe(suggestions, i18n, "capture.type.suggestions", "capture.type.help");
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TypeChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name().in(i18n.locale()) + "  ·  " + c.group().in(i18n.locale()));
                setPrefWidth(0);
            }
        });
        Panels.rewordOnLanguageChange(i18n, suggestions);
        suggestions.visibleProperty().bind(vm.typeProperty().isNull().and(Bindings.isNotEmpty(vm.typeSuggestions())));
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
            if (vm.typeProperty().get() != null) {
                addressSearch.requestFocus();
            }
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
        error.setId("type-error");
        return new VBox(6, Panels.label(i18n, "capture.type", typeSearch), typeSearch, suggestions, chosen, error);
    }

    /**
     * The natures the type allows, as a row of toggles. The four toggles are made once and only relabelled when the
     * type changes, and only reselected when the nature changes: making, styling and laying out new buttons in the
     * pulse that chose the type kept the FX thread busy past a frame (ADR 0020).
     */
    private VBox natureSection() {
        natureRow.setId("nature");
        ToggleGroup group = new ToggleGroup();
        ToggleButton[] buttons = new ToggleButton[Nature.values().length];
        for (int i = 0; i < buttons.length; i++) {
            int index = i;
            ToggleButton b = new ToggleButton();
            b.setToggleGroup(group);
            b.setAccessibleHelp("Ctrl+" + (i + 1));
            b.managedProperty().bind(b.visibleProperty());
            b.setOnAction(e -> {
                if (index < vm.natures().size()) {
                    vm.natureProperty().set(vm.natures().get(index));
                }
                b.setSelected(true);
            });
            buttons[i] = b;
        }
        natureRow.getChildren().setAll(buttons);
        Runnable select = () -> {
            for (int i = 0; i < buttons.length; i++) {
                buttons[i].setSelected(i < vm.natures().size() && vm.natures().get(i) == vm.natureProperty().get());
            }
        };
        Runnable render = () -> {
            int count = vm.natures().size();
            for (int i = 0; i < buttons.length; i++) {
                ToggleButton b = buttons[i];
                b.setVisible(i < count);
                if (i >= count) {
                    b.setId(null);
                    continue;
                }
                Nature n = vm.natures().get(i);
                String name = i18n.get("nature." + n.name());
                b.setText(name);
                b.setId("nature-" + n.name());
                b.setAccessibleText(i18n.get("capture.nature.option", name));
                String pill = count == 1 ? Styles.ROUNDED : i == 0 ? Styles.LEFT_PILL : i == count - 1
                        ? Styles.RIGHT_PILL : Styles.CENTER_PILL;
                if (!b.getStyleClass().contains(pill)) {
                    b.getStyleClass().removeAll(Styles.ROUNDED, Styles.LEFT_PILL, Styles.CENTER_PILL,
                            Styles.RIGHT_PILL);
                    b.getStyleClass().add(pill);
                }
            }
            select.run();
        };
        vm.natures().addListener((javafx.collections.ListChangeListener<Nature>) c -> render.run());
        vm.natureProperty().addListener((o, a, b) -> select.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        render.run();
        Label label = Panels.label(i18n, "capture.nature", natureRow);
        VBox box = new VBox(4, label, natureRow);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.natures()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox channelSection() {
        channel.setId("channel");
        channel.getItems().setAll(Channel.values());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        channel.setCellFactory(l -> new ChannelCell());
        channel.setButtonCell(new ChannelCell());
        Panels.rewordOnLanguageChange(i18n, channel);
        Accessibility.describe(channel, i18n, "capture.channel", "capture.channel.help");
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
        Accessibility.describe(addressSearch, i18n, "capture.location", "capture.location.help");
        addressSearch.textProperty().bindBidirectional(vm.addressQueryProperty());
        ListView<AddressDto> suggestions = new ListView<>(vm.addressSuggestions());
        suggestions.setId("address-suggestions");
        suggestions.setPrefHeight(120);
        Accessibility.describe(suggestions, i18n, "capture.location.suggestions", "capture.location.help");
        suggestions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(AddressDto a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.label() + (a.borough() == null ? ""
                        : "  ·  " + borough(a.borough())));
            }
        });
        Panels.rewordOnLanguageChange(i18n, suggestions);
        suggestions.visibleProperty().bind(Bindings.isNotEmpty(vm.addressSuggestions())
                .and(vm.addressProperty().isNull()));
        suggestions.managedProperty().bind(suggestions.visibleProperty());
        suggestions.setOnMouseClicked(e -> vm.addressProperty().set(suggestions.getSelectionModel().getSelectedItem()));
        suggestions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && suggestions.getSelectionModel().getSelectedItem() != null) {
                vm.addressProperty().set(suggestions.getSelectionModel().getSelectedItem());
                focusAfterLocation();
            }
        });
        addressSearch.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.addressSuggestions().isEmpty()) {
                suggestions.requestFocus();
                suggestions.getSelectionModel().selectFirst();
            }
        });
        addressSearch.setOnAction(e -> {
            vm.chooseFirstAddress();
            focusAfterLocation();
        });
        Label chosen = new Label();
        chosen.setId("address-chosen");
        chosen.setWrapText(true);
        chosen.setGraphic(new FontIcon(Material2AL.LOCATION_ON));
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.addressProperty().get() == null ? ""
                : vm.addressProperty().get().label() + "  ·  " + i18n.get("capture.borough",
                borough(vm.addressProperty().get().borough())), vm.addressProperty(), i18n.localeProperty()));
        chosen.visibleProperty().bind(vm.addressProperty().isNotNull());
        chosen.managedProperty().bind(chosen.visibleProperty());
        noLocation.setId("no-location");
        noLocation.textProperty().bind(i18n.bind("capture.location.none"));
        Accessibility.describe(noLocation, i18n, "capture.location.none", "capture.location.none.help");
        noLocation.selectedProperty().bindBidirectional(vm.noLocationProperty());
        addressSearch.disableProperty().bind(vm.noLocationProperty());
        Label error = Panels.error(i18n, vm.locationErrorProperty());
        error.setId("location-error");
        return new VBox(6, Panels.label(i18n, "capture.location", addressSearch), addressSearch, suggestions, chosen,
                noLocation, error);
    }

    private String borough(String code) {
        return code == null ? "—" : i18n.getOrDefault("borough." + code, code);
    }

    private VBox attributesSection() {
        vm.typeQueryProperty().addListener((o, a, b) -> attributes.typed());
        vm.typeSuggestions().addListener((javafx.collections.ListChangeListener<TypeChoice>) c -> {
            if (vm.typeProperty().get() == null && !vm.typeSuggestions().isEmpty()
                    && !vm.typeQueryProperty().get().isBlank()) {
                attributes.prepare(vm.typeSuggestions().get(0).type().attributes());
            }
        });
        Label heading = Panels.section(i18n, "capture.attributes");
        VBox box = new VBox(6, heading, attributes);
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.fields()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox descriptionSection() {
        description.setId("description");
        description.setPrefRowCount(4);
        description.setWrapText(true);
        TabMovesFocus.install(description);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description.promptTextProperty().bind(i18n.bind("capture.description.prompt"));
        Accessibility.describe(description, i18n, "capture.description", "capture.description.help");
        return new VBox(4, Panels.label(i18n, "capture.description", description), description);
    }

    /** The type's notices; their labels are kept and relabelled from one type to the next rather than made anew. */
    private VBox noticesSection() {
        VBox box = new VBox(6);
        box.setId("notices");
        Runnable render = () -> {
            List<LocalizedText> notices = vm.notices();
            while (box.getChildren().size() < notices.size()) {
                Label l = new Label();
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.setGraphic(new FontIcon(Material2MZ.WARNING));
                l.getStyleClass().addAll("notice", Styles.WARNING);
                l.managedProperty().bind(l.visibleProperty());
                box.getChildren().add(l);
            }
            for (int i = 0; i < box.getChildren().size(); i++) {
                Label l = (Label) box.getChildren().get(i);
                l.setVisible(i < notices.size());
                l.setText(i < notices.size() ? notices.get(i).in(i18n.locale()) : "");
            }
        };
        vm.notices().addListener((javafx.collections.ListChangeListener<LocalizedText>) c -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        return box;
    }

    private VBox duplicatesSection() {
        duplicates.setItems(vm.duplicates());
        Panels.wrappingList(duplicates, "duplicates", 110, i18n, "capture.duplicates", "capture.duplicates.help",
                r -> (r.number() == null ? RequestCaptureViewModel.reference(r.id()) : r.number()) + "  ·  "
                        + i18n.get("status." + r.status()) + "  ·  "
                        + (r.location() == null || r.location().address() == null ? "" : r.location().address())
                        + (r.createdAt() == null ? "" : "  ·  " + HistoryCell.date(r.createdAt())));
        Label heading = Panels.section(i18n, "capture.duplicates");
        heading.setWrapText(true);
        heading.setGraphic(new FontIcon(Material2AL.CONTENT_COPY));
        Button link = Buttons.of("link-duplicate", Material2AL.LINK, i18n, "capture.link", null);
        link.setWrapText(true);
        link.getStyleClass().add(Styles.SMALL);
        Accessibility.describe(link, i18n, "capture.link", "capture.duplicates.help");
        link.disableProperty().bind(duplicates.getSelectionModel().selectedItemProperty().isNull());
        link.setOnAction(e -> vm.linkAsDuplicate(duplicates.getSelectionModel().getSelectedItem()));
        duplicates.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.linkAsDuplicate(duplicates.getSelectionModel().getSelectedItem());
            }
        });
        VBox box = new VBox(6, heading, duplicates, link);
        box.setId("duplicates-section");
        box.getStyleClass().add("duplicates-section");
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.duplicates()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    Button submitButton() {
        Button submit = Buttons.of("submit", Material2MZ.SAVE, i18n, "capture.submit",
                "capture.submit.help", Styles.ACCENT);
        submit.setOnAction(e -> vm.submit());
        submit.setAlignment(Pos.CENTER);
        return submit;
    }
}
