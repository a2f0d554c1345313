package ca.relais.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** One entry of a request's history. */
public record EventDto(long id, Instant at, String author, String kind, String visibility, String text,
                       JsonNode data) {
}
