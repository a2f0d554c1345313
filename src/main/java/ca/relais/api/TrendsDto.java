package ca.relais.api;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/reports/trends?weeks=N}: requests per type per ISO week (oldest first, the current week last),
 * spikes and recurring addresses and callers over the same window.
 *
 * @param weeks      ISO week labels, e.g. {@code 2026-W48}, oldest first
 * @param byType     type code, then counts aligned with {@code weeks}
 * @param spikes     type x borough cells whose current week is far above their trailing mean (rule in docs/api.md)
 * @param spikeRule  the rule, in words
 */
public record TrendsDto(List<String> weeks, java.time.LocalDate from, java.time.LocalDate to,
                        Map<String, List<Long>> byType, List<Spike> spikes, String spikeRule,
                        List<Recurring> recurringAddresses, List<Recurring> recurringCallers) {

    /** A type in a borough whose current week stands out. */
    public record Spike(String typeCode, String borough, String week, long count, double trailingMean,
                        double ratio) {
    }

    /** An address or caller that came back at least the minimum times in the window. */
    public record Recurring(String key, String label, long count, List<String> typeCodes) {
    }
}
