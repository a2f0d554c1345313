package ca.relais.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.ui.common.UiExecutors;
import ca.relais.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state a workstation reports: on a call, away, available; failures forgotten, resent when the server answers. */
class PresenceViewModelTest {
    private final List<String> sent = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T15:00:00Z"));
    private boolean serverDown;
    private final PresenceViewModel vm = new PresenceViewModel(state -> {
        if (serverDown) {
            throw new java.io.IOException("no route to host");
        }
        sent.add(state);
    }, UiExecutors.direct(), clock);

    @Test
    void aCallMakesTheAgentOnCallAndItsEndAvailableAgain() {
        vm.start();
        vm.onCallProperty().set(true);
        vm.onCallProperty().set(false);
        assertThat(sent).containsExactly("AVAILABLE", "ON_CALL", "AVAILABLE");
        assertThat(vm.stateProperty().get()).isEqualTo("AVAILABLE");
    }

    @Test
    void awayIsChosenAndACallEndsIt() {
        vm.start();
        vm.awayProperty().set(true);
        assertThat(vm.stateProperty().get()).isEqualTo("AWAY");
        vm.onCallProperty().set(true);
        assertThat(vm.awayProperty().get()).as("taking a call means being back").isFalse();
        vm.onCallProperty().set(false);
        assertThat(sent).containsExactly("AVAILABLE", "AWAY", "ON_CALL", "AVAILABLE");
    }

    @Test
    void aFailedReportIsForgottenThenSentWhenTheServerAnswersAgain() {
        vm.start();
        serverDown = true;
        vm.onCallProperty().set(true);
        assertThat(sent).containsExactly("AVAILABLE");
        assertThat(vm.stateProperty().get()).as("the screen never waits for the server").isEqualTo("ON_CALL");
        serverDown = false;
        vm.online();
        assertThat(sent).containsExactly("AVAILABLE", "ON_CALL");
        vm.online();
        assertThat(sent).as("nothing new to say yet").hasSize(2);
    }

    @Test
    void theStateIsSentAgainAtLeastEveryMinuteSoTheAgentStaysListed() {
        vm.start();
        clock.now = clock.now.plus(PresenceViewModel.HEARTBEAT).minusSeconds(1);
        vm.online();
        assertThat(sent).hasSize(1);
        clock.now = clock.now.plus(Duration.ofSeconds(1));
        vm.online();
        assertThat(sent).containsExactly("AVAILABLE", "AVAILABLE");
    }

    @Test
    void aChangeWhileAReportIsOnItsWayIsSentAfterIt() {
        List<Runnable> background = new ArrayList<>();
        PresenceViewModel slow = new PresenceViewModel(sent::add, new UiExecutors(background::add, Runnable::run),
                clock);
        slow.start();
        slow.onCallProperty().set(true);
        slow.onCallProperty().set(false);
        slow.awayProperty().set(true);
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(background).as("the latest state follows").hasSize(1);
        background.remove(0).run();
        assertThat(sent).containsExactly("AVAILABLE", "AWAY");
        assertThat(background).isEmpty();
    }
}
