package ca.relais.client.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * How the workstation reaches its servers: directly or through an HTTP proxy, trusting the JDK's certificate
 * authorities or those of a private trust store (a city's own CA).
 *
 * @param proxy      null to connect directly
 * @param trustStore null to trust the JDK's authorities
 */
public record HttpSetup(Proxy proxy, TrustStore trustStore) {
    public static final HttpSetup DIRECT = new HttpSetup(null, null);

    /** An HTTP proxy (CONNECT for HTTPS). */
    public record Proxy(String host, int port) {
        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** A PKCS#12 or JKS file of trusted certificates. */
    public record TrustStore(Path file, char[] password) {
        /** Reads the file, whatever its type (PKCS#12 or JKS). */
        public KeyStore load() throws IOException, GeneralSecurityException {
            return KeyStore.getInstance(file.toFile(), password);
        }

        @Override
        public String toString() {
            return "TrustStore[" + file + ", password " + (password == null ? "none" : "****") + "]";
        }
    }

    /** An OkHttp client with the workstation's timeouts, this proxy and these trusted authorities. */
    public OkHttpClient client() {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20))
                .writeTimeout(Duration.ofSeconds(20));
        if (proxy != null) {
            builder.proxy(new java.net.Proxy(java.net.Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
        }
        if (trustStore != null) {
            try {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(trustStore.load());
                X509TrustManager trust = onlyX509(factory.getTrustManagers());
                SSLContext tls = SSLContext.getInstance("TLS");
                tls.init(null, new TrustManager[] {trust}, null);
                builder.sslSocketFactory(tls.getSocketFactory(), trust);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot use the trust store " + trustStore.file() + ": "
                        + e.getMessage(), e);
            }
        }
        return builder.build();
    }

    private static X509TrustManager onlyX509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("no X.509 trust manager");
    }
}
