package ca.relais.client.ui.common;

import java.time.Duration;

/**
 * Runs an action on the UI thread after a delay, unless cancelled first: what debouncing needs. The application
 * passes {@link FxTimer}; tests pass a timer whose time they move themselves.
 */
@FunctionalInterface
public interface UiTimer {
    /** Schedules {@code action}; the returned handle cancels it if it has not run yet. */
    Scheduled schedule(Duration delay, Runnable action);

    /** A scheduled action. */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }
}
