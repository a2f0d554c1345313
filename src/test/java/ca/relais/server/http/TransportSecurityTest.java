package ca.relais.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.server.RelaisServer;
import ca.relais.server.ServerConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with the operator's keystore, and CORS closed by default. */
class TransportSecurityTest {
    @TempDir
    Path dir;

    @Test
    void servesHttpsWithTheGivenKeystore() throws Exception {
        Path keystore = dir.resolve("relais.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "relais", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "test-secret").redirectErrorStream(true).start();
        keytool.getInputStream().readAllBytes();
        assertThat(keytool.waitFor()).isZero();

        ServerConfig config = ServerConfig.local(dir.resolve("server"), ServerConfig.Seed.NONE)
                .withTls(new ServerConfig.Tls(keystore, "test-secret"));
        try (RelaisServer server = RelaisServer.start(config)) {
            assertThat(server.baseUrl()).startsWith("https://127.0.0.1:");
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "test-secret".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            OkHttpClient client = new OkHttpClient.Builder()
                    .sslSocketFactory(tls.getSocketFactory(), (X509TrustManager) tmf.getTrustManagers()[0]).build();
            try (Response response = client.newCall(new Request.Builder().url(server.baseUrl() + "/health").build())
                    .execute()) {
                assertThat(response.code()).isEqualTo(200);
                assertThat(response.body().string()).contains("UP");
            }
        }
    }

    @Test
    void corsIsClosedByDefault() throws Exception {
        try (RelaisServer server = RelaisServer.start(ServerConfig.local(dir, ServerConfig.Seed.NONE))) {
            OkHttpClient client = new OkHttpClient();
            Request preflight = new Request.Builder().url(server.baseUrl() + "/api/v1/session")
                    .method("OPTIONS", null).header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST").build();
            try (Response response = client.newCall(preflight).execute()) {
                assertThat(response.header("Access-Control-Allow-Origin")).isNull();
                assertThat(response.code()).isLessThan(500);
            }
            Request get = new Request.Builder().url(server.baseUrl() + "/health")
                    .header("Origin", "https://evil.example").build();
            try (Response response = client.newCall(get).execute()) {
                assertThat(response.header("Access-Control-Allow-Origin")).isNull();
            }
        }
    }
}
