package ca.relais.server.http;

import ca.relais.server.auth.Principal;
import ca.relais.server.store.SessionStore;
import ca.relais.server.store.UserStore;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Set;

/** Checks the bearer token and the route's roles before every matched {@code /api/v1} handler. */
public final class Authentication {
    private static final String PRINCIPAL = "relais.principal";
    private final SessionStore sessions;
    private final UserStore users;

    public Authentication(SessionStore sessions, UserStore users) {
        this.sessions = sessions;
        this.users = users;
    }

    public void check(Context ctx) {
        Set<RouteRole> allowed = ctx.routeRoles();
        if (allowed.contains(Access.ANYONE) || !ctx.path().startsWith("/api/")) {
            return;
        }
        Principal principal = authenticate(ctx);
        ctx.attribute(PRINCIPAL, principal);
        boolean permitted = allowed.stream()
                .map(Access.class::cast)
                .anyMatch(a -> a.role() != null && principal.has(a.role()));
        if (!permitted) {
            throw ProblemException.forbidden("Your role may not " + ctx.method() + " " + ctx.matchedPath()
                    + ". Allowed: " + Arrays.toString(allowed.toArray()));
        }
    }

    private Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ProblemException.unauthorized("Send Authorization: Bearer TOKEN (POST /api/v1/session gives one).");
        }
        String token = header.substring(7).trim();
        String username = sessions.resolve(token)
                .orElseThrow(() -> ProblemException.unauthorized("The token is unknown, expired or signed out."));
        UserStore.StoredUser stored = users.find(username)
                .filter(u -> !u.disabled())
                .orElseThrow(() -> ProblemException.unauthorized("This account is disabled."));
        return new Principal(stored.user(), stored.jurisdictionId(), token);
    }

    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw ProblemException.unauthorized("Not signed in.");
        }
        return p;
    }
}
