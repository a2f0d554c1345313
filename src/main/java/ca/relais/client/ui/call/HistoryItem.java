package ca.relais.client.ui.call;

import ca.relais.api.EventDto;
import ca.relais.api.RequestDto;
import ca.relais.domain.EventKind;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.Visibility;
import java.util.List;

/**
 * One line of the caller's history: the request, its type's name, the latest handoff note and the latest public note
 * (when its story was read from the server), and the server's refusal when it was refused.
 */
public record HistoryItem(RequestDto request, LocalizedText typeName, EventDto latestHandoff,
                          EventDto latestPublicNote, RejectedCapture rejection) {

    static HistoryItem of(RequestDto request, LocalizedText typeName, List<EventDto> history,
                          RejectedCapture rejection) {
        EventDto handoff = null;
        EventDto publicNote = null;
        for (EventDto e : history) {
            if (EventKind.HANDOFF.name().equals(e.kind()) && e.text() != null && !e.text().isBlank()) {
                handoff = e;
            }
            if (Visibility.PUBLIC.name().equals(e.visibility()) && e.text() != null && !e.text().isBlank()) {
                publicNote = e;
            }
        }
        return new HistoryItem(request, typeName, handoff, publicNote, rejection);
    }

    /** The number the citizen was given: the server's, or the reference read out before it was known. */
    public String number() {
        return request.number() != null ? request.number() : RequestCaptureViewModel.reference(request.id());
    }
}
