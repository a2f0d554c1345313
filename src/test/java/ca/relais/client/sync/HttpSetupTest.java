package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.config.TrustStores;
import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workstation's HTTP client through a proxy and with a private certificate authority, on real servers. */
class HttpSetupTest {
    @TempDir
    Path dir;

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        OkHttpClient upstream = new OkHttpClient();
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.NONE));
             MockWebServer proxy = new MockWebServer()) {
            proxy.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    seen.add(request.getRequestLine());
                    String target = request.getRequestLine().split(" ")[1];
                    try (Response r = upstream.newCall(new Request.Builder().url(target).build()).execute()) {
                        return new MockResponse().setResponseCode(r.code()).setBody(r.body().string());
                    } catch (java.io.IOException e) {
                        return new MockResponse().setResponseCode(502);
                    }
                }
            });
            proxy.start(java.net.InetAddress.getLoopbackAddress(), 0);
            RelaisApi api = new RelaisApi(List.of(URI.create(server.baseUrl())),
                    new HttpSetup(new HttpSetup.Proxy("127.0.0.1", proxy.getPort()), null));
            assertThat(api.isHealthy()).isTrue();
            assertThat(seen).as("the proxy received the absolute URL").containsExactly(
                    "GET " + server.baseUrl() + "/health HTTP/1.1");
        }
    }

    @Test
    void aPrivateAuthorityIsTrustedOnlyWithItsTrustStore() throws Exception {
        Path keystore = TrustStores.serverKeystore(dir);
        Path trust = TrustStores.create(dir, "trust-pass");
        ServerConfig config = ServerConfig.local(dir.resolve("server"), ServerConfig.Seed.NONE)
                .withTls(new ServerConfig.Tls(keystore, "server-pass"));
        try (RelaisServer server = RelaisServer.start(config)) {
            URI url = URI.create(server.baseUrl());
            assertThat(url.getScheme()).isEqualTo("https");
            assertThat(new RelaisApi(List.of(url), HttpSetup.DIRECT).isHealthy())
                    .as("the JDK's authorities do not know the city's CA").isFalse();
            HttpSetup withCa = new HttpSetup(null, new HttpSetup.TrustStore(trust, "trust-pass".toCharArray()));
            assertThat(new RelaisApi(List.of(url), withCa).isHealthy()).isTrue();
        }
    }
}
