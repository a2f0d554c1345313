package ca.relais.client.ui.main;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * A screen the workstation offers beside the call screen, for the roles that need it (knowledge management, the
 * inbox, the supervisor dashboard, the ombudsman's search...). The header shows a button for it, the shortcut switches
 * between it and the call screen, and the call in progress is kept meanwhile.
 *
 * @param id          the header button's id is {@code id + "-open"}
 * @param titleKey    the message key of the button's tooltip and accessible text
 * @param shortcutKey the message key that describes the shortcut in the F1 list
 * @param onShown     called each time the screen is shown, to refresh it
 * @param backButton  receives the action that returns to the call screen, for the screen's own back button
 */
public record Workspace(String id, String titleKey, Ikon icon, String shortcutKey, KeyCombination shortcut, Node view,
                        Runnable onShown, Consumer<Runnable> backButton) {
}
