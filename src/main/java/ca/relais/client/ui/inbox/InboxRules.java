package ca.relais.client.ui.inbox;

import ca.relais.client.sync.InboxRequest;
import ca.relais.domain.RequestStatus;
import ca.relais.domain.SlaState;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The inbox's rules on requests: order, filters, and which action fits which requests. */
public final class InboxRules {
    /** By due time, soonest first (no due time last), then oldest first. */
    public static final Comparator<InboxRequest> BY_DUE_TIME = Comparator
            .comparing((InboxRequest i) -> i.request().dueAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.request().createdAt(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.request().id());

    /** Settled requests: the most recently closed (or last changed) first, the ones a caller asks about again. */
    public static final Comparator<InboxRequest> LATEST_CLOSED_FIRST = Comparator
            .comparing((InboxRequest i) -> i.request().closedAt() != null ? i.request().closedAt()
                    : i.request().updatedAt(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(i -> i.request().id());

    /** The resolution codes the server knows, offered when resolving or closing. */
    public static final List<String> RESOLUTION_CODES = List.of("FIXED", "INFORMATION_GIVEN",
            "NOT_CITY_JURISDICTION", "NO_ACTION_REQUIRED", "DUPLICATE", "CANCELLED_BY_CITIZEN", "OTHER");

    private InboxRules() {
    }

    public static RequestStatus status(InboxRequest item) {
        try {
            return item.request().status() == null ? null : RequestStatus.valueOf(item.request().status());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static boolean isOpen(InboxRequest item) {
        RequestStatus s = status(item);
        return s != null && s.isOpen();
    }

    /**
     * Where a request stands against its due time: as the server said, or (for a request known only from the cache)
     * judged from its due time.
     */
    public static SlaState sla(InboxRequest item, Instant now) {
        if (item.slaState() != null) {
            try {
                return SlaState.valueOf(item.slaState());
            } catch (IllegalArgumentException e) {
                return SlaState.NONE;
            }
        }
        RequestStatus s = status(item);
        return s == null ? SlaState.NONE : SlaState.of(s, item.request().dueAt(), item.request().slaPausedAt(), now);
    }

    /** Handed to the department and not yet taken by anyone there. */
    public static boolean isUnaccepted(InboxRequest item) {
        return isOpen(item) && (item.pendingHandoff() != null || item.request().assignee() == null);
    }

    public static boolean matches(InboxViewModel.Filter filter, InboxRequest item, Instant now) {
        return switch (filter) {
            case ALL -> isOpen(item);
            case CLOSED -> !isOpen(item);
            case UNACCEPTED -> isUnaccepted(item);
            case AT_RISK -> sla(item, now) == SlaState.AT_RISK;
            case OVERDUE -> sla(item, now) == SlaState.OVERDUE;
        };
    }

    /** Accepting assigns to me: for open requests of which at least one is not mine yet. */
    public static boolean canAccept(List<InboxRequest> selected, String me) {
        return !selected.isEmpty() && selected.stream().allMatch(InboxRules::isOpen)
                && selected.stream().anyMatch(i -> !me.equals(i.request().assignee()) || i.pendingHandoff() != null);
    }

    public static boolean allOpen(List<InboxRequest> selected) {
        return !selected.isEmpty() && selected.stream().allMatch(InboxRules::isOpen);
    }

    /** Merging needs a master and at least one duplicate, all still open. */
    public static boolean canMerge(List<InboxRequest> selected) {
        return selected.size() >= 2 && allOpen(selected);
    }

    /** Reopening is for one finished request. */
    public static boolean canReopen(List<InboxRequest> selected) {
        return selected.size() == 1 && !isOpen(selected.get(0)) && status(selected.get(0)) != null;
    }

    /**
     * The statuses every selected request may move to: duplicates are made by merging and reopening has its own
     * action, so neither is offered here.
     */
    public static List<RequestStatus> nextStatuses(List<InboxRequest> selected) {
        if (!allOpen(selected)) {
            return List.of();
        }
        Set<RequestStatus> common = EnumSet.allOf(RequestStatus.class);
        for (InboxRequest i : selected) {
            Set<RequestStatus> next = EnumSet.copyOf(status(i).nextStatuses());
            next.remove(status(i));
            common.retainAll(next);
        }
        common.remove(RequestStatus.DUPLICATE);
        return List.copyOf(common);
    }
}
