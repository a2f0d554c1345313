package ca.relais.client.store;

import ca.relais.domain.PasswordHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one slow derivation of a sign-in: PBKDF2-HMAC-SHA256 (600,000 iterations) of the password with the salt kept
 * beside the cache. It is the cache's AES key, as it always was (so existing caches open unchanged), and the offline
 * verifier is an HMAC of it under its own label: checking a password offline and opening the cache cost one
 * derivation together, not two.
 */
public final class CacheKey {
    static final String VERIFIER_PREFIX = "cache-key-hmac-sha256";
    private static final byte[] VERIFIER_LABEL = "relais offline verifier v2".getBytes(StandardCharsets.US_ASCII);
    private final byte[] key;

    private CacheKey(byte[] key) {
        this.key = key;
    }

    /** Derives the key of {@code username}'s cache, creating its folder and salt on first use. */
    public static CacheKey derive(Path dataDir, String username, char[] password) {
        return derive(LocalStore.folder(dataDir, username), password);
    }

    static CacheKey derive(Path folder, char[] password) {
        try {
            Files.createDirectories(folder);
            byte[] salt = readOrCreateSalt(folder.resolve("cache.salt"));
            return new CacheKey(PasswordHash.derive(password, salt, LocalStore.KEY_ITERATIONS, 256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    private static byte[] readOrCreateSalt(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        byte[] salt = PasswordHash.randomSalt();
        Files.write(file, salt);
        return salt;
    }

    byte[] bytes() {
        return key.clone();
    }

    /** The stored form of the offline verifier: {@code cache-key-hmac-sha256$ITERATIONS$HMAC}. */
    String verifier() {
        return VERIFIER_PREFIX + "$" + LocalStore.KEY_ITERATIONS + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(hmac());
    }

    /** Whether a stored verifier of this form was made from this key, in constant time. */
    boolean matches(String stored) {
        return MessageDigest.isEqual(verifier().getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(VERIFIER_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
