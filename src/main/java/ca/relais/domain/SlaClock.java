package ca.relais.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The service-target clock of one request: when it falls due, and how a pause while waiting on the citizen keeps
 * the time left. Time is counted on the city's calendar for business types and around the clock for 24/7 types.
 */
public final class SlaClock {
    private SlaClock() {
    }

    /** The minutes of target left at {@code pausedAt}; zero or less when already due. */
    public static long remainingMinutes(Instant dueAt, Instant pausedAt, SlaCalendar calendar) {
        if (calendar == SlaCalendar.CONTINUOUS) {
            return Duration.between(pausedAt, dueAt).toMinutes();
        }
        return dueAt.isAfter(pausedAt) ? CityCalendar.businessMinutesBetween(pausedAt, dueAt)
                : -CityCalendar.businessMinutesBetween(dueAt, pausedAt);
    }

    /**
     * When the request falls due again after resuming at {@code resumedAt} with {@code remainingMinutes} left. A
     * request paused when already due is due at once.
     */
    public static Instant resume(Instant resumedAt, long remainingMinutes, SlaCalendar calendar) {
        if (remainingMinutes <= 0) {
            return resumedAt;
        }
        if (calendar == SlaCalendar.CONTINUOUS) {
            return resumedAt.plus(Duration.ofMinutes(remainingMinutes));
        }
        return CityCalendar.addBusinessTime(resumedAt, Duration.ofMinutes(remainingMinutes));
    }
}
