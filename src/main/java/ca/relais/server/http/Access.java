package ca.relais.server.http;

import ca.relais.domain.Role;
import io.javalin.security.RouteRole;

/** Who may call a route. Every {@code /api/v1} route names at least one of these. */
public enum Access implements RouteRole {
    ANYONE(null), AGENT(Role.AGENT), SECRETARIAT(Role.SECRETARIAT), SUPERVISOR(Role.SUPERVISOR),
    OMBUDSMAN(Role.OMBUDSMAN), ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /** Every signed-in role. */
    public static final Access[] SIGNED_IN = {AGENT, SECRETARIAT, SUPERVISOR, OMBUDSMAN, ADMIN};
}
