package ca.relais.server.open311;

import ca.relais.domain.CityCalendar;
import ca.relais.domain.RequestStatus;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Query parameters of the Open311 GETs, read strictly: a bad value is a 400 error naming the parameter. */
final class Open311Query {
    static final Duration WINDOW = Duration.ofDays(90);
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_LIST = 200;

    private Open311Query() {
    }

    /** A period of creation or update times, both ends included. */
    record Window(Instant from, Instant to) {
    }

    /**
     * {@code start_date} and {@code end_date}: the 90 days before now when both are missing, 90 days from the one
     * given when only one is, and never more than 90 days.
     */
    static Window window(Context ctx, Clock clock) {
        Instant start = time(ctx, "start_date", false);
        Instant end = time(ctx, "end_date", true);
        if (start == null && end == null) {
            Instant now = clock.instant();
            return new Window(now.minus(WINDOW), now);
        }
        if (start == null) {
            return new Window(end.minus(WINDOW), end);
        }
        if (end == null) {
            return new Window(start, start.plus(WINDOW));
        }
        if (end.isBefore(start)) {
            throw Open311Exception.badRequest("end_date: must not be before start_date");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw Open311Exception.badRequest("start_date, end_date: may not span more than 90 days");
        }
        return new Window(start, end);
    }

    /**
     * An ISO-8601 time: with an offset ({@code 2026-11-29T09:15:00-05:00}, {@code …Z}), or local to the city, or a
     * date alone, meaning its first instant (or its last one for an end).
     */
    static Instant time(Context ctx, String name, boolean endOfDay) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(CityCalendar.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    LocalDate day = LocalDate.parse(s);
                    return endOfDay ? day.plusDays(1).atStartOfDay(CityCalendar.ZONE).toInstant().minusMillis(1)
                            : day.atStartOfDay(CityCalendar.ZONE).toInstant();
                } catch (DateTimeParseException e3) {
                    throw Open311Exception.badRequest(name
                            + ": must be an ISO-8601 date and time such as 2026-11-29T09:15:00-05:00");
                }
            }
        }
    }

    static int page(Context ctx) {
        return integer(ctx, "page", 1, 1, 1_000_000);
    }

    static int pageSize(Context ctx) {
        return integer(ctx, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Open311Exception.badRequest(name + ": must be an integer from " + min + " to " + max);
    }

    /** A comma-separated list, without blanks and duplicates. */
    static List<String> list(Context ctx, String name, int maxLength) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String item : raw.split(",")) {
            String s = item.strip();
            if (s.length() > maxLength) {
                throw Open311Exception.badRequest(name + ": each value must have at most " + maxLength
                        + " characters");
            }
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        if (out.size() > MAX_LIST) {
            throw Open311Exception.badRequest(name + ": at most " + MAX_LIST + " values");
        }
        return List.copyOf(out);
    }

    /** {@code status=open|closed} (or both, comma-separated) as Relais statuses; empty means any. */
    static List<String> statuses(Context ctx) {
        List<String> out = new ArrayList<>();
        for (String s : list(ctx, "status", 20)) {
            boolean open = switch (s.toLowerCase(Locale.ROOT)) {
                case "open" -> true;
                case "closed" -> false;
                default -> throw Open311Exception.badRequest("status: must be open or closed");
            };
            Arrays.stream(RequestStatus.values()).filter(st -> st.isOpen() == open)
                    .forEach(st -> out.add(st.name()));
        }
        return out;
    }

    /** French unless {@code locale} asks for English ({@code en}, {@code en-CA}, {@code en_US}). */
    static Locale locale(Context ctx) {
        String raw = ctx.queryParam("locale");
        return raw != null && raw.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.CANADA
                : Locale.CANADA_FRENCH;
    }

    static boolean extensions(Context ctx) {
        return "true".equalsIgnoreCase(String.valueOf(ctx.queryParam("extensions")).strip());
    }
}
