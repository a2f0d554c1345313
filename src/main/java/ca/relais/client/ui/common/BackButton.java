package ca.relais.client.ui.common;

import javafx.scene.control.Button;

/** The "back to calls" button of a workspace: it runs the action, or is hidden for users who take no calls. */
public final class BackButton {
    private BackButton() {
    }

    public static void wire(Button back, Runnable toCalls) {
        back.setVisible(toCalls != null);
        back.setManaged(toCalls != null);
        back.setOnAction(toCalls == null ? null : e -> toCalls.run());
    }
}
