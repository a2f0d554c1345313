package ca.relais.client.ui.dashboard;

import ca.relais.client.ui.common.UiTimer;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Re-reads the figures after changes, at most {@link #DELAY} after the first change of a burst: changes that come
 * meanwhile ride along, and a change during a read asks for one more read when it ends. Unlike a debounce, a steady
 * stream of changes cannot hold the figures back. UI thread only.
 */
public final class LiveRefresh {
    static final Duration DELAY = Duration.ofMillis(400);
    private final UiTimer timer;
    private final Consumer<Runnable> read;
    private UiTimer.Scheduled scheduled;
    private boolean reading;
    private boolean again;
    private boolean active;

    /** {@code read} fetches the figures and runs its argument when done, successful or not. */
    public LiveRefresh(UiTimer timer, Consumer<Runnable> read) {
        this.timer = timer;
        this.read = read;
    }

    /** Something changed on the server. */
    public void changed() {
        if (!active) {
            return;
        }
        if (reading) {
            again = true;
        } else if (scheduled == null) {
            scheduled = timer.schedule(DELAY, this::fire);
        }
    }

    /** Only a shown dashboard follows changes; showing it reads at once. */
    public void setActive(boolean shown) {
        active = shown;
        if (!shown && scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
    }

    /** Reads now (on showing, or when the supervisor asks). */
    public void now() {
        if (scheduled != null) {
            scheduled.cancel();
            scheduled = null;
        }
        if (reading) {
            again = true;
        } else {
            fire();
        }
    }

    private void fire() {
        scheduled = null;
        reading = true;
        again = false;
        read.accept(() -> {
            reading = false;
            if (again && active) {
                again = false;
                scheduled = timer.schedule(DELAY, this::fire);
            }
        });
    }
}
