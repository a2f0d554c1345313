package ca.relais.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaClockTest {

    private static Instant local(String dateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(dateTime), CityCalendar.ZONE).toInstant();
    }

    @ParameterizedTest(name = "{0}: {1} + {2} h {3} -> {4}")
    @CsvSource({
            // case,                               start (local),       hours, calendar,   due (UTC instant)
            "ordinary day,                          2026-05-12T09:00,    4,     BUSINESS,   2026-05-12T17:00:00Z",
            "Fête nationale June 24 (Wednesday),    2026-06-23T15:30,    8,     BUSINESS,   2026-06-25T19:30:00Z",
            "Good Friday and Easter Monday,         2026-04-02T16:00,    1,     BUSINESS,   2026-04-07T13:00:00Z",
            "Christmas and the weekend after,       2026-12-24T16:00,    2,     BUSINESS,   2026-12-28T15:00:00Z",
            "Canada Day (Wednesday),                2026-06-30T16:00,    1,     BUSINESS,   2026-07-02T13:00:00Z",
            "weekend and March DST (EST to EDT),    2026-03-06T15:30,    4,     BUSINESS,   2026-03-09T15:30:00Z",
            "weekend and November DST (EDT to EST), 2026-10-30T16:00,    1,     BUSINESS,   2026-11-02T14:00:00Z",
            "after closing then before opening,       2026-05-12T18:00,    1,     BUSINESS,   2026-05-13T13:30:00Z",
            "24/7 across the March DST night,       2026-03-08T01:00,    24,    CONTINUOUS, 2026-03-09T06:00:00Z",
            "24/7 across the November DST night,    2026-11-01T00:30,    4,     CONTINUOUS, 2026-11-01T08:30:00Z",
            "24/7 on a holiday,                     2026-12-25T10:00,    2,     CONTINUOUS, 2026-12-25T17:00:00Z",
    })
    void dueAtCountsOnTheCitysCalendar(String name, String start, int hours, SlaCalendar calendar, String due) {
        assertEquals(Instant.parse(due), CityCalendar.dueAt(local(start), hours, calendar), name);
    }

    @Test
    void pauseAndResumeAcrossAWeekendKeepTheWorkingTimeLeft() {
        Instant created = local("2026-03-12T10:00");
        Instant due = CityCalendar.dueAt(created, 16, SlaCalendar.BUSINESS);
        assertEquals(local("2026-03-16T10:00"), due);
        long remaining = SlaClock.remainingMinutes(due, local("2026-03-13T12:00"), SlaCalendar.BUSINESS);
        assertEquals(270 + 90, remaining, "Friday 12:00 to 16:30, then Monday 8:30 to 10:00");
        Instant resumed = SlaClock.resume(local("2026-03-16T14:00"), remaining, SlaCalendar.BUSINESS);
        assertEquals(local("2026-03-17T12:00"), resumed, "150 min on Monday, 210 on Tuesday");
    }

    @Test
    void pausingOverAHolidayWeekendDoesNotSpendTheTarget() {
        Instant due = local("2026-04-02T15:00");
        long remaining = SlaClock.remainingMinutes(due, local("2026-04-02T14:00"), SlaCalendar.BUSINESS);
        assertEquals(60, remaining);
        assertEquals(local("2026-04-07T09:00"), SlaClock.resume(local("2026-04-02T16:00"), remaining,
                SlaCalendar.BUSINESS), "30 min on Thursday, Good Friday to Easter Monday skipped, 30 min Tuesday");
    }

    @Test
    void continuousTypesPauseInRealMinutes() {
        long remaining = SlaClock.remainingMinutes(local("2026-03-07T22:00"), local("2026-03-07T20:00"),
                SlaCalendar.CONTINUOUS);
        assertEquals(120, remaining);
        assertEquals(local("2026-03-08T04:00"), SlaClock.resume(local("2026-03-08T01:00"), remaining,
                SlaCalendar.CONTINUOUS), "two real hours from 1:00 EST end at 4:00 EDT");
    }

    @Test
    void aRequestPausedWhenAlreadyDueIsDueAtOnceOnResume() {
        Instant due = local("2026-05-12T10:00");
        long remaining = SlaClock.remainingMinutes(due, local("2026-05-12T11:00"), SlaCalendar.BUSINESS);
        assertEquals(-60, remaining);
        Instant resumed = local("2026-05-14T09:00");
        assertEquals(resumed, SlaClock.resume(resumed, remaining, SlaCalendar.BUSINESS));
    }

    @ParameterizedTest
    @CsvSource({
            "NEW,       2026-05-12T20:00:00Z, false, ON_TIME",
            "ASSIGNED,  2026-05-12T15:00:00Z, false, AT_RISK",
            "WAITING,   2026-05-12T15:00:00Z, true,  PAUSED",
            "IN_PROGRESS, 2026-05-12T11:00:00Z, false, OVERDUE",
            "IN_PROGRESS, 2026-05-12T12:00:00Z, false, OVERDUE",
            "RESOLVED,  2026-05-12T11:00:00Z, false, NONE",
    })
    void slaStateAtNoon(RequestStatus status, String due, boolean paused, SlaState expected) {
        Instant now = Instant.parse("2026-05-12T12:00:00Z");
        assertEquals(expected, SlaState.of(status, Instant.parse(due), paused ? now : null, now));
        assertEquals(SlaState.NONE, SlaState.of(RequestStatus.NEW, null, null, now));
    }
}
