package ca.relais.server.reports;

import ca.relais.api.TrendsDto;
import ca.relais.domain.CityCalendar;
import ca.relais.server.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The continuous-improvement view: requests per type per ISO week (local time), spikes, recurring addresses and
 * callers. The current week is the one that contains today; it is partial.
 */
public final class Trends {
    /** A cell is a spike when its current week has at least this many requests... */
    public static final int SPIKE_MIN = 5;
    /** ...and at least this many times its trailing weekly mean (a mean under 1 counts as 1). */
    public static final double SPIKE_FACTOR = 3.0;
    /** An address or caller recurs when it has at least this many requests in the window. */
    public static final int RECURRING_MIN = 3;
    static final int RECURRING_TOP = 20;
    public static final String RULE = "current week >= " + SPIKE_MIN + " requests and >= " + (int) SPIKE_FACTOR
            + " x the mean of the previous weeks (a mean under 1 counts as 1), per type and borough";

    private final Database db;

    public Trends(Database db) {
        this.db = db;
    }

    /** One request as the trends need it. */
    public record Row(String typeCode, String borough, Instant createdAt, String addressId, UUID callerId) {
    }

    public TrendsDto compute(String jurisdiction, int weeks, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, CityCalendar.ZONE);
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        Instant start = firstMonday.atStartOfDay(CityCalendar.ZONE).toInstant();
        Instant end = today.plusDays(1).atStartOfDay(CityCalendar.ZONE).toInstant();
        List<Row> rows = db.read(c -> {
            List<Row> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT type_code, borough, created_at, address_id, "
                    + "caller_id FROM requests WHERE jurisdiction_id = ? AND created_at >= ? AND created_at < ?")) {
                Jdbc.bind(ps, List.of(jurisdiction, start, end));
                ps.setFetchSize(5000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Row(rs.getString(1), rs.getString(2), Jdbc.instant(rs, 3), rs.getString(4),
                                Jdbc.uuid(rs, 5)));
                    }
                }
            }
            return out;
        });
        TrendsDto bare = compute(rows, firstMonday, weeks, today);
        return withLabels(bare);
    }

    /** The figures over rows already read: pure, so tests can check the rules directly. */
    public static TrendsDto compute(List<Row> rows, LocalDate firstMonday, int weeks, LocalDate today) {
        List<String> labels = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            labels.add(label(firstMonday.plusWeeks(w)));
        }
        Map<String, long[]> byType = new TreeMap<>();
        Map<String, long[]> byCell = new TreeMap<>();
        Map<String, Long> addresses = new HashMap<>();
        Map<String, TreeSet<String>> addressTypes = new HashMap<>();
        Map<String, Long> callers = new HashMap<>();
        Map<String, TreeSet<String>> callerTypes = new HashMap<>();
        for (Row r : rows) {
            LocalDate day = LocalDate.ofInstant(r.createdAt(), CityCalendar.ZONE);
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day);
            if (day.isBefore(firstMonday) || week < 0 || week >= weeks) {
                continue;
            }
            byType.computeIfAbsent(r.typeCode(), k -> new long[weeks])[week]++;
            String borough = r.borough() == null ? AccountabilityNames.NONE : r.borough();
            byCell.computeIfAbsent(r.typeCode() + "\u0000" + borough, k -> new long[weeks])[week]++;
            if (r.addressId() != null) {
                addresses.merge(r.addressId(), 1L, Long::sum);
                addressTypes.computeIfAbsent(r.addressId(), k -> new TreeSet<>()).add(r.typeCode());
            }
            if (r.callerId() != null) {
                callers.merge(r.callerId().toString(), 1L, Long::sum);
                callerTypes.computeIfAbsent(r.callerId().toString(), k -> new TreeSet<>()).add(r.typeCode());
            }
        }
        List<TrendsDto.Spike> spikes = new ArrayList<>();
        byCell.forEach((key, counts) -> {
            long current = counts[weeks - 1];
            double mean = 0;
            for (int w = 0; w < weeks - 1; w++) {
                mean += counts[w];
            }
            mean = weeks > 1 ? mean / (weeks - 1) : 0;
            double base = Math.max(mean, 1.0);
            if (current >= SPIKE_MIN && current >= SPIKE_FACTOR * base) {
                String[] parts = key.split("\u0000", 2);
                spikes.add(new TrendsDto.Spike(parts[0], parts[1], labels.get(weeks - 1), current, mean,
                        current / base));
            }
        });
        spikes.sort(Comparator.comparingDouble(TrendsDto.Spike::ratio).reversed()
                .thenComparing(TrendsDto.Spike::typeCode).thenComparing(TrendsDto.Spike::borough));
        Map<String, List<Long>> types = new LinkedHashMap<>();
        byType.forEach((k, v) -> types.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return new TrendsDto(labels, firstMonday, today, types, spikes, RULE,
                recurring(addresses, addressTypes), recurring(callers, callerTypes));
    }

    private static List<TrendsDto.Recurring> recurring(Map<String, Long> counts, Map<String, TreeSet<String>> types) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= RECURRING_MIN)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(RECURRING_TOP)
                .map(e -> new TrendsDto.Recurring(e.getKey(), null, e.getValue(), List.copyOf(types.get(e.getKey()))))
                .toList();
    }

    static String label(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private TrendsDto withLabels(TrendsDto t) {
        Map<String, String> addressLabels = new HashMap<>();
        Map<String, String> callerLabels = new HashMap<>();
        db.read(c -> {
            for (TrendsDto.Recurring r : t.recurringAddresses()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT label FROM addresses WHERE id = ?")) {
                    ps.setString(1, r.key());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            addressLabels.put(r.key(), rs.getString(1));
                        }
                    }
                }
            }
            for (TrendsDto.Recurring r : t.recurringCallers()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT first_name, last_name FROM callers "
                        + "WHERE id = ?")) {
                    ps.setObject(1, UUID.fromString(r.key()));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            String name = ((rs.getString(1) == null ? "" : rs.getString(1)) + " "
                                    + (rs.getString(2) == null ? "" : rs.getString(2))).strip();
                            callerLabels.put(r.key(), name);
                        }
                    }
                }
            }
            return null;
        });
        return new TrendsDto(t.weeks(), t.from(), t.to(), t.byType(), t.spikes(), t.spikeRule(),
                t.recurringAddresses().stream().map(r -> new TrendsDto.Recurring(r.key(), addressLabels.get(r.key()),
                        r.count(), r.typeCodes())).toList(),
                t.recurringCallers().stream().map(r -> new TrendsDto.Recurring(r.key(), callerLabels.get(r.key()),
                        r.count(), r.typeCodes())).toList());
    }

    /** Key names shared with the accountability figures. */
    static final class AccountabilityNames {
        static final String NONE = "NONE";

        private AccountabilityNames() {
        }
    }
}
