package ca.relais.client.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** Exponential backoff with jitter between retries of temporary failures: 0.5 s, 1 s, 2 s … up to 30 s, ±50 %. */
public final class Backoff {
    private static final long BASE_MILLIS = 500;
    private static final long MAX_MILLIS = 30_000;
    private final RandomGenerator random;
    private int failures;

    public Backoff(RandomGenerator random) {
        this.random = random;
    }

    public Duration next() {
        long ceiling = Math.min(MAX_MILLIS, BASE_MILLIS << Math.min(failures, 16));
        failures++;
        double jitter = 0.5 + random.nextDouble();
        return Duration.ofMillis((long) (ceiling * jitter));
    }

    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
