package ca.relais.api;

import java.time.Instant;

/** One audit-log entry: who did what to which entity, when and from which address. */
public record AuditEntryDto(long id, Instant at, String actor, String action, String entity, String entityId,
                            String remoteAddr, String detail) {
}
