package ca.relais.client.ui.inbox;

import ca.relais.api.EventDto;
import ca.relais.api.RequestDto;
import java.util.List;
import java.util.UUID;

/** What the workstation's cache knows of a department's queue, shown when the server cannot be reached. */
public interface InboxCache {
    /** The department's open requests as last synchronised. */
    List<RequestDto> queue(String department);

    /** A request's history as last read from the server; empty when never read. */
    List<EventDto> history(UUID id);
}
