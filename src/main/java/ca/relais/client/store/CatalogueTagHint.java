package ca.relais.client.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The server's tag of the catalogue last stored in a user's cache, kept beside the cache in plain text, so that the
 * sign-in can ask for the catalogue "unless it is still this one" before the encrypted cache is open. The catalogue is
 * public service information; its tag says nothing about anyone. The cache's own copy of the tag decides whether a
 * "still current" answer can be trusted ({@link LocalCatalogue#etag()}).
 */
public final class CatalogueTagHint {
    private static final String SAFE_TAG = "\"[0-9a-f]{1,64}\"";

    private CatalogueTagHint() {
    }

    private static Path file(Path dataDir, String username) {
        return LocalStore.folder(dataDir, username).resolve("catalogue.etag");
    }

    public static Optional<String> read(Path dataDir, String username) {
        if (!LocalStore.isSafeName(username)) {
            return Optional.empty();
        }
        try {
            Path f = file(dataDir, username);
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.US_ASCII).strip())
                    .filter(t -> t.matches(SAFE_TAG)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Best effort: without the hint the next sign-in reads the whole catalogue, as it always did. */
    public static void write(Path dataDir, String username, String etag) {
        if (!LocalStore.isSafeName(username)) {
            return;
        }
        try {
            Path f = file(dataDir, username);
            if (etag == null || !etag.matches(SAFE_TAG)) {
                Files.deleteIfExists(f);
                return;
            }
            SmallFiles.replace(f, etag);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(CatalogueTagHint.class).debug("Catalogue tag not kept: {}",
                    e.getMessage());
        }
    }
}
