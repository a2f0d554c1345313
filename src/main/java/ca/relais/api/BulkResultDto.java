package ca.relais.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/** Answer of {@code POST /api/v1/requests/bulk}: one result per item, in the order sent. */
public record BulkResultDto(List<Item> results) {

    /** {@code status} is the HTTP status the single action would have answered (200, 403, 404, 412, 422). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(UUID id, int status, Long version, Problem problem) {
    }
}
