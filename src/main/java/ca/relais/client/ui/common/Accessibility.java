package ca.relais.client.ui.common;

import javafx.scene.Node;

/** Screen-reader texts from the message bundles, bound so they follow the interface language. */
public final class Accessibility {
    private Accessibility() {
    }

    /**
     * Names a control for screen readers ({@code textKey}) and, optionally, says how to use it ({@code helpKey}:
     * its shortcut, or what Enter does).
     */
    public static <T extends Node> T describe(T node, I18n i18n, String textKey, String helpKey) {
        node.accessibleTextProperty().bind(i18n.bind(textKey));
        if (helpKey != null) {
            node.accessibleHelpProperty().bind(i18n.bind(helpKey));
        }
        return node;
    }
}
