package ca.relais.client.ui.main;

import ca.relais.api.PresenceDto;
import ca.relais.client.ui.common.UiExecutors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The agent's state as the workstation reports it to the server: on a call while a call is in progress, away when
 * the agent says so, available otherwise. Reporting never gets in the way: a failure is forgotten and the state is
 * sent again when the server answers again, and at least every {@link #HEARTBEAT} so the dashboard keeps the agent
 * listed. UI thread only.
 */
public final class PresenceViewModel {
    static final Duration HEARTBEAT = Duration.ofSeconds(60);
    private final Reporter reporter;
    private final UiExecutors executors;
    private final Clock clock;
    private final BooleanProperty onCall = new SimpleBooleanProperty();
    private final BooleanProperty away = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<String> state = new ReadOnlyObjectWrapper<>(PresenceDto.AVAILABLE);
    private String sent;
    private Instant sentAt;
    private boolean sending;

    /** Sends one state to the server. */
    @FunctionalInterface
    public interface Reporter {
        void report(String state) throws Exception;
    }

    public PresenceViewModel(Reporter reporter, UiExecutors executors, Clock clock) {
        this.reporter = reporter;
        this.executors = executors;
        this.clock = clock;
        onCall.addListener((o, a, now) -> {
            if (now) {
                away.set(false);
            }
            update();
        });
        away.addListener((o, a, now) -> update());
    }

    /** Reports the state at sign-in. */
    public void start() {
        send();
    }

    /** The server answered (a synchronisation ended online): resend what it may have missed, or the heartbeat. */
    public void online() {
        if (!state.get().equals(sent) || sentAt == null
                || !clock.instant().isBefore(sentAt.plus(HEARTBEAT))) {
            send();
        }
    }

    private void update() {
        state.set(onCall.get() ? PresenceDto.ON_CALL : away.get() ? PresenceDto.AWAY : PresenceDto.AVAILABLE);
        if (!state.get().equals(sent)) {
            send();
        }
    }

    private void send() {
        if (sending) {
            return;
        }
        sending = true;
        String asked = state.get();
        executors.run(() -> {
            reporter.report(asked);
            return asked;
        }, done -> {
            sending = false;
            sent = done;
            sentAt = clock.instant();
            if (!state.get().equals(sent)) {
                send();
            }
        }, e -> {
            sending = false;
            sent = null;
        });
    }

    /** Bound to "a call is in progress" by the application. */
    public BooleanProperty onCallProperty() {
        return onCall;
    }

    /** What the agent chose in the header's menu. */
    public BooleanProperty awayProperty() {
        return away;
    }

    public ReadOnlyObjectProperty<String> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The state the server has last acknowledged, or null. */
    String sent() {
        return sent;
    }
}
