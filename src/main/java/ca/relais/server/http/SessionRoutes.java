package ca.relais.server.http;

import ca.relais.api.ApiPaths;
import ca.relais.api.Problem;
import ca.relais.api.SessionRequest;
import ca.relais.api.SessionResponse;
import ca.relais.api.UserDto;
import ca.relais.domain.PasswordHash;
import ca.relais.domain.Role;
import ca.relais.domain.User;
import ca.relais.server.auth.LoginThrottle;
import ca.relais.server.auth.Principal;
import ca.relais.server.store.AuditLog;
import ca.relais.server.store.SessionStore;
import ca.relais.server.store.UserStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sign-in and sign-out. */
public final class SessionRoutes {
    /** Verified against when the user does not exist, so timing does not reveal which usernames exist. */
    /** Not a real hash: deriving one here cost a full PBKDF2 at every server start (ADR 0020). */
    private static final String DUMMY_HASH = PasswordHash.unmatchable();

    private final UserStore users;
    private final SessionStore sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Authentication authentication;
    private final java.util.function.Consumer<Principal> onSignOut;

    public SessionRoutes(UserStore users, SessionStore sessions, LoginThrottle throttle, AuditLog audit,
                         Authentication authentication) {
        this(users, sessions, throttle, audit, authentication, p -> { });
    }

    public SessionRoutes(UserStore users, SessionStore sessions, LoginThrottle throttle, AuditLog audit,
                         Authentication authentication, java.util.function.Consumer<Principal> onSignOut) {
        this.onSignOut = onSignOut;
        this.authentication = authentication;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
    }

    public void register(Javalin app) {
        app.post(ApiPaths.SESSION, this::signIn, Access.ANYONE);
        app.delete(ApiPaths.SESSION, this::signOut, Access.SIGNED_IN);
        app.get(ApiPaths.SESSION, this::current, Access.SIGNED_IN);
    }

    private void signIn(Context ctx) {
        SessionRequest body = ctx.bodyAsClass(SessionRequest.class);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            errors.add(new Problem.FieldError("username", "required"));
        }
        if (body == null || body.password() == null || body.password().isEmpty()) {
            errors.add(new Problem.FieldError("password", "required"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "validation", "Validation failed", "username and password are required.",
                    errors);
        }
        String username = body.username().trim();
        String ip = ctx.ip();
        Duration wait = throttle.lockedFor(username, ip).orElse(null);
        if (wait != null) {
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            throw new ProblemException(429, "login-throttled", "Too many failed sign-ins",
                    "Too many failed attempts for this account. Try again in " + (wait.toMinutes() + 1)
                            + " minutes.", null);
        }
        UserStore.StoredUser stored = users.find(username).orElse(null);
        boolean ok = PasswordHash.verify(body.password().toCharArray(),
                stored == null ? DUMMY_HASH : stored.passwordHash());
        if (stored == null || !ok || stored.disabled()) {
            throttle.recordFailure(username, ip);
            audit.append(new AuditLog.Entry(username, "LOGIN_FAILED", "session", null, ip, null));
            throw new ProblemException(401, "invalid-credentials", "Invalid credentials",
                    "The username or the password is wrong.", null);
        }
        throttle.recordSuccess(username, ip);
        SessionStore.Issued issued = sessions.issue(stored.user().username(), ip);
        audit.append(new AuditLog.Entry(username, "LOGIN", "session", null, ip, null));
        ctx.status(201).json(new SessionResponse(issued.token(), issued.expiresAt(), toDto(stored.user())));
    }

    private void signOut(Context ctx) {
        Principal p = Authentication.principal(ctx);
        sessions.revoke(p.token());
        authentication.forget(p.token());
        onSignOut.accept(p);
        audit.append(new AuditLog.Entry(p.username(), "LOGOUT", "session", null, ctx.ip(), null));
        ctx.status(204);
    }

    private void current(Context ctx) {
        ctx.json(toDto(Authentication.principal(ctx).user()));
    }

    static UserDto toDto(User user) {
        return new UserDto(user.username(), user.displayName(),
                user.roles().stream().map(Role::wireName).sorted().toList(), user.department(), user.line().code());
    }
}
