package ca.relais.server.http;

import ca.relais.server.auth.Principal;
import ca.relais.server.store.SessionStore;
import ca.relais.server.store.UserStore;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/** Checks the bearer token and the route's roles before every matched {@code /api/v1} handler. */
public final class Authentication {
    private static final String PRINCIPAL = "relais.principal";
    /** How long a checked token is trusted without asking the database again (sign-out here is immediate). */
    static final Duration CACHE_FOR = Duration.ofSeconds(10);
    private final SessionStore sessions;
    private final UserStore users;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Principal principal, long checkedAtNanos) {
    }

    public Authentication(SessionStore sessions, UserStore users) {
        this.sessions = sessions;
        this.users = users;
    }

    /** Forgets a token at once, on sign-out. */
    public void forget(String token) {
        cache.remove(token);
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

    /** The signed-in person behind the request's bearer token; 401 when there is none. */
    public Principal authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ProblemException.unauthorized("Send Authorization: Bearer TOKEN (POST /api/v1/session gives one).");
        }
        String token = header.substring(7).trim();
        Cached cached = cache.get(token);
        if (cached != null && System.nanoTime() - cached.checkedAtNanos() < CACHE_FOR.toNanos()) {
            return cached.principal();
        }
        if (cache.size() > 10_000) {
            cache.clear();
        }
        String username = sessions.resolve(token)
                .orElseThrow(() -> ProblemException.unauthorized("The token is unknown, expired or signed out."));
        UserStore.StoredUser stored = users.find(username)
                .filter(u -> !u.disabled())
                .orElseThrow(() -> ProblemException.unauthorized("This account is disabled."));
        Principal principal = new Principal(stored.user(), stored.jurisdictionId(), token);
        cache.put(token, new Cached(principal, System.nanoTime()));
        return principal;
    }

    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw ProblemException.unauthorized("Not signed in.");
        }
        return p;
    }
}
