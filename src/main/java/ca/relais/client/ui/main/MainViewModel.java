package ca.relais.client.ui.main;

import ca.relais.api.UserDto;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.sync.SyncStatus;
import java.time.Instant;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The workstation shell around the call screen: who is signed in, and the state of synchronisation. */
public final class MainViewModel {
    private final UserDto user;
    private final String serverUrl;
    private final ReadOnlyObjectWrapper<ConnectionState> connection =
            new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE);
    private final ReadOnlyObjectWrapper<String> reason = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> lastSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rejected = new ReadOnlyIntegerWrapper();

    public MainViewModel(UserDto user, String serverUrl, Instant syncedAt) {
        this.user = user;
        this.serverUrl = serverUrl;
        lastSync.set(syncedAt);
    }

    /** Called with every synchronisation status, on the UI thread. */
    public void syncChanged(SyncStatus status) {
        connection.set(status.state());
        reason.set(status.reason());
        pending.set(status.pending());
        rejected.set(status.rejected() + status.conflicts());
        if (status.lastSync() != null) {
            lastSync.set(status.lastSync());
        }
    }

    public UserDto user() {
        return user;
    }

    /** Supervisors and administrators manage the knowledge base. */
    public boolean canManageKnowledge() {
        return user.roles().contains("supervisor") || user.roles().contains("admin");
    }

    /** A department's inbox: secretariats, agents, supervisors and administrators (not the ombudsman). */
    public boolean hasInbox() {
        return user.roles().stream().anyMatch(r -> java.util.List.of("secretariat", "agent", "supervisor", "admin")
                .contains(r));
    }

    /** Secretariats work from their inbox: it is their first screen. */
    public boolean opensOnInbox() {
        return user.roles().contains("secretariat");
    }

    /**
     * Whether the user takes calls: everyone who may capture requests. The ombudsman only reads: no call screen, no
     * New call; the workstation is the ombudsman's workspaces.
     */
    public boolean takesCalls() {
        return user.roles().stream().anyMatch(r -> java.util.List.of("agent", "secretariat", "supervisor", "admin")
                .contains(r));
    }

    /** Administrators edit the routing rules. */
    public boolean canEditRouting() {
        return user.roles().contains("admin");
    }

    public String serverUrl() {
        return serverUrl;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }
}
