package ca.relais.server.requests;

import ca.relais.api.CatalogueDto;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.Nature;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaCalendar;
import ca.relais.domain.SlaClock;
import ca.relais.server.store.RequestRow;
import java.time.Instant;

/** Applies the service clock to a request being changed: pause while WAITING, resume after, restart on reopen. */
final class SlaClocks {
    private SlaClocks() {
    }

    /** When the target of a request of {@code type} captured at {@code start} falls due; null without target. */
    static Instant dueAt(String nature, CatalogueDto.ServiceDto type, Instant start) {
        if (Nature.INFORMATION.name().equals(nature)) {
            return null;
        }
        return CityCalendar.dueAt(start, type.slaHours(), calendar(type));
    }

    static void onStatusChange(RequestRow.Builder b, RequestStatus from, RequestStatus to,
                               CatalogueDto.ServiceDto type, Instant now) {
        if (to == RequestStatus.WAITING && b.slaPausedAt == null) {
            if (b.dueAt != null) {
                b.slaRemainingMinutes = SlaClock.remainingMinutes(b.dueAt, now, calendar(type));
                b.slaPausedAt = now;
                b.dueAt = null;
            }
        } else if (to != RequestStatus.WAITING && b.slaPausedAt != null) {
            long remaining = b.slaRemainingMinutes == null ? 0 : b.slaRemainingMinutes;
            b.dueAt = SlaClock.resume(now, remaining, calendar(type));
            b.slaPausedAt = null;
            b.slaRemainingMinutes = null;
        }
    }

    /** Reopening: the full target again from now. */
    static void restart(RequestRow.Builder b, String nature, CatalogueDto.ServiceDto type, Instant now) {
        b.dueAt = dueAt(nature, type, now);
        b.slaPausedAt = null;
        b.slaRemainingMinutes = null;
    }

    private static SlaCalendar calendar(CatalogueDto.ServiceDto type) {
        return SlaCalendar.valueOf(type.slaCalendar());
    }
}
