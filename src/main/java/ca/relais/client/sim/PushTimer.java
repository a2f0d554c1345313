package ca.relais.client.sim;

import java.io.IOException;
import java.util.Arrays;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Times every push round trip (a write carrying an {@code Idempotency-Key}), from sending to the whole answer read. */
final class PushTimer implements Interceptor {
    private long[] samples = new long[1024];
    private int size;

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.request().header("Idempotency-Key") == null) {
            return chain.proceed(chain.request());
        }
        long start = System.nanoTime();
        Response response = chain.proceed(chain.request());
        response.peekBody(Long.MAX_VALUE);
        record(System.nanoTime() - start);
        return response;
    }

    private synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** Nearest-rank percentile in milliseconds, or null without samples. */
    synchronized Double percentileMillis(double p) {
        if (size == 0) {
            return null;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }
}
