package ca.relais.bench;

import ca.relais.api.AddressDto;
import ca.relais.api.CallerDto;
import ca.relais.api.ChangeDto;
import ca.relais.api.Json;
import ca.relais.client.store.LocalMirror;
import ca.relais.client.store.LocalStore;
import ca.relais.domain.TextFolding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Caller lookups in a workstation cache holding 250,000 callers (written through the mirror, as a pull would):
 * p99 by phone fragment and by name fragment without accents (after one warm-up pass over the same queries), and
 * the heap the client uses meanwhile; then, after reopening the cache, how long the first lookups take while the
 * index is being built (they read the cache directly, ADR 0020) and how long the build takes.
 */
public final class LookupBenchmark {
    static final int CALLERS = 250_000;
    static final int ADDRESSES = 20_000;
    private static final int QUERIES = 1_000;

    private LookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("relais-bench-lookup");
        BenchData data = new BenchData(7);
        List<AddressDto> addresses = data.addresses(ADDRESSES);
        List<CallerDto> callers = data.callers(CALLERS, addresses);
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            LocalMirror mirror = new LocalMirror(store);
            long t0 = System.nanoTime();
            load(mirror, addresses, callers);
            System.out.printf("# %d callers and %d addresses written to the local cache in %.1f s%n", CALLERS,
                    ADDRESSES, (System.nanoTime() - t0) / 1e9);
            Random random = new Random(11);
            List<String> phones = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < QUERIES; i++) {
                CallerDto c = callers.get(random.nextInt(callers.size()));
                String digits = c.phones().get(0).substring(2);
                int len = 4 + random.nextInt(4);
                int from = random.nextInt(digits.length() - len + 1);
                phones.add(digits.substring(from, from + len));
                String name = TextFolding.fold(random.nextBoolean() ? c.lastName() : c.firstName() + " "
                        + c.lastName());
                names.add(name.substring(0, Math.min(name.length(), 3 + random.nextInt(6))));
            }
            callers = null;
            addresses = null;
            System.gc();
            store.awaitLookups();
            lookups(mirror, phones, null);
            lookups(mirror, names, null);
            long[] phoneSamples = new long[QUERIES];
            long[] nameSamples = new long[QUERIES];
            int[] found = new int[2];
            found[0] = lookups(mirror, phones, phoneSamples);
            found[1] = lookups(mirror, names, nameSamples);
            System.out.printf("# lookups returned %d callers for %d phone fragments and %d for %d name fragments%n",
                    found[0], QUERIES, found[1], QUERIES);
            Bench.line(System.out, "local_lookup_phone_p50", Bench.percentileMillis(phoneSamples, 0.50), "ms");
            Bench.line(System.out, "local_lookup_phone_p99", Bench.percentileMillis(phoneSamples, 0.99), "ms");
            Bench.line(System.out, "local_lookup_name_p50", Bench.percentileMillis(nameSamples, 0.50), "ms");
            Bench.line(System.out, "local_lookup_name_p99", Bench.percentileMillis(nameSamples, 0.99), "ms");
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(200);
            }
            mirror.searchCallers("tremblay", 20);
            Bench.line(System.out, "client_heap_mb", (rt.totalMemory() - rt.freeMemory()) / 1_048_576.0, "MB");
            System.out.printf("# cache file %.0f MB%n", Files.size(dir.resolve("users/agent8000/cache.mv.db"))
                    / 1_048_576.0);
        }
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            LocalMirror mirror = new LocalMirror(store);
            long start = System.nanoTime();
            int found = mirror.searchCallers("tremblay", 20).size() + mirror.searchCallers("5551", 20).size();
            Bench.line(System.out, "local_lookup_first_after_reopen_ms", (System.nanoTime() - start) / 2e6, "ms");
            store.awaitLookups();
            Bench.line(System.out, "local_lookup_index_build_s", (System.nanoTime() - start) / 1e9, "s");
            System.out.printf("# the first two lookups (read from the cache while the index builds) found %d%n",
                    found);
        }
        Bench.delete(dir);
    }

    private static int lookups(LocalMirror mirror, List<String> queries, long[] samples) {
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            found += mirror.searchCallers(queries.get(i), 20).size();
            if (samples != null) {
                samples[i] = System.nanoTime() - start;
            }
        }
        return found;
    }

    private static void load(LocalMirror mirror, List<AddressDto> addresses, List<CallerDto> callers) {
        List<ChangeDto> page = new ArrayList<>();
        int n = 0;
        for (AddressDto a : addresses) {
            page.add(new ChangeDto("address", a.id(), "upsert", 1, Json.mapper().valueToTree(a)));
            if (page.size() == 1_000) {
                mirror.apply(page, "a" + n++);
                page.clear();
            }
        }
        for (CallerDto c : callers) {
            page.add(new ChangeDto("caller", c.id().toString(), "upsert", 1, Json.mapper().valueToTree(c)));
            if (page.size() == 1_000) {
                mirror.apply(page, "c" + n++);
                page.clear();
            }
        }
        mirror.apply(page, "end");
    }
}
