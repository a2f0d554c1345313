package ca.relais.client.store;

import ca.relais.domain.PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A slow-KDF verifier of the user's password, kept beside the cache, so that an agent who signed in here before can
 * sign in again while the server is unreachable. Written as an HMAC of the cache key ({@link CacheKey}), which the
 * sign-in derives anyway; a verifier of the older form (its own PBKDF2 hash) is still accepted, and replaced by the
 * newer one after the next successful sign-in.
 */
public final class OfflineVerifier {
    private OfflineVerifier() {
    }

    private static Path file(Path dataDir, String username) {
        return LocalStore.folder(dataDir, username).resolve("verifier");
    }

    /** Writes the verifier of this key, unless the file already holds it: no password hashing here. */
    public static void remember(Path dataDir, String username, CacheKey key) {
        Path f = file(dataDir, username);
        String verifier = key.verifier();
        try {
            if (Files.isRegularFile(f) && Files.readString(f, StandardCharsets.US_ASCII).strip().equals(verifier)) {
                return;
            }
            SmallFiles.replace(f, verifier);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean known(Path dataDir, String username) {
        return LocalStore.isSafeName(username) && Files.isRegularFile(file(dataDir, username));
    }

    /**
     * Checks the password offline. A current verifier is checked against the cache key ({@code key} is asked for
     * only then: the caller derives it once and opens the cache with it too); an older one by its own hash.
     */
    public static boolean verify(Path dataDir, String username, char[] password, Supplier<CacheKey> key) {
        if (!known(dataDir, username)) {
            return false;
        }
        String stored;
        try {
            stored = Files.readString(file(dataDir, username), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return false;
        }
        if (stored.startsWith(CacheKey.VERIFIER_PREFIX + "$")) {
            return key.get().matches(stored);
        }
        return PasswordHash.verify(password, stored);
    }

    public static boolean verify(Path dataDir, String username, char[] password) {
        return verify(dataDir, username, password, () -> CacheKey.derive(dataDir, username, password));
    }
}
