package ca.relais.api;

import java.time.Instant;

/**
 * An article's unresolved feedback, in {@code GET /api/v1/kb/manage/feedback}: counts per rating, and the latest
 * negative comment and time.
 */
public record KbFeedbackSummaryDto(String id, String title, int useful, int outOfDate, int missingInfo,
                                   String latestComment, Instant latestAt) {
}
