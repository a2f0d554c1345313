package ca.relais.api;

import java.time.Instant;

/** {@code POST /api/v1/presence}: the state a workstation reports, {@code AVAILABLE}, {@code ON_CALL} or {@code AWAY}.
 * The answer echoes it with the server's time. */
public record PresenceDto(String state, Instant at) {
    public static final String AVAILABLE = "AVAILABLE";
    public static final String ON_CALL = "ON_CALL";
    public static final String AWAY = "AWAY";
}
