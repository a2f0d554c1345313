package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.api.PresenceDto;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The header's presence menu: shows the state reported to supervisors, and lets the agent say they are away. */
public final class PresenceMenu extends MenuButton {
    public PresenceMenu(PresenceViewModel vm, I18n i18n) {
        setId("presence-menu");
        CheckMenuItem away = new CheckMenuItem();
        away.setId("presence-away");
        away.textProperty().bind(i18n.bind("presence.setAway"));
        away.selectedProperty().bindBidirectional(vm.awayProperty());
        away.disableProperty().bind(vm.onCallProperty());
        getItems().add(away);
        vm.stateProperty().addListener((o, a, s) -> show(s));
        show(vm.stateProperty().get());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("presence." + vm.stateProperty().get())
                + " — " + i18n.get("presence.help"), vm.stateProperty(), i18n.localeProperty()));
        setTooltip(tip);
        accessibleTextProperty().bind(Bindings.createStringBinding(() -> i18n.get("presence.accessible",
                i18n.get("presence." + vm.stateProperty().get())), vm.stateProperty(), i18n.localeProperty()));
        getStyleClass().addAll(Styles.FLAT, Styles.SMALL, "presence-menu");
        setMinWidth(Region.USE_PREF_SIZE);
    }

    private void show(String state) {
        getStyleClass().removeAll("presence-available", "presence-on-call", "presence-away");
        getStyleClass().add("presence-" + state.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        setGraphic(new FontIcon(switch (state) {
            case PresenceDto.ON_CALL -> Material2MZ.PHONE_IN_TALK;
            case PresenceDto.AWAY -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
            default -> Material2AL.CHECK_CIRCLE_OUTLINE;
        }));
    }
}
