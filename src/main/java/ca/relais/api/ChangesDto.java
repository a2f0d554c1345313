package ca.relais.api;

import java.util.List;

/** A page of the pull feed and the opaque cursor to continue from. */
public record ChangesDto(List<ChangeDto> changes, String cursor, boolean hasMore) {
}
