package ca.relais.server.demo;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** The seeded source of every demo choice: the same seed always gives the same city. */
final class Dice {
    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one part of the city can change without reshuffling the others. */
    Dice split() {
        return new Dice(random.split());
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** An integer in {@code [lo, hi]}. */
    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    long between(long lo, long hi) {
        return random.nextLong(lo, hi + 1);
    }

    double uniform(double lo, double hi) {
        return lo + random.nextDouble() * (hi - lo);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** An index drawn with the given weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** An index into a list, favouring its first items as people favour the first choices of a form. */
    int skewed(int size) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / Math.sqrt(i + 1);
        }
        return weighted(weights);
    }

    /** A version 7 UUID for something created at {@code at}: ids sort as their rows were created. */
    UUID uuidAt(Instant at) {
        long msb = (at.toEpochMilli() << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** A version 4 UUID drawn from the seed. */
    UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
