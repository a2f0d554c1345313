package ca.relais.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failures for one account from one address within the window,
 * further attempts are refused until the window has passed.
 */
public final class LoginThrottle {
    static final int MAX_FAILURES = 5;
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant first) {
    }

    /** How long the caller must wait, if it is currently locked out. */
    public Optional<Duration> lockedFor(String username, String remoteAddr) {
        Failures f = failures.get(key(username, remoteAddr));
        if (f == null || f.count() < MAX_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), f.first().plus(WINDOW));
        if (left.isNegative() || left.isZero()) {
            failures.remove(key(username, remoteAddr));
            return Optional.empty();
        }
        return Optional.of(left);
    }

    public void recordFailure(String username, String remoteAddr) {
        Instant now = clock.instant();
        failures.merge(key(username, remoteAddr), new Failures(1, now), (old, one) ->
                old.first().plus(WINDOW).isBefore(now) ? one : new Failures(old.count() + 1, old.first()));
    }

    public void recordSuccess(String username, String remoteAddr) {
        failures.remove(key(username, remoteAddr));
    }

    private static String key(String username, String remoteAddr) {
        return username.toLowerCase(java.util.Locale.ROOT) + "|" + remoteAddr;
    }
}
