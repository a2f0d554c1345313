package ca.relais.api;

import java.time.Instant;

/** Searches that found nothing useful, grouped by their folded text, in {@code GET /api/v1/kb/manage/gaps}. */
public record KbGapDto(String query, String language, int count, int noResult, int notOpened, Instant lastAt) {
}
