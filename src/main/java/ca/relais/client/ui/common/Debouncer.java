package ca.relais.client.ui.common;

import java.time.Duration;

/** Runs the last action asked for once nothing new has been asked for during {@code quiet}. UI thread only. */
public final class Debouncer {
    private final UiTimer timer;
    private final Duration quiet;
    private UiTimer.Scheduled pending;

    public Debouncer(UiTimer timer, Duration quiet) {
        this.timer = timer;
        this.quiet = quiet;
    }

    public void submit(Runnable action) {
        cancel();
        pending = timer.schedule(quiet, () -> {
            pending = null;
            action.run();
        });
    }

    public void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }
}
