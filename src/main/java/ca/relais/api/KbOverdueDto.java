package ca.relais.api;

import java.time.LocalDate;

/** An article past its review date, in {@code GET /api/v1/kb/manage/overdue}. */
public record KbOverdueDto(String id, String title, String language, String department, LocalDate reviewedOn,
                           LocalDate reviewBy, long daysOverdue) {
}
