package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.sync.Credentials;
import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.SyncEngine;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upgraded workstation opens the cache an older version left, and what the agent typed survives a resync. */
class CacheMigrationTest {
    private static final char[] PASSWORD = "relais-demo".toCharArray();

    @TempDir
    Path dir;

    @Test
    void aVersion1CacheIsMigratedAndItsOutboxSurvivesAClearAndAFullResync() throws Exception {
        Path folder = LocalStore.folder(dir.resolve("client"), "agent8000");
        JdbcDataSource ds = LocalStore.dataSource(folder, LocalStore.deriveKey(folder, PASSWORD));
        Flyway.configure().dataSource(ds).locations("classpath:db/client").target("1").load().migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO meta (k, v) VALUES ('JURISDICTION', 'sherbrooke.demo.relais.ca')");
        }

        try (RelaisServer server = TestServers.demoOnH2(dir.resolve("server"));
             LocalStore store = LocalStore.open(dir.resolve("client"), "agent8000", PASSWORD)) {
            assertThat(store.meta(LocalStore.Meta.JURISDICTION)).contains("sherbrooke.demo.relais.ca");
            UUID id = UUID.randomUUID();
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("id", id.toString())
                    .put("type_code", "VOI-NIDPOULE").put("nature", "REQUEST").put("description", "after upgrade");
            body.putObject("location").put("address", "1 rue King Ouest").put("lat", 45.4).put("long", -71.9);
            body.putObject("attributes").put("SIZE", "SMALL").put("POSITION", "LANE");
            new LocalWrites(store).createRequest(body, "agent8000", "SEI", Instant.now());

            LocalMirror mirror = new LocalMirror(store);
            mirror.clear();
            assertThat(new Outbox(store).counts().pending()).as("clearing the mirror keeps the outbox").isEqualTo(1);
            assertThat(store.meta(LocalStore.Meta.FEED_CURSOR)).isEmpty();

            try (SyncEngine engine = new SyncEngine(new RelaisApi(URI.create(server.baseUrl())), store,
                    new Credentials("agent8000", PASSWORD), null)) {
                assertThat(engine.drain(Duration.ofSeconds(60))).isTrue();
            }
            assertThat(new Outbox(store).counts().pending()).isZero();
            assertThat(mirror.request(id).orElseThrow().number()).as("pulled back from the server")
                    .matches("\\d{4}-\\d{6}");
            Http http = new Http(server.baseUrl());
            assertThat(http.get("/api/v1/requests/" + id, http.login("agent8000", "relais-demo")).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aVersion2CachePullsTheFeedAgainToGetTheArticlesItSkipped() throws Exception {
        Path folder = LocalStore.folder(dir.resolve("client"), "agent8000");
        JdbcDataSource ds = LocalStore.dataSource(folder, LocalStore.deriveKey(folder, PASSWORD));
        try (RelaisServer server = TestServers.demoOnH2(dir.resolve("server"))) {
            Flyway.configure().dataSource(ds).locations("classpath:db/client").target("2").load().migrate();
            Http http = new Http(server.baseUrl());
            String token = http.login("agent8000", "relais-demo");
            com.fasterxml.jackson.databind.JsonNode page = http.get("/api/v1/changes?limit=500", token).json();
            while (page.get("has_more").asBoolean()) {
                page = http.get("/api/v1/changes?limit=500&since=" + page.get("cursor").asText(), token).json();
            }
            String cursor = page.get("cursor").asText();
            try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO meta (k, v) VALUES ('FEED_CURSOR', '" + cursor + "')");
            }

            try (LocalStore store = LocalStore.open(dir.resolve("client"), "agent8000", PASSWORD)) {
                assertThat(store.meta(LocalStore.Meta.FEED_CURSOR)).as("forgotten by the migration").isEmpty();
                try (SyncEngine engine = new SyncEngine(new RelaisApi(URI.create(server.baseUrl())), store,
                        new Credentials("agent8000", PASSWORD), null)) {
                    assertThat(engine.drain(Duration.ofSeconds(60))).isTrue();
                }
                assertThat(new LocalArticles(store).article("kb-collecte-manquee-fr")).isPresent();
            }
        }
    }
}
