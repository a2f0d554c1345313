package ca.relais.server.demo;

import ca.relais.api.CatalogueDto.ServiceDto;
import ca.relais.domain.Channel;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.Nature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** How requests come in: the hour, the channel, the nature and who is calling. */
final class Intake {
    private static final Channel[] CHANNELS = Channel.values();
    private static final Set<Channel> OFFICE =
            EnumSet.of(Channel.PHONE_8000, Channel.COUNTER, Channel.MAIL, Channel.BOROUGH_OFFICE);
    private static final Set<String> NIGHT_TYPES = Set.of("NUI-BRUIT-VOISINAGE", "NUI-FEU-EXTERIEUR");
    private static final double[] OFFICE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 0.5, 1.2, 1.3, 1.1, 0.7, 1.0, 1.1, 1.0, 0.4,
        0, 0, 0, 0, 0, 0, 0};
    private static final double[] LINE_5858_HOURS = {0.15, 0.12, 0.1, 0.1, 0.12, 0.2, 0.4, 0.9, 1.2, 1.2, 1.2, 1.2,
        1.1, 1.2, 1.2, 1.2, 1.2, 0.9, 0.8, 0.7, 0.5, 0.45, 0.35, 0.25};
    private static final double[] ONLINE_HOURS = {0.05, 0.03, 0.02, 0.02, 0.03, 0.08, 0.2, 0.5, 0.8, 0.9, 0.9, 0.9,
        1.0, 0.9, 0.8, 0.8, 0.8, 0.8, 0.9, 1.0, 1.0, 0.9, 0.6, 0.3};
    private static final double[] NIGHT_HOURS = {1.2, 0.9, 0.5, 0.2, 0.1, 0.05, 0.05, 0.1, 0.2, 0.2, 0.2, 0.2, 0.2,
        0.2, 0.2, 0.3, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3, 1.4};

    /** A request as it arrives, before anyone works on it. */
    record Plan(Instant createdAt, ServiceDto type, Channel channel, Nature nature, CallerBook.Caller caller) {
    }

    private Intake() {
    }

    /** {@code count} arrivals between {@code start} and {@code now}, in chronological order. */
    static List<Plan> plan(Seasons seasons, CallerBook callers, Instant start, Instant now, int count, Dice dice) {
        List<Plan> plans = new ArrayList<>(count);
        while (plans.size() < count) {
            Seasons.Draw draw = seasons.draw(dice);
            ServiceDto type = draw.type();
            Nature nature = nature(type, dice);
            boolean working = CityCalendar.isWorkingDay(draw.day());
            Channel channel = channel(type, nature, working, dice);
            Instant at = moment(draw.day(), type, channel, dice);
            if (at.isBefore(start) || !at.isBefore(now)) {
                continue;
            }
            double withCaller = channel == Channel.SOCIAL_MEDIA ? 0.35 : nature == Nature.INFORMATION ? 0.5 : 0.9;
            CallerBook.Caller caller = dice.chance(withCaller) ? callers.pick(dice) : null;
            plans.add(new Plan(at, type, channel, nature, caller));
        }
        plans.sort(Comparator.comparing(Plan::createdAt));
        return plans;
    }

    private static Nature nature(ServiceDto type, Dice dice) {
        List<String> allowed = type.natures();
        Nature preferred = Nature.valueOf(type.defaultNature());
        if (preferred == Nature.INFORMATION) {
            if (allowed.size() == 1 || dice.chance(0.8)) {
                return Nature.INFORMATION;
            }
            List<String> others = allowed.stream().filter(n -> !n.equals("INFORMATION")).toList();
            return Nature.valueOf(others.contains("REQUEST") && dice.chance(0.75) ? "REQUEST" : dice.pick(others));
        }
        if (allowed.contains("INFORMATION") && dice.chance(0.15)) {
            return Nature.INFORMATION;
        }
        if (preferred != Nature.COMPLAINT && allowed.contains("COMPLAINT") && dice.chance(0.09)) {
            return Nature.COMPLAINT;
        }
        if (preferred != Nature.COMMENT && allowed.contains("COMMENT") && dice.chance(0.04)) {
            return Nature.COMMENT;
        }
        return preferred;
    }

    private static Channel channel(ServiceDto type, Nature nature, boolean working, Dice dice) {
        double[] w = new double[CHANNELS.length];
        set(w, Channel.PHONE_8000, 45);
        set(w, Channel.PHONE_5858, 22);
        set(w, Channel.EMAIL, 6);
        set(w, Channel.COUNTER, 4);
        set(w, Channel.MAIL, 1);
        set(w, Channel.BOROUGH_OFFICE, 4);
        set(w, Channel.SOCIAL_MEDIA, 3);
        set(w, Channel.PORTAL, 17);
        set(w, Channel.MOBILE_APP, 5);
        List<String> lines = type.lines();
        if (!lines.contains("5858")) {
            set(w, Channel.PHONE_5858, 0);
        } else if (lines.get(0).equals("5858")) {
            set(w, Channel.PHONE_5858, lines.contains("8000") ? 40 : 50);
            set(w, Channel.PHONE_8000, lines.contains("8000") ? 25 : 8);
        }
        if (nature == Nature.INFORMATION) {
            set(w, Channel.PORTAL, 2);
            set(w, Channel.MOBILE_APP, 1);
            set(w, Channel.MAIL, 0);
            set(w, Channel.EMAIL, 5);
            set(w, Channel.PHONE_5858, w[Channel.PHONE_5858.ordinal()] / 3);
        }
        if (!working) {
            for (Channel office : OFFICE) {
                set(w, office, 0);
            }
            w[Channel.PHONE_5858.ordinal()] += lines.contains("5858") ? 20 : 4;
        }
        return CHANNELS[dice.weighted(w)];
    }

    private static void set(double[] weights, Channel channel, double value) {
        weights[channel.ordinal()] = value;
    }

    private static Instant moment(LocalDate day, ServiceDto type, Channel channel, Dice dice) {
        double[] hours;
        if (OFFICE.contains(channel)) {
            hours = OFFICE_HOURS;
        } else if (NIGHT_TYPES.contains(type.serviceCode()) && dice.chance(0.7)) {
            hours = NIGHT_HOURS;
        } else {
            hours = channel == Channel.PHONE_5858 ? LINE_5858_HOURS : ONLINE_HOURS;
        }
        int hour = dice.weighted(hours);
        int minute = hour == 8 && hours == OFFICE_HOURS ? dice.between(30, 59)
                : hour == 16 && hours == OFFICE_HOURS ? dice.between(0, 29) : dice.between(0, 59);
        return ZonedDateTime.of(day.atTime(hour, minute, dice.between(0, 59)), CityCalendar.ZONE).toInstant();
    }
}
