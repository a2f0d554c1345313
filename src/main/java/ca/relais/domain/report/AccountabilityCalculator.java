package ca.relais.domain.report;

import ca.relais.domain.CityCalendar;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the accountability figures. Definitions:
 * <ul>
 * <li>The period runs from {@code from} 00:00 to the end of {@code to}, local time in America/Toronto; a request
 * belongs to it when it was created in it. {@code total} counts all of them, information calls and merged duplicates
 * included.</li>
 * <li>Time to close: requests in the period, other than information calls, now RESOLVED or CLOSED; hours from
 * creation to closing. Median (mean of the two middle values for an even count) and p90 (nearest rank).</li>
 * <li>SLA attainment: requests in the period with a due time, neither CANCELLED nor DUPLICATE; met when closed
 * (RESOLVED or CLOSED) by the due time; missed when closed later, or still open after it; still open before it does
 * not count yet.</li>
 * <li>First-contact resolution: information calls, plus requests RESOLVED or CLOSED within 15 minutes of creation
 * and never reopened, over all requests in the period except CANCELLED and DUPLICATE.</li>
 * <li>Reopen rate: among requests in the period that were ever closed, the share reopened at least once.</li>
 * <li>Top complaints: complaint counts per type, highest first, ten at most.</li>
 * </ul>
 * Rates are null when their denominator is empty.
 */
public final class AccountabilityCalculator {
    static final Duration FIRST_CONTACT = Duration.ofMinutes(15);
    static final String NONE = "NONE";

    private AccountabilityCalculator() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(CityCalendar.ZONE).toInstant();
    }

    public static AccountabilityFigures compute(LocalDate from, LocalDate to, Instant now, List<RequestFacts> all) {
        Instant start = startOf(from);
        Instant end = startOf(to.plusDays(1));
        List<RequestFacts> in = all.stream()
                .filter(r -> !r.createdAt().isBefore(start) && r.createdAt().isBefore(end)).toList();

        List<Double> hours = in.stream()
                .filter(r -> r.nature() != Nature.INFORMATION && isDone(r.status()) && r.closedAt() != null)
                .map(r -> Duration.between(r.createdAt(), r.closedAt()).toSeconds() / 3600.0)
                .sorted().toList();

        long met = 0;
        long missed = 0;
        for (RequestFacts r : in) {
            if (r.dueAt() == null || r.status() == RequestStatus.CANCELLED || r.status() == RequestStatus.DUPLICATE) {
                continue;
            }
            if (isDone(r.status()) && r.closedAt() != null) {
                if (r.closedAt().isAfter(r.dueAt())) {
                    missed++;
                } else {
                    met++;
                }
            } else if (r.status().isOpen() && now.isAfter(r.dueAt())) {
                missed++;
            }
        }

        List<RequestFacts> counted = in.stream()
                .filter(r -> r.status() != RequestStatus.CANCELLED && r.status() != RequestStatus.DUPLICATE).toList();
        long firstContact = counted.stream().filter(AccountabilityCalculator::resolvedAtFirstContact).count();

        List<RequestFacts> everClosed = in.stream().filter(r -> r.closedAt() != null || r.reopenedCount() > 0)
                .toList();
        long reopened = everClosed.stream().filter(r -> r.reopenedCount() > 0).count();

        List<AccountabilityFigures.Complaint> complaints = count(in.stream()
                .filter(r -> r.nature() == Nature.COMPLAINT).toList(), RequestFacts::typeCode)
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(10)
                .map(e -> new AccountabilityFigures.Complaint(e.getKey(), e.getValue()))
                .toList();

        return new AccountabilityFigures(from, to, in.size(), count(in, RequestFacts::typeCode),
                count(in, RequestFacts::group), count(in, r -> r.nature().name()), count(in, RequestFacts::channel),
                count(in, RequestFacts::department), count(in, RequestFacts::borough),
                new AccountabilityFigures.TimeToClose(median(hours), nearestRank(hours, 0.9), hours.size()),
                ratio(met, met + missed), ratio(firstContact, counted.size()),
                ratio(reopened, everClosed.size()), complaints,
                in.stream().filter(r -> r.kbArticleId() != null).count());
    }

    private static boolean isDone(RequestStatus s) {
        return s == RequestStatus.RESOLVED || s == RequestStatus.CLOSED;
    }

    static boolean resolvedAtFirstContact(RequestFacts r) {
        if (r.nature() == Nature.INFORMATION) {
            return true;
        }
        return isDone(r.status()) && r.closedAt() != null && r.reopenedCount() == 0
                && !r.closedAt().isAfter(r.createdAt().plus(FIRST_CONTACT));
    }

    private static Map<String, Long> count(List<RequestFacts> rows, Function<RequestFacts, String> key) {
        return rows.stream().collect(Collectors.groupingBy(r -> {
            String k = key.apply(r);
            return k == null ? NONE : k;
        }, TreeMap::new, Collectors.counting()));
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    static Double nearestRank(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

}
