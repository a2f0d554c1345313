package ca.relais.client.ui.dashboard;

import ca.relais.client.ui.common.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A dashboard tile: a focusable card (Tab reaches it, Enter or a click opens the list behind it) showing the figure,
 * its state against the target in colour, icon and words, and a detail line.
 */
final class TileButton extends VBox {
    private static final List<String> STATES = List.of("tile-neutral", "tile-ok", "tile-warning", "tile-alert");
    private final I18n i18n;
    private final String id;
    private final Label figure = new Label();
    private final Label state = new Label();
    private final Label detail = new Label();
    private final Runnable open;
    private Tile shown;

    TileButton(String tileId, I18n i18n, Runnable open) {
        this.i18n = i18n;
        this.id = tileId;
        this.open = open;
        setId("tile-" + tileId);
        getStyleClass().add("dash-tile");
        Label title = new Label();
        title.textProperty().bind(i18n.bind("dashboard.tile." + key(tileId)));
        title.getStyleClass().add("dash-tile-title");
        figure.getStyleClass().add("dash-tile-figure");
        figure.setId("tile-" + tileId + "-figure");
        state.getStyleClass().add("dash-tile-state");
        detail.getStyleClass().add("dash-tile-detail");
        detail.setWrapText(true);

        getChildren().addAll(title, figure, state, detail);
        setSpacing(2);
        setMaxWidth(Double.MAX_VALUE);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setOnMouseClicked(e -> {
            requestFocus();
            open.run();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                open.run();
                e.consume();
            }
        });
        i18n.localeProperty().addListener((o, a, b) -> show(shown));
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> title.getText() + " : " + figure.getText()
                + ". " + state.getText() + ". " + detail.getText() + ". " + i18n.get("dashboard.tile.hint"),
                title.textProperty(), figure.textProperty(), state.textProperty(), detail.textProperty()));
    }

    /** Screen readers press the tile like a button. */
    @Override
    public void executeAccessibleAction(javafx.scene.AccessibleAction action, Object... parameters) {
        if (action == javafx.scene.AccessibleAction.FIRE) {
            open.run();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }

    void show(Tile tile) {
        shown = tile;
        if (tile == null) {
            return;
        }
        figure.setText(tile.figure());
        state.setText(i18n.get("dashboard.state." + tile.state().name()));
        state.setGraphic(new FontIcon(icon(tile.state())));
        detail.setText(tile.detail() == null ? "" : i18n.get(tile.detail()));
        getStyleClass().removeAll(STATES);
        getStyleClass().add("tile-" + tile.state().name().toLowerCase(java.util.Locale.ROOT));
    }

    String tileId() {
        return id;
    }

    static String key(String tileId) {
        return switch (tileId) {
            case "at_risk" -> "atRisk";
            default -> tileId;
        };
    }

    private static Ikon icon(TileState s) {
        return switch (s) {
            case OK -> Material2AL.CHECK_CIRCLE;
            case WARNING -> Material2MZ.WARNING;
            case ALERT -> Material2AL.ERROR;
            case NEUTRAL -> Material2AL.INFO;
        };
    }
}
