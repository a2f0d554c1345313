package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** F1: every keyboard shortcut of the workstation, over the screen; Escape or F1 closes it. */
final class ShortcutsOverlay extends StackPane {
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"F1", "shortcuts.help"},
            new String[] {"Ctrl+N", "shortcuts.newCall"},
            new String[] {"Ctrl+F", "shortcuts.caller"},
            new String[] {"Ctrl+T", "shortcuts.type"},
            new String[] {"Ctrl+L", "shortcuts.location"},
            new String[] {"Ctrl+D", "shortcuts.description"},
            new String[] {"Ctrl+Entrée / Ctrl+Enter", "shortcuts.submit"},
            new String[] {"Ctrl+K", "shortcuts.kb"},
            new String[] {"Ctrl+U", "shortcuts.used"},
            new String[] {"Ctrl+Maj+K / Ctrl+Shift+K", "shortcuts.kbAdmin"},
            new String[] {"↓ / Entrée", "shortcuts.choose"},
            new String[] {"Ctrl+= / Ctrl+-", "shortcuts.fontScale"},
            new String[] {"Ctrl+Maj+H / Ctrl+Shift+H", "shortcuts.contrast"},
            new String[] {"Ctrl+Maj+D / Ctrl+Shift+D", "shortcuts.diagnostics"});

    ShortcutsOverlay(I18n i18n) {
        setId("shortcuts-overlay");
        getStyleClass().add("overlay");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label key = new Label(SHORTCUTS.get(i)[0]);
            key.getStyleClass().addAll("kbd", Styles.TEXT_BOLD);
            Label what = new Label();
            what.textProperty().bind(i18n.bind(SHORTCUTS.get(i)[1]));
            grid.addRow(i, key, what);
        }
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
        setOnMouseClicked(e -> setVisible(false));
    }
}
