package ca.relais.support;

import ca.relais.client.ui.common.UiTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link UiTimer} whose time only moves when a test says so; due actions run in the test's thread. */
public final class ManualTimer implements UiTimer {
    private final List<Pending> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long order;

    private final class Pending implements Scheduled {
        final Duration due;
        final long seq = order++;
        final Runnable action;

        Pending(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }

        @Override
        public void cancel() {
            pending.remove(this);
        }
    }

    @Override
    public Scheduled schedule(Duration delay, Runnable action) {
        Pending p = new Pending(now.plus(delay), action);
        pending.add(p);
        return p;
    }

    /** Moves time forward, running every action that falls due, in order. */
    public void advance(Duration by) {
        Duration until = now.plus(by);
        while (true) {
            Pending next = pending.stream().filter(p -> p.due.compareTo(until) <= 0)
                    .min(Comparator.comparing((Pending p) -> p.due).thenComparingLong(p -> p.seq)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = next.due;
            next.action.run();
        }
        now = until;
    }

    /** Number of actions still waiting. */
    public int waiting() {
        return pending.size();
    }
}
