package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.ui.common.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Connection state, last synchronisation, catalogue size and server, along the bottom of the window. */
final class StatusBar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    StatusBar(MainViewModel vm, I18n i18n) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        FontIcon icon = new FontIcon();
        icon.iconCodeProperty().bind(Bindings.createObjectBinding(() -> iconFor(vm.connectionProperty().get()),
                vm.connectionProperty()));
        Label connection = new Label();
        connection.setId("connection-status");
        connection.setGraphic(icon);
        connection.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.connection." + vm.connectionProperty().get().name()),
                i18n.localeProperty(), vm.connectionProperty()));
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(Bindings.createStringBinding(() -> vm.reasonProperty().get() == null ? ""
                : vm.reasonProperty().get(), vm.reasonProperty()));
        connection.setTooltip(why);
        vm.connectionProperty().addListener((obs, old, now) -> styleFor(connection, now));
        styleFor(connection, vm.connectionProperty().get());

        Label lastSync = new Label();
        lastSync.setId("last-sync");
        lastSync.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant at = vm.lastSyncProperty().get();
            return at == null ? i18n.get("status.lastSync.never") : i18n.get("status.lastSync", TIME.format(at));
        }, i18n.localeProperty(), vm.lastSyncProperty()));

        Label outbox = new Label();
        outbox.setId("outbox-status");
        outbox.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.outbox", vm.pendingProperty().get(), vm.rejectedProperty().get()),
                i18n.localeProperty(), vm.pendingProperty(), vm.rejectedProperty()));


        Label server = new Label();
        server.textProperty().bind(i18n.bind("status.server", vm.serverUrl()));
        server.getStyleClass().add(Styles.TEXT_MUTED);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(connection, new Separator(Orientation.VERTICAL), outbox,
                new Separator(Orientation.VERTICAL), lastSync, spacer, server);
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
}
