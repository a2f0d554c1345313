package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import ca.relais.support.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audit log records the client's address from X-Forwarded-For only when a trusted proxy sent it. */
class ClientAddressTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "trusted proxy {0} → audited address {1}")
    @CsvSource({"127.0.0.1, 203.0.113.7", "10.9.9.9, 127.0.0.1"})
    void forwardedAddressesAreBelievedOnlyFromTrustedProxies(String trusted, String audited) {
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.DEMO)
                .withDemo(null, false)
                .withOperations(new ServerConfig.Operations(null, 24, Duration.ofDays(1), Set.of(trusted))))) {
            Http http = new Http(server.baseUrl());
            Http.Reply signIn = http.send("POST", "/api/v1/session", null,
                    "{\"username\":\"agent8000\",\"password\":\"relais-demo\"}",
                    Map.of("X-Forwarded-For", "198.51.100.1, 203.0.113.7"));
            assertThat(signIn.status()).isEqualTo(201);
            String admin = http.login("admin", "relais-demo");
            String trail = http.get("/api/v1/audit?actor=agent8000&limit=5", admin).body();
            assertThat(trail).contains("\"remote_addr\":\"" + audited + "\"");
            if (!audited.equals("203.0.113.7")) {
                assertThat(trail).doesNotContain("203.0.113.7");
            }
        }
    }
}
