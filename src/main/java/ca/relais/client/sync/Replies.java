package ca.relais.client.sync;

import ca.relais.api.Json;
import ca.relais.api.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Reading the server's answers the same way in every REST client: refusals, problem details, JSON trees. */
final class Replies {
    private Replies() {
    }

    /** The reply itself, or its refusal (4xx) as an {@link ApiException} carrying the server's problem details. */
    static RelaisApi.Reply check(RelaisApi.Reply reply) throws ApiException {
        if (reply.status() >= 400) {
            throw new ApiException(reply.status(), problem(reply.body()));
        }
        return reply;
    }

    /** The RFC 9457 problem in a body, or null when there is none or it cannot be read. */
    static Problem problem(String body) {
        try {
            return body == null || body.isBlank() ? null : Json.mapper().readValue(body, Problem.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The body as a JSON tree (an empty object for an empty body); an unreadable one is a server fault. */
    static JsonNode tree(RelaisApi.Reply reply) throws ServerUnavailableException {
        try {
            return reply.body() == null || reply.body().isBlank() ? JsonNodeFactory.instance.objectNode()
                    : Json.mapper().readTree(reply.body());
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }
}
