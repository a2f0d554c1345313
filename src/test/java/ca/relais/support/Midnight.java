package ca.relais.support;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * For tests that count what happened "today": they wait out the end of the day rather than straddle midnight, when
 * what they made before it would no longer count as today's.
 */
public final class Midnight {
    private Midnight() {
    }

    /** Returns at once unless midnight in {@code zone} is less than {@code margin} away; then returns just after it. */
    public static void awayFrom(ZoneId zone, Duration margin) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        Duration left = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(zone));
        if (left.compareTo(margin) < 0) {
            try {
                Thread.sleep(left.plusSeconds(1).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for midnight", e);
            }
        }
    }
}
