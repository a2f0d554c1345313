package ca.relais.api;

import java.time.Instant;

/** A handoff the receiving department has not accepted yet. {@code urgency}: LOW, NORMAL, HIGH or URGENT. */
public record PendingHandoffDto(Instant at, String from, String to, String urgency, String note,
                                CallbackDto callback, String extension) {
}
