package ca.relais.server.open311;

import ca.relais.server.RelaisServer;
import ca.relais.server.demo.DemoSeed;
import ca.relais.server.store.ApiKeyStore;
import ca.relais.support.TestServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One demo server on H2 shared by the Open311 test classes of a JVM, since seeding hashes six passwords. It also
 * holds an API key for the neighbouring town, {@value #NEIGHBOUR_KEY}.
 */
final class DemoServer {
    static final String NEIGHBOUR_KEY = "test-valdescedres-key";
    private static RelaisServer server;

    private DemoServer() {
    }

    static synchronized RelaisServer get() {
        if (server == null) {
            Path dir;
            try {
                dir = Files.createTempDirectory("relais-open311-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = TestServers.demoOnH2(dir);
            ApiKeyStore keys = new ApiKeyStore(server.database());
            server.database().inTransaction(c -> {
                keys.insert(c, NEIGHBOUR_KEY, DemoSeed.NEIGHBOUR, "Test portal of the neighbouring town");
                return null;
            });
            RelaisServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                delete(dir);
            }));
        }
        return server;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temporary folder stays behind
        }
    }
}
