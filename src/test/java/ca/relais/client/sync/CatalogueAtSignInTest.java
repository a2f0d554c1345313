package ca.relais.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.store.CatalogueTagHint;
import ca.relais.client.store.LocalCatalogue;
import ca.relais.client.store.LocalStore;
import ca.relais.server.RelaisServer;
import ca.relais.support.TestServers;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sign-in reads the catalogue only when the cache does not hold the server's current one. */
class CatalogueAtSignInTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static RelaisApi api;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir.resolve("server"));
        api = new RelaisApi(URI.create(server.baseUrl()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private WorkstationSession signIn(Path client) throws Exception {
        return new SignInService(api, client).signIn("agent8000", "relais-demo".toCharArray());
    }

    @Test
    void theCacheKeepsTheServersTagAndASecondSignInIsToldItsCopyIsCurrent() throws Exception {
        Path client = dir.resolve("client-current");
        String stored;
        java.time.Instant firstSynced;
        try (WorkstationSession first = signIn(client)) {
            stored = new LocalCatalogue(first.store()).etag().orElseThrow();
            firstSynced = java.time.Instant.parse(first.store().meta(LocalStore.Meta.CATALOGUE_SYNCED_AT).orElseThrow());
            assertThat(CatalogueTagHint.read(client, "agent8000")).hasValue(stored);
            assertThat(api.catalogue(first.sync().token(), stored).unchanged()).isTrue();
            assertThat(api.catalogue(first.sync().token(), "\"0000\"").catalogue().items())
                    .hasSizeGreaterThanOrEqualTo(60);
        }
        try (WorkstationSession again = signIn(client)) {
            assertThat(java.time.Instant.parse(again.store().meta(LocalStore.Meta.CATALOGUE_SYNCED_AT).orElseThrow()))
                    .as("confirmed current at the second sign-in").isAfter(firstSynced);
            assertThat(new LocalCatalogue(again.store()).catalogue().items()).hasSizeGreaterThanOrEqualTo(60);
            assertThat(new LocalCatalogue(again.store()).etag()).hasValue(stored);
        }
    }

    @Test
    void aHintThatTheCacheDoesNotBackIsNotTrusted() throws Exception {
        Path client = dir.resolve("client-stale");
        String current;
        try (WorkstationSession first = signIn(client)) {
            LocalCatalogue local = new LocalCatalogue(first.store());
            current = local.etag().orElseThrow();
            // A cache restored from elsewhere: another catalogue than the one the hint beside it names.
            local.replaceCatalogue(new ca.relais.api.CatalogueDto(local.catalogue().jurisdictionId(),
                    java.util.List.of(), null, 0, java.util.List.of(), java.util.List.of()), "\"0000\"");
        }
        assertThat(CatalogueTagHint.read(client, "agent8000")).hasValue(current);

        try (WorkstationSession again = signIn(client)) {
            LocalCatalogue local = new LocalCatalogue(again.store());
            assertThat(local.catalogue().items()).as("read again in full").hasSizeGreaterThanOrEqualTo(60);
            assertThat(local.catalogue().departments()).isNotEmpty();
            assertThat(local.etag()).hasValue(current);
        }
    }
}
