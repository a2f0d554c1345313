package ca.relais.api;

import java.time.Instant;

/** Answer to a successful sign-in. */
public record SessionResponse(String token, Instant expiresAt, UserDto user) {
    @Override
    public String toString() {
        return "SessionResponse[token=***, expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
