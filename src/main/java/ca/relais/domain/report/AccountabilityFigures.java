package ca.relais.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The accountability report for one period (every definition is in docs/api.md; computed by the server's AccountabilityQuery). */
public record AccountabilityFigures(LocalDate from, LocalDate to, long total, Map<String, Long> byType,
                                    Map<String, Long> byGroup, Map<String, Long> byNature,
                                    Map<String, Long> byChannel, Map<String, Long> byDepartment,
                                    Map<String, Long> byBorough, TimeToClose timeToCloseHours,
                                    Double slaAttainment, Double firstContactResolutionRate, Double reopenRate,
                                    List<Complaint> topComplaints, long knowledgeBaseAnswers) {

    /** Median and 90th percentile of hours from creation to closing. */
    public record TimeToClose(Double median, Double p90, long count) {
    }

    /** A request type and how many complaints it drew. */
    public record Complaint(String typeCode, long count) {
    }
}
