package ca.relais.client.ui.call;

import ca.relais.api.Json;
import ca.relais.api.Problem;
import ca.relais.client.store.OutboxEntry;
import ca.relais.client.ui.common.UserMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request the server refused, still waiting in the outbox with everything the agent typed, to be corrected and sent
 * again under the same id.
 */
public record RejectedCapture(long mutationId, UUID requestId, ObjectNode body, Problem problem) {

    /** The outbox entry as a rejected capture, when it is a refused request creation. */
    static Optional<RejectedCapture> of(OutboxEntry entry) {
        if (entry.kind() != OutboxEntry.Kind.CREATE_REQUEST || entry.state() == OutboxEntry.State.PENDING) {
            return Optional.empty();
        }
        try {
            ObjectNode body = (ObjectNode) Json.mapper().readTree(entry.bodyJson());
            Problem problem = entry.problemJson() == null ? null
                    : Json.mapper().readValue(entry.problemJson(), Problem.class);
            return Optional.of(new RejectedCapture(entry.mutationId(), UUID.fromString(entry.entityId()), body,
                    problem));
        } catch (JsonProcessingException | ClassCastException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String reference() {
        return RequestCaptureViewModel.reference(requestId);
    }

    public String typeCode() {
        return body.path("type_code").asText(null);
    }

    public List<Problem.FieldError> errors() {
        return problem == null || problem.errors() == null ? List.of() : problem.errors();
    }

    /** Why it was refused, in the agent's words: the first field error the screen knows how to say, else the detail. */
    public UserMessage reason() {
        for (Problem.FieldError e : errors()) {
            if (e.code() != null) {
                return UserMessage.of("capture.rejected.field", UserMessage.of("field." + fieldFamily(e.field())),
                        UserMessage.of("validation." + e.code()));
            }
        }
        String detail = problem == null ? null : problem.detail() != null ? problem.detail() : problem.title();
        return UserMessage.of("capture.rejected.detail", detail == null ? "?" : detail);
    }

    /** "location.address_id" and "location" are both the location; "attributes.SIZE" is an attribute. */
    static String fieldFamily(String field) {
        String head = field == null ? "" : field.split("[.\\[]", 2)[0];
        return switch (head) {
            case "location", "attributes", "type_code", "nature", "channel", "caller_id", "description" -> head;
            default -> "other";
        };
    }
}
