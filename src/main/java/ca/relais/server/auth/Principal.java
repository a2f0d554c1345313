package ca.relais.server.auth;

import ca.relais.domain.Role;
import ca.relais.domain.User;

/** The signed-in user behind a request, with the token they used. */
public record Principal(User user, String jurisdictionId, String token) {
    public boolean has(Role role) {
        return user.hasRole(role);
    }

    public String username() {
        return user.username();
    }
}
