package ca.relais.client.ui.inbox;

import ca.relais.client.sync.InboxRequest;
import ca.relais.domain.RequestStatus;
import java.time.Instant;

/**
 * Where a request stands against its due time. The server says it ({@code sla_state}); a request known only from the
 * cache is judged by its due time alone.
 */
public enum SlaMark {
    ON_TIME, AT_RISK, OVERDUE, PAUSED, NONE;

    public static SlaMark of(InboxRequest item, Instant now) {
        if (item.slaState() != null) {
            try {
                return valueOf(item.slaState());
            } catch (IllegalArgumentException e) {
                return NONE;
            }
        }
        RequestStatus status = InboxRules.status(item);
        if (status == null || !status.isOpen() || item.request().dueAt() == null) {
            return NONE;
        }
        if (status == RequestStatus.WAITING) {
            return PAUSED;
        }
        return item.request().dueAt().isBefore(now) ? OVERDUE : ON_TIME;
    }

    /** Marks that need the reader's attention. */
    public boolean isWarning() {
        return this == AT_RISK || this == OVERDUE;
    }
}
