package ca.relais.client.store;

import ca.relais.domain.PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A slow-KDF verifier of the user's password, kept beside the cache, so that an agent who signed in here before can
 * sign in again while the server is unreachable.
 */
public final class OfflineVerifier {
    private OfflineVerifier() {
    }

    private static Path file(Path dataDir, String username) {
        return dataDir.resolve("users").resolve(username).resolve("verifier");
    }

    public static void remember(Path dataDir, String username, char[] password) {
        Path f = file(dataDir, username);
        try {
            Files.createDirectories(f.getParent());
            Files.writeString(f, PasswordHash.hash(password), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean known(Path dataDir, String username) {
        return username.matches("[A-Za-z0-9._-]{1,80}") && Files.isRegularFile(file(dataDir, username));
    }

    public static boolean verify(Path dataDir, String username, char[] password) {
        if (!known(dataDir, username)) {
            return false;
        }
        try {
            return PasswordHash.verify(password, Files.readString(file(dataDir, username)).strip());
        } catch (IOException e) {
            return false;
        }
    }
}
