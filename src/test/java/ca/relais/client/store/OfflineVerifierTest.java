package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.domain.PasswordHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline verifier as an HMAC of the cache key, and the older form it replaces (ADR 0020). */
class OfflineVerifierTest {
    private static final char[] PASSWORD = "relais-demo".toCharArray();
    private static final char[] WRONG = "not-my-password".toCharArray();

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("users/agent8000/verifier");
    }

    @Test
    void theVerifierIsAnHmacOfTheCacheKeyNotTheKeyAndNeedsNoSecondDerivation() throws Exception {
        CacheKey key = CacheKey.derive(dir, "agent8000", PASSWORD);
        OfflineVerifier.remember(dir, "agent8000", key);
        String stored = Files.readString(file());
        assertThat(stored).startsWith("cache-key-hmac-sha256$600000$");
        assertThat(stored).doesNotContain(java.util.Base64.getEncoder().withoutPadding().encodeToString(key.bytes()));

        AtomicInteger derivations = new AtomicInteger();
        assertThat(OfflineVerifier.verify(dir, "agent8000", PASSWORD, () -> {
            derivations.incrementAndGet();
            return key;
        })).isTrue();
        assertThat(derivations).hasValue(1);
        assertThat(OfflineVerifier.verify(dir, "agent8000", WRONG)).isFalse();
        assertThat(OfflineVerifier.verify(dir, "agent8000", PASSWORD)).isTrue();
    }

    @Test
    void theKeyThatOpensTheCacheIsTheOneTheVerifierChecks() throws Exception {
        CacheKey key = CacheKey.derive(dir, "agent8000", PASSWORD);
        try (LocalStore store = LocalStore.open(dir, "agent8000", key)) {
            store.putMeta(LocalStore.Meta.USER_JSON, "{}");
        }
        OfflineVerifier.remember(dir, "agent8000", key);
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            assertThat(store.meta(LocalStore.Meta.USER_JSON)).contains("{}");
        }
        assertThat(CacheKey.derive(dir, "agent8000", PASSWORD).matches(Files.readString(file()))).isTrue();
        assertThat(CacheKey.derive(dir, "agent8000", WRONG).matches(Files.readString(file()))).isFalse();
    }

    @Test
    void anOlderVerifierStillLetsTheAgentInAndIsReplacedAfterTheSignIn() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), PasswordHash.hash(PASSWORD));
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            store.putMeta(LocalStore.Meta.USER_JSON, "{}");
        }

        assertThat(OfflineVerifier.verify(dir, "agent8000", WRONG)).isFalse();
        assertThat(OfflineVerifier.verify(dir, "agent8000", PASSWORD)).isTrue();
        assertThat(Files.readString(file())).startsWith("pbkdf2-sha256$");

        OfflineVerifier.remember(dir, "agent8000", CacheKey.derive(dir, "agent8000", PASSWORD));
        assertThat(Files.readString(file())).startsWith("cache-key-hmac-sha256$");
        assertThat(OfflineVerifier.verify(dir, "agent8000", PASSWORD)).isTrue();
        assertThat(OfflineVerifier.verify(dir, "agent8000", WRONG)).isFalse();
        try (LocalStore store = LocalStore.open(dir, "agent8000", PASSWORD)) {
            assertThat(store.meta(LocalStore.Meta.USER_JSON)).contains("{}");
        }
    }
}
