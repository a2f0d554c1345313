package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** In the header: online or not (the reason on hover), how many writes wait, and how many the server refused. */
final class ConnectionBadge extends HBox {
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty();

    ConnectionBadge(MainViewModel vm, I18n i18n) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("connection-badge");
        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> iconFor(vm.connectionProperty().get()),
                vm.connectionProperty()));
        Label connection = new Label();
        connection.setId("connection-status");
        connection.setGraphic(icon);
        connection.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.connection.short." + vm.connectionProperty().get().name()),
                i18n.localeProperty(), vm.connectionProperty()));
        connection.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.connection." + vm.connectionProperty().get().name()),
                i18n.localeProperty(), vm.connectionProperty()));
        Tooltip why = new Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> i18n.get("status.connection."
                + vm.connectionProperty().get().name()) + (vm.reasonProperty().get() == null ? ""
                : "\n" + vm.reasonProperty().get()), vm.reasonProperty(), vm.connectionProperty(),
                i18n.localeProperty()));
        connection.setTooltip(why);
        vm.connectionProperty().addListener((obs, old, now) -> styleFor(connection, now));
        styleFor(connection, vm.connectionProperty().get());

        Label outbox = new Label();
        outbox.setId("outbox-badge");
        outbox.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.outbox.short", vm.pendingProperty().get(), vm.rejectedProperty().get()),
                i18n.localeProperty(), vm.pendingProperty(), vm.rejectedProperty()));
        outbox.accessibleTextProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.outbox", vm.pendingProperty().get(), vm.rejectedProperty().get()),
                i18n.localeProperty(), vm.pendingProperty(), vm.rejectedProperty()));
        vm.rejectedProperty().addListener((o, a, n) -> styleOutbox(outbox, n.intValue()));
        styleOutbox(outbox, vm.rejectedProperty().get());
        connection.setMinWidth(Region.USE_PREF_SIZE);
        outbox.setMinWidth(Region.USE_PREF_SIZE);
        outbox.visibleProperty().bind(compact.not().or(vm.pendingProperty().greaterThan(0))
                .or(vm.rejectedProperty().greaterThan(0)));
        outbox.managedProperty().bind(outbox.visibleProperty());
        getChildren().addAll(connection, outbox);
    }

    /** Where room is short, "nothing pending" is left unsaid (a count or a refusal is always shown). */
    void setCompact(boolean value) {
        compact.set(value);
    }

    private static Ikon iconFor(ConnectionState state) {
        return switch (state) {
            case ONLINE -> Material2AL.CLOUD_DONE;
            case SYNCING -> Material2MZ.SYNC;
            case OFFLINE -> Material2MZ.SIGNAL_WIFI_OFF;
            case DEGRADED -> Material2AL.ERROR_OUTLINE;
        };
    }

    private static void styleFor(Label label, ConnectionState state) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
        label.getStyleClass().add(switch (state) {
            case ONLINE, SYNCING -> Styles.SUCCESS;
            case DEGRADED -> Styles.WARNING;
            case OFFLINE -> Styles.DANGER;
        });
    }

    private static void styleOutbox(Label label, int rejected) {
        label.getStyleClass().removeAll(Styles.DANGER, Styles.TEXT_MUTED);
        label.getStyleClass().add(rejected > 0 ? Styles.DANGER : Styles.TEXT_MUTED);
    }
}
