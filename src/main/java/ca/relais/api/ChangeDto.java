package ca.relais.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of the pull feed: the current state of an entity ({@code op} {@code upsert}, with {@code data}), or a
 * tombstone ({@code op} {@code delete}, without data).
 */
public record ChangeDto(String entity, String id, String op, long version, JsonNode data) {
}
