package ca.relais.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.UserDto;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.sync.SyncStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    @Test
    void followsTheSyncEngine() {
        MainViewModel vm = new MainViewModel(new UserDto("agent8000", "Agent", List.of("agent"), "SCEC", "8000"),
                "http://127.0.0.1:1", null);
        assertThat(vm.lastSyncProperty().get()).isNull();
        Instant at = Instant.parse("2026-11-29T12:00:00Z");
        vm.syncChanged(new SyncStatus(ConnectionState.OFFLINE, "Cannot reach", 3, 1, 1, at, null));
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(vm.reasonProperty().get()).isEqualTo("Cannot reach");
        assertThat(vm.pendingProperty().get()).isEqualTo(3);
        assertThat(vm.rejectedProperty().get()).as("refused and conflicting entries both need a person").isEqualTo(2);
        assertThat(vm.lastSyncProperty().get()).isEqualTo(at);
        vm.syncChanged(new SyncStatus(ConnectionState.ONLINE, null, 0, 0, 0, null, null));
        assertThat(vm.lastSyncProperty().get()).as("an unknown time keeps the last one").isEqualTo(at);
    }

    @Test
    void onlySupervisorsAndAdministratorsManageTheKnowledgeBase() {
        for (String role : List.of("agent", "secretariat", "ombudsman")) {
            assertThat(new MainViewModel(new UserDto("u", "U", List.of(role), null, null), "x", null)
                    .canManageKnowledge()).as(role).isFalse();
        }
        for (String role : List.of("supervisor", "admin")) {
            assertThat(new MainViewModel(new UserDto("u", "U", List.of("agent", role), null, null), "x", null)
                    .canManageKnowledge()).as(role).isTrue();
        }
    }

    @Test
    void theOmbudsmanTakesNoCalls() {
        assertThat(new MainViewModel(new UserDto("ombudsman", "O", List.of("ombudsman"), null, null), "u", null)
                .takesCalls()).isFalse();
        for (String role : List.of("agent", "secretariat", "supervisor", "admin")) {
            assertThat(new MainViewModel(new UserDto("u", "U", List.of(role), "SCEC", "8000"), "u", null)
                    .takesCalls()).as(role).isTrue();
        }
    }

    @Test
    void everyoneButTheOmbudsmanHasAnInboxAndSecretariatsStartOnIt() {
        for (String role : List.of("agent", "secretariat", "supervisor", "admin")) {
            MainViewModel vm = new MainViewModel(new UserDto("u", "U", List.of(role), "SCEC", null), "x", null);
            assertThat(vm.hasInbox()).as(role).isTrue();
            assertThat(vm.opensOnInbox()).as(role).isEqualTo(role.equals("secretariat"));
        }
        MainViewModel ombudsman = new MainViewModel(new UserDto("o", "O", List.of("ombudsman"), null, null), "x", null);
        assertThat(ombudsman.hasInbox()).isFalse();
        assertThat(ombudsman.opensOnInbox()).isFalse();
    }
}
