package ca.relais.domain;

import java.time.Duration;
import java.time.Instant;

/** Where a request stands against its service target. */
public enum SlaState {
    ON_TIME, AT_RISK, OVERDUE, PAUSED, NONE;

    /** A request is at risk when it falls due within this time. */
    public static final Duration AT_RISK_WITHIN = Duration.ofHours(4);

    /**
     * The state of a request at {@code now}: {@code NONE} when finished or without a target, {@code PAUSED} while
     * waiting on the citizen.
     */
    public static SlaState of(RequestStatus status, Instant dueAt, Instant pausedAt, Instant now) {
        if (!status.isOpen()) {
            return NONE;
        }
        if (pausedAt != null) {
            return PAUSED;
        }
        if (dueAt == null) {
            return NONE;
        }
        if (!now.isBefore(dueAt)) {
            return OVERDUE;
        }
        return now.plus(AT_RISK_WITHIN).isBefore(dueAt) ? ON_TIME : AT_RISK;
    }
}
