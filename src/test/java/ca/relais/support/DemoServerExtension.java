package ca.relais.support;

import ca.relais.server.RelaisServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real demo server on a fresh H2 file for one test class, reached over HTTP:
 * {@code @RegisterExtension static final DemoServerExtension demo = new DemoServerExtension();}.
 */
public final class DemoServerExtension implements BeforeAllCallback, AfterAllCallback {
    public static final String PASSWORD = "relais-demo";
    private Path dir;
    private RelaisServer server;
    private Http http;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("relais-demo-server-");
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public RelaisServer server() {
        return server;
    }

    public Http http() {
        return http;
    }

    /** A bearer token for a demo user. */
    public String login(String username) {
        return http.login(username, PASSWORD);
    }
}
