package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalWrites;
import ca.relais.client.store.Outbox;
import ca.relais.client.sync.RequestDetails;
import ca.relais.client.sync.WorkstationSession;
import ca.relais.domain.Channel;
import ca.relais.domain.PhoneLine;
import java.time.Clock;

/**
 * What capturing a call needs: the cached catalogue, the local mirror, writes and outbox, the requests' stories from
 * the server, who is capturing and on which line, and a way to ask the sync engine to push soon.
 */
public record CaptureContext(CatalogueDto catalogue, LocalMirror mirror, LocalWrites writes, Outbox outbox,
                             RequestDetails details, String username, String lineCode, Channel defaultChannel,
                             Runnable requestSync, Clock clock) {

    /** Everything from a signed-in session. */
    public static CaptureContext of(WorkstationSession session, Clock clock) {
        LocalMirror mirror = new LocalMirror(session.store());
        String line = session.user().line();
        return new CaptureContext(new LocalCatalogue(session.store()).catalogue(), mirror,
                new LocalWrites(session.store()), new Outbox(session.store()),
                new RequestDetails(session.api(), session.sync()::token, mirror), session.user().username(), line,
                PhoneLine.fromCode(line == null ? "none" : line).defaultChannel().orElse(null), session.sync()::requestSync, clock);
    }
}
