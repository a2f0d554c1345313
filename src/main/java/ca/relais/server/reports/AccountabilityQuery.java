package ca.relais.server.reports;

import ca.relais.domain.report.AccountabilityFigures;
import ca.relais.domain.report.AccountabilityFigures.TimeToClose;
import ca.relais.server.store.Database;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accountability figures computed by the database: a few aggregate scans over the period's requests instead of
 * reading every row (ADR 0016). The definitions are those of docs/api.md, written once here as SQL conditions.
 */
public final class AccountabilityQuery {
    static final String NONE = "NONE";
    private static final String DONE = "r.status IN ('RESOLVED','CLOSED')";
    private static final String COUNTED = "r.status NOT IN ('CANCELLED','DUPLICATE')";
    private static final String CLOSED_DONE = DONE + " AND r.closed_at IS NOT NULL";
    /** Met and missed SLA; the one parameter is now. */
    private static final String MET = COUNTED + " AND r.due_at IS NOT NULL AND " + CLOSED_DONE
            + " AND r.closed_at <= r.due_at";
    private static final String MISSED = COUNTED + " AND r.due_at IS NOT NULL AND ((" + CLOSED_DONE
            + " AND r.closed_at > r.due_at) OR (r.status IN " + QueueStore.OPEN + " AND r.due_at < ?))";
    private static final String FIRST_CONTACT = COUNTED + " AND (r.nature = 'INFORMATION' OR (" + CLOSED_DONE
            + " AND r.reopened_count = 0 AND r.closed_at <= r.created_at + INTERVAL '15' MINUTE))";
    private static final String EVER_CLOSED = "r.closed_at IS NOT NULL OR r.reopened_count > 0";
    private static final String WINDOW = " FROM requests r WHERE r.jurisdiction_id = ? AND r.created_at >= ? "
            + "AND r.created_at < ?";

    private final Database db;

    public AccountabilityQuery(Database db) {
        this.db = db;
    }

    private static String sum(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    public AccountabilityFigures compute(String jurisdiction, LocalDate from, LocalDate to, Instant start, Instant end,
                                         Instant now) {
        return db.read(c -> {
            Map<String, String> groups = groups(c, jurisdiction);
            Map<String, Long> byType = new TreeMap<>();
            Map<String, Long> byGroup = new TreeMap<>();
            Map<String, Long> byNature = new TreeMap<>();
            Map<String, Long> complaints = new HashMap<>();
            long total = 0;
            long met = 0;
            long missed = 0;
            long fcrBase = 0;
            long fcr = 0;
            long everClosed = 0;
            long reopened = 0;
            long kb = 0;
            Map<String, Long> byChannel = new TreeMap<>();
            Map<String, Long> byDepartment = new TreeMap<>();
            Map<String, Long> byBorough = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.type_code, r.nature, COUNT(*), " + sum(MET)
                    + ", " + sum(MISSED) + ", " + sum(COUNTED) + ", " + sum(FIRST_CONTACT) + ", " + sum(EVER_CLOSED)
                    + ", " + sum("r.reopened_count > 0") + ", " + sum("r.kb_article_id IS NOT NULL")
                    + ", r.channel, r.department_code, r.borough" + WINDOW
                    + " GROUP BY r.type_code, r.nature, r.channel, r.department_code, r.borough")) {
                Jdbc.bind(ps, List.of(now, jurisdiction, start, end));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(1);
                        long n = rs.getLong(3);
                        total += n;
                        byType.merge(type, n, Long::sum);
                        byGroup.merge(groups.getOrDefault(type, NONE), n, Long::sum);
                        byNature.merge(rs.getString(2), n, Long::sum);
                        byChannel.merge(rs.getString(11), n, Long::sum);
                        byDepartment.merge(rs.getString(12), n, Long::sum);
                        byBorough.merge(rs.getString(13) == null ? NONE : rs.getString(13), n, Long::sum);
                        if ("COMPLAINT".equals(rs.getString(2))) {
                            complaints.merge(type, n, Long::sum);
                        }
                        met += rs.getLong(4);
                        missed += rs.getLong(5);
                        fcrBase += rs.getLong(6);
                        fcr += rs.getLong(7);
                        everClosed += rs.getLong(8);
                        reopened += rs.getLong(9);
                        kb += rs.getLong(10);
                    }
                }
            }
            List<AccountabilityFigures.Complaint> top = complaints.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(10).map(e -> new AccountabilityFigures.Complaint(e.getKey(), e.getValue())).toList();
            return new AccountabilityFigures(from, to, total, byType, byGroup, byNature, byChannel, byDepartment,
                    byBorough, timeToClose(c, jurisdiction, start, end),
                    ratio(met, met + missed), ratio(fcr, fcrBase), ratio(reopened, everClosed), top, kb);
        });
    }

    private static Map<String, String> groups(Connection c, String jurisdiction) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, group_code FROM request_types "
                + "WHERE jurisdiction_id = ?")) {
            ps.setString(1, jurisdiction);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /**
     * Median (the mean of the two middle values for an even count) and p90 (nearest rank), in hours. PostgreSQL
     * computes them with its ordered-set aggregates; H2's PERCENTILE_DISC does not follow the nearest rank, so on H2 the
     * durations are read and ranked here.
     */
    private TimeToClose timeToClose(Connection c, String jurisdiction, Instant start, Instant end)
            throws SQLException {
        String seconds = "(EXTRACT(EPOCH FROM r.closed_at) - EXTRACT(EPOCH FROM r.created_at))";
        String measured = WINDOW + " AND r.nature <> 'INFORMATION' AND " + CLOSED_DONE;
        if (db.isPostgres()) {
            // ordering intervals is much cheaper than numeric seconds; only the two results are converted
            String interval = "(r.closed_at - r.created_at)";
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), EXTRACT(EPOCH FROM PERCENTILE_CONT(0.5) "
                    + "WITHIN GROUP (ORDER BY " + interval + ")), EXTRACT(EPOCH FROM PERCENTILE_DISC(0.9) WITHIN GROUP "
                    + "(ORDER BY " + interval + "))" + measured)) {
                Jdbc.bind(ps, List.of(jurisdiction, start, end));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TimeToClose(hours(rs.getBigDecimal(2)), hours(rs.getBigDecimal(3)), rs.getLong(1));
                }
            }
        }
        List<Double> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + seconds + measured + " ORDER BY 1")) {
            Jdbc.bind(ps, List.of(jurisdiction, start, end));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getBigDecimal(1).doubleValue());
                }
            }
        }
        int n = values.size();
        if (n == 0) {
            return new TimeToClose(null, null, 0);
        }
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        double p90 = values.get(Math.max(0, (int) Math.ceil(0.9 * n) - 1));
        return new TimeToClose(median / 3600.0, p90 / 3600.0, n);
    }

    private static Double hours(BigDecimal seconds) {
        return seconds == null ? null : seconds.doubleValue() / 3600.0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
