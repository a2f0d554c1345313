package ca.relais.client.ui.reports;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Ready-made report periods, as local dates in the city's time zone, both ends included. */
public enum PeriodPreset {
    THIS_MONTH, LAST_MONTH, THIS_YEAR;

    /** The first and last day of the period that contains, or precedes, {@code today}. */
    public LocalDate[] range(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> new LocalDate[] {today.withDayOfMonth(1), today};
            case LAST_MONTH -> {
                LocalDate first = today.withDayOfMonth(1).minusMonths(1);
                yield new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
            }
            case THIS_YEAR -> new LocalDate[] {today.withDayOfYear(1), today};
        };
    }

    public String key() {
        return "report.preset." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
