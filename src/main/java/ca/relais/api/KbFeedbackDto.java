package ca.relais.api;

import java.time.Instant;
import java.util.UUID;

/** One agent's feedback on an article, as {@code POST /api/v1/kb/feedback} answers it. */
public record KbFeedbackDto(UUID id, String articleId, String rating, String comment, String author, Instant at) {
}
