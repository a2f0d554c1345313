package ca.relais.server.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Filters of {@code GET /api/v1/requests}; null means "any". */
public record RequestFilter(UUID caller, List<String> statuses, String department, String type, Double nearLat,
                            Double nearLon, Double nearMetres, Instant createdSince, String number, String reference) {
    public RequestFilter(UUID caller, List<String> statuses, String department, String type, Double nearLat,
                         Double nearLon, Double nearMetres, Instant createdSince, String number) {
        this(caller, statuses, department, type, nearLat, nearLon, nearMetres, createdSince, number, null);
    }

    public static RequestFilter none() {
        return new RequestFilter(null, List.of(), null, null, null, null, null, null, null, null);
    }
}
