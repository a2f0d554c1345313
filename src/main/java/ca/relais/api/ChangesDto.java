package ca.relais.api;

import java.util.List;

/** A page of the pull feed, the opaque cursor to continue from, and about how many entries remain after it. */
public record ChangesDto(List<ChangeDto> changes, String cursor, boolean hasMore, long remaining) {
}
