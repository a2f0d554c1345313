package ca.relais.server.open311;

import java.util.List;

/** Ends an Open311 call with the specification's error list: one {@code {code, description}} per problem. */
final class Open311Exception extends RuntimeException {
    private final int status;
    private final transient List<String> descriptions;

    Open311Exception(int status, List<String> descriptions) {
        super(String.join("; ", descriptions));
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(400, List.of(description));
    }

    static Open311Exception forbidden(String description) {
        return new Open311Exception(403, List.of(description));
    }

    static Open311Exception notFound(String description) {
        return new Open311Exception(404, List.of(description));
    }

    int status() {
        return status;
    }

    List<String> descriptions() {
        return descriptions;
    }
}
