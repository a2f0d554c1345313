package ca.relais.server.requests;

import ca.relais.api.EventDto;
import ca.relais.api.LocationDto;
import ca.relais.api.RequestDto;
import ca.relais.server.store.RequestRow;
import java.util.List;
import java.util.UUID;

/** How a stored request is shown on the wire. */
public final class RequestViews {
    private RequestViews() {
    }

    public static RequestDto toDto(RequestRow r, List<UUID> linkedCallers, List<EventDto> history) {
        LocationDto location = r.addressId() == null && r.lat() == null && r.locationText() == null ? null
                : new LocationDto(r.addressId(), r.locationText(), r.lat(), r.lon(), r.borough());
        return new RequestDto(r.id(), r.number(), r.jurisdictionId(), r.typeCode(), r.nature(), r.channel(),
                r.callerId(), linkedCallers == null ? List.of() : linkedCallers, location, r.description(),
                r.attributes(), r.status(), r.department(), r.assignee(), r.priority(), r.kbArticleId(),
                r.parentId(), r.resolution(), r.createdBy(), r.createdAt(), r.updatedAt(), r.dueAt(), r.closedAt(),
                r.reopenedCount(), r.version(), history);
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
