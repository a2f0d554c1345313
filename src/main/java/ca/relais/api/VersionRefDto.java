package ca.relais.api;

import java.util.UUID;

/** A request and the version the client last saw (merge and bulk bodies). */
public record VersionRefDto(UUID id, long version) {
}
