package ca.relais.client.ui.common;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Buttons worded from the message bundles: their text and screen-reader name follow the interface language. */
public final class Buttons {
    private Buttons() {
    }

    /**
     * A button with its node id, an optional icon, its text and screen-reader name from {@code textKey}, an optional
     * screen-reader help ({@code helpKey}: its shortcut, or what it does) and AtlantaFX style classes.
     */
    public static Button of(String id, Ikon icon, I18n i18n, String textKey, String helpKey, String... styles) {
        Button b = new Button();
        b.setId(id);
        if (icon != null) {
            b.setGraphic(new FontIcon(icon));
        }
        b.textProperty().bind(i18n.bind(textKey));
        b.getStyleClass().addAll(styles);
        return Accessibility.describe(b, i18n, textKey, helpKey);
    }
}
