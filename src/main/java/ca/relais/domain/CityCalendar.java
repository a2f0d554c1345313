package ca.relais.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The city's working calendar: America/Toronto time, offices open 8 h 30 to 16 h 30 on weekdays, closed on Quebec
 * statutory holidays and the municipal Christmas break. Service targets are counted on it, or around the clock for
 * 24/7 types.
 */
public final class CityCalendar {
    public static final ZoneId ZONE = ZoneId.of("America/Toronto");
    private static final LocalTime OPEN = LocalTime.of(8, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 30);
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private CityCalendar() {
    }

    /** When a target of {@code hours} starting at {@code start} falls due; null when there is no target. */
    public static Instant dueAt(Instant start, int hours, SlaCalendar calendar) {
        if (hours <= 0) {
            return null;
        }
        if (calendar == SlaCalendar.CONTINUOUS) {
            return start.plus(Duration.ofHours(hours));
        }
        return addBusinessTime(start, Duration.ofHours(hours));
    }

    /** Adds working time, skipping nights, weekends and holidays; DST changes are handled in local time. */
    public static Instant addBusinessTime(Instant start, Duration amount) {
        LocalDateTime cursor = LocalDateTime.ofInstant(start, ZONE);
        long remaining = amount.toMinutes();
        while (true) {
            cursor = nextWorkingMoment(cursor);
            LocalDateTime close = cursor.toLocalDate().atTime(CLOSE);
            long available = Duration.between(cursor, close).toMinutes();
            if (remaining <= available) {
                return ZonedDateTime.of(cursor.plusMinutes(remaining), ZONE).toInstant();
            }
            remaining -= available;
            cursor = cursor.toLocalDate().plusDays(1).atTime(OPEN);
        }
    }

    /** Working minutes between two instants (for measuring attainment and pauses). */
    public static long businessMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime cursor = LocalDateTime.ofInstant(from, ZONE);
        LocalDateTime end = LocalDateTime.ofInstant(to, ZONE);
        long minutes = 0;
        while (true) {
            cursor = nextWorkingMoment(cursor);
            if (!cursor.isBefore(end)) {
                return minutes;
            }
            LocalDateTime close = cursor.toLocalDate().atTime(CLOSE);
            LocalDateTime stop = end.isBefore(close) ? end : close;
            minutes += Duration.between(cursor, stop).toMinutes();
            if (stop.equals(end)) {
                return minutes;
            }
            cursor = cursor.toLocalDate().plusDays(1).atTime(OPEN);
        }
    }

    private static LocalDateTime nextWorkingMoment(LocalDateTime moment) {
        LocalDateTime cursor = moment;
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (!isWorkingDay(day) || !cursor.toLocalTime().isBefore(CLOSE)) {
                cursor = day.plusDays(1).atTime(OPEN);
                continue;
            }
            if (cursor.toLocalTime().isBefore(OPEN)) {
                cursor = day.atTime(OPEN);
            }
            return cursor;
        }
    }

    public static boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays(day.getYear()).contains(day);
    }

    /** Quebec statutory holidays, plus December 26 and January 2 as municipal offices observe them. */
    public static Set<LocalDate> holidays(int year) {
        return HOLIDAYS.computeIfAbsent(year, CityCalendar::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, Month.JANUARY, 1));
        days.add(LocalDate.of(year, Month.JANUARY, 2));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)));
        days.add(observed(MonthDay.of(Month.JUNE, 24).atYear(year)));
        days.add(observed(MonthDay.of(Month.JULY, 1).atYear(year)));
        days.add(LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(LocalDate.of(year, Month.DECEMBER, 26));
        return Set.copyOf(days);
    }

    private static LocalDate observed(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
