package ca.relais.domain;

import java.util.EnumSet;
import java.util.Set;

/** Life cycle of a request, with the moves a person may make. */
public enum RequestStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, CLOSED, DUPLICATE, CANCELLED;

    public boolean isOpen() {
        return this == NEW || this == ASSIGNED || this == IN_PROGRESS || this == WAITING;
    }

    /** Statuses that end the work and need a resolution. */
    public boolean needsResolution() {
        return this == RESOLVED || this == CLOSED;
    }

    /** Where a person may move a request from this status. Reopening goes back to {@code IN_PROGRESS}. */
    public Set<RequestStatus> nextStatuses() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING, RESOLVED, CLOSED, DUPLICATE, CANCELLED);
            case ASSIGNED -> EnumSet.of(NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED, DUPLICATE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, WAITING, RESOLVED, CLOSED, DUPLICATE, CANCELLED);
            case WAITING -> EnumSet.of(ASSIGNED, IN_PROGRESS, RESOLVED, CLOSED, DUPLICATE, CANCELLED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED, DUPLICATE, CANCELLED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(RequestStatus next) {
        return next == this || nextStatuses().contains(next);
    }

    /** A move from a finished status back to work. */
    public boolean isReopenedBy(RequestStatus next) {
        return !isOpen() && next.isOpen();
    }
}
