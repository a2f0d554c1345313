package ca.relais.server;

import java.nio.file.Files;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The HTTPS connector used instead of plain HTTP when a keystore is given. */
final class TlsConnector {
    private TlsConnector() {
    }

    static ServerConnector create(Server server, HttpConfiguration http, ServerConfig config) {
        ServerConfig.Tls tls = config.tls();
        if (!Files.isReadable(tls.keystore())) {
            throw new IllegalArgumentException("Cannot read the TLS keystore " + tls.keystore());
        }
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStorePassword(tls.password());
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        http.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, ssl, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        return connector;
    }
}
