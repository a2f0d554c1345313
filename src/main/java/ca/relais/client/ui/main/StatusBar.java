package ca.relais.client.ui.main;

import atlantafx.base.theme.Styles;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.ui.common.I18n;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Along the bottom of the window: what the connection state means for the agent's work, what waits to be sent or
 * was refused, the last synchronisation and the server.
 */
final class StatusBar extends HBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ca.relais.domain.CityCalendar.ZONE);

    StatusBar(MainViewModel vm, I18n i18n) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);

        Label meaning = new Label();
        meaning.setId("connection-meaning");
        meaning.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("status.connection." + vm.connectionProperty().get().name()),
                i18n.localeProperty(), vm.connectionProperty()));
        meaning.getStyleClass().add(Styles.TEXT_MUTED);
        vm.connectionProperty().addListener((o, a, now) -> meaning.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("offline"), now == ConnectionState.OFFLINE));

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
        outbox.setMinWidth(Region.USE_PREF_SIZE);

        Label server = new Label();
        server.textProperty().bind(i18n.bind("status.server", vm.serverUrl()));
        server.getStyleClass().add(Styles.TEXT_MUTED);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        meaning.setMinWidth(0);
        lastSync.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(meaning, new Separator(Orientation.VERTICAL), outbox, new Separator(Orientation.VERTICAL),
                lastSync, spacer, server);
    }
}
