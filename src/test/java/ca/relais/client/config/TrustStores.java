package ca.relais.client.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Makes real key and trust stores with the JDK's keytool, for tests. */
public final class TrustStores {
    private TrustStores() {
    }

    /** A server key pair for 127.0.0.1 in {@code server.p12} (password {@code server-pass}). */
    public static Path serverKeystore(Path dir) throws Exception {
        Path keystore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "relais", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-keystore", keystore.toString(),
                "-storetype", "PKCS12", "-storepass", "server-pass");
        return keystore;
    }

    /** A trust store holding the certificate of {@link #serverKeystore}, with the given password. */
    public static Path create(Path dir, String password) throws Exception {
        Path keystore = dir.resolve("server.p12");
        if (!keystore.toFile().exists()) {
            serverKeystore(dir);
        }
        Path cert = dir.resolve("server.cer");
        keytool("-exportcert", "-alias", "relais", "-keystore", keystore.toString(), "-storepass", "server-pass",
                "-file", cert.toString());
        Path trust = dir.resolve("trust.p12");
        keytool("-importcert", "-noprompt", "-alias", "relais-ca", "-file", cert.toString(), "-keystore",
                trust.toString(), "-storetype", "PKCS12", "-storepass", password);
        return trust;
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + out);
        }
    }
}
