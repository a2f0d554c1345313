package ca.relais.api;

import java.util.List;

/** Body of {@code POST /api/v1/requests/{id}/merge}: the duplicates folded into the master {id}. */
public record MergeDto(List<VersionRefDto> duplicates, String note) {
}
