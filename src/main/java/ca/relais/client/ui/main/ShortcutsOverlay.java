package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.Shortcuts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * F1: every keyboard shortcut of the workstation, over the screen, listed from the very shortcuts installed on it;
 * Escape or F1 closes it.
 */
final class ShortcutsOverlay extends StackPane {
    private final Shortcuts shortcuts;
    private final I18n i18n;
    private static final double DESCRIPTION_WIDTH = 260;
    private final GridPane grid = new GridPane();

    ShortcutsOverlay(Shortcuts shortcuts, I18n i18n) {
        this.shortcuts = shortcuts;
        this.i18n = i18n;
        setId("shortcuts-overlay");
        getStyleClass().add("overlay");
        grid.setId("shortcuts-list");
        grid.setHgap(16);
        grid.setVgap(6);
        Label title = new Label();
        title.textProperty().bind(i18n.bind("shortcuts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label close = new Label();
        close.textProperty().bind(i18n.bind("shortcuts.close"));
        close.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(14, title, grid, close);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(card, Pos.CENTER);
        setVisible(false);
        // Hidden, it must not widen the screen it covers; shown, it takes the screen's size and its texts wrap.
        setMinSize(0, 0);
        managedProperty().bind(visibleProperty());
        setOnMouseClicked(e -> setVisible(false));
        visibleProperty().addListener((o, a, shown) -> {
            if (shown) {
                render();
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> {
            if (isVisible()) {
                render();
            }
        });
    }

    private void render() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        var entries = shortcuts.entries();
        int columns = entries.size() > 32 ? 3 : 2;
        int rows = (entries.size() + columns - 1) / columns;
        for (int i = 0; i < entries.size(); i++) {
            Label key = new Label(shortcuts.keysOf(entries.get(i)));
            key.getStyleClass().addAll("kbd", Styles.TEXT_BOLD);
            key.setMinWidth(USE_PREF_SIZE);
            Label what = new Label(i18n.get(entries.get(i).descriptionKey()));
            what.setWrapText(true);
            what.setMaxWidth(DESCRIPTION_WIDTH);
            int column = i / rows * 2;
            grid.add(key, column, i % rows);
            grid.add(what, column + 1, i % rows);
        }
    }
}
