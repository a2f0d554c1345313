package ca.relais.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/reports/accountability}: every definition is in docs/api.md. Rates are shares between 0 and 1,
 * null when their denominator is empty. {@code sla_target} and {@code first_contact_resolution_target} echo the
 * configured targets.
 */
public record AccountabilityDto(LocalDate from, LocalDate to, long total, Map<String, Long> byType,
                                Map<String, Long> byGroup, Map<String, Long> byNature, Map<String, Long> byChannel,
                                Map<String, Long> byDepartment, Map<String, Long> byBorough,
                                TimeToClose timeToCloseHours, Double slaAttainment, Double slaTarget,
                                Double firstContactResolutionRate, Double firstContactResolutionTarget,
                                Double reopenRate, List<Complaint> topComplaints, long knowledgeBaseAnswers,
                                KbUse kb) {

    /** Median and 90th percentile (nearest rank) of hours from creation to closing, over {@code count} requests. */
    public record TimeToClose(Double median, Double p90, long count) {
    }

    /** A request type and how many complaints it drew. */
    public record Complaint(String typeCode, long count) {
    }

    /**
     * Knowledge-base use in the period. Workstations search their local mirror, so the server does not see every
     * search: {@code articles_used} = requests created in the period that cite an article, {@code top_articles} = the
     * articles they cite most (key = article id, label = title), {@code feedback} = article ratings given in the
     * period, {@code gaps} = searches reported as finding nothing useful in the period, {@code top_gaps} = their most
     * frequent folded queries (key = folded text, label = the latest wording).
     */
    public record KbUse(long articlesUsed, long feedback, List<Count> topArticles, long gaps, List<Count> topGaps) {
    }

    /** A key (article id, query text, ...) with a label and a count. */
    public record Count(String key, String label, long count) {
    }
}
