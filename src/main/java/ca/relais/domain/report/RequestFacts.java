package ca.relais.domain.report;

import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import java.time.Instant;

/** What the accountability figures need to know about one request. */
public record RequestFacts(String typeCode, String group, Nature nature, String channel, String department,
                           String borough, RequestStatus status, Instant createdAt, Instant closedAt, Instant dueAt,
                           int reopenedCount, String kbArticleId) {
}
