package ca.relais.client.sync;

import static ca.relais.client.sync.Replies.check;
import static ca.relais.client.sync.Replies.problem;

import ca.relais.api.ApiPaths;
import ca.relais.api.CatalogueDto;
import ca.relais.api.Json;
import ca.relais.api.RoutingRuleDto;
import ca.relais.api.RoutingRulesDto;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The administrators' routing-rules calls: read the current version, save a new one with {@code If-Match}. A refusal
 * (412 when someone saved meanwhile, 422 with the invalid fields) is an {@link ApiException}.
 */
public final class RoutingClient {
    private final RelaisApi api;
    private final Supplier<String> token;

    public RoutingClient(RelaisApi api, Supplier<String> token) {
        this.api = api;
        this.token = token;
    }

    public RoutingRulesDto rules() throws ApiException, ServerUnavailableException {
        return read(check(api.send("GET", ApiPaths.ROUTING_RULES, token.get(), null, Map.of())));
    }

    /** The catalogue, for the choices of types, groups, departments and boroughs. */
    public CatalogueDto catalogue() throws ApiException, ServerUnavailableException {
        return api.catalogue(token.get());
    }

    /** Stores the rules as the version after {@code version}; answers the stored version. */
    public RoutingRulesDto save(long version, List<RoutingRuleDto> rules)
            throws ApiException, ServerUnavailableException {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("rules", Json.mapper().valueToTree(rules));
        return read(check(api.send("PUT", ApiPaths.ROUTING_RULES, token.get(), body.toString(),
                Map.of("If-Match", "\"" + version + "\""))));
    }



    private static RoutingRulesDto read(RelaisApi.Reply reply) throws ServerUnavailableException {
        try {
            return Json.mapper().readValue(reply.body(), RoutingRulesDto.class);
        } catch (JsonProcessingException e) {
            throw new ServerUnavailableException("Unreadable answer", e);
        }
    }
}
