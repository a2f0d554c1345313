package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalWrites;
import ca.relais.domain.Channel;
import java.time.Clock;

/**
 * What capturing a call needs: the cached catalogue, the local mirror and writes, who is capturing and on which
 * line, and a way to ask the sync engine to push soon.
 */
public record CaptureContext(CatalogueDto catalogue, LocalMirror mirror, LocalWrites writes, String username,
                             String lineCode, Channel defaultChannel, Runnable requestSync, Clock clock) {
}
