package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.UserMessage;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small labelled pieces shared by the call screen's panels. */
final class Panels {
    private Panels() {
    }

    static Label heading(I18n i18n, String key, Ikon icon) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setGraphic(new FontIcon(icon));
        l.getStyleClass().addAll(Styles.TITLE_4, "panel-heading");
        return l;
    }

    static Label section(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.getStyleClass().addAll(Styles.TEXT_BOLD, "detail-section");
        return l;
    }

    static Label label(I18n i18n, String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        return l;
    }

    /** Lists and drop-downs whose cells are worded by the code: worded again when the language changes. */
    static void rewordOnLanguageChange(I18n i18n, javafx.scene.control.Control... controls) {
        i18n.localeProperty().addListener((o, a, b) -> {
            for (javafx.scene.control.Control c : controls) {
                if (c instanceof javafx.scene.control.ListView<?> list) {
                    list.refresh();
                } else if (c instanceof javafx.scene.control.ComboBox<?> box) {
                    reword(box);
                }
            }
        });
    }

    /**
     * Sets up {@code list} as a short list whose rows wrap to its width, named for screen readers, each row worded by
     * {@code words} and worded again when the language changes.
     */
    static <T> void wrappingList(ListView<T> list, String id, double height, I18n i18n, String nameKey,
                                 String helpKey, Function<T, String> words) {
        list.setId(id);
        list.setPrefHeight(height);
        list.getStyleClass().add("wrapping");
        Accessibility.describe(list, i18n, nameKey, helpKey);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        rewordOnLanguageChange(i18n, list);
    }

    private static <T> void reword(javafx.scene.control.ComboBox<T> box) {
        if (box.getCellFactory() != null) {
            box.setButtonCell(box.getCellFactory().call(null));
        }
    }

    static Label error(I18n i18n, ObservableValue<UserMessage> message) {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.textProperty().bind(i18n.bind(message));
        l.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> message.getValue() != null,
                message));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
