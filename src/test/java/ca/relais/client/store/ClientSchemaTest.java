package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a cache skips Flyway only when its history already ends, successfully, at the newest shipped migration. */
class ClientSchemaTest {
    @TempDir
    Path dir;

    @Test
    void theNewestShippedMigrationIsTheHighestVersionInTheMigrationFolder() throws IOException {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/client"))) {
            highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(ClientSchema.latestShipped()).isEqualTo(List.of(highest));
    }

    @Test
    void aMigratedCacheIsCurrentAndOneWithAFailedOrMissingMigrationIsNot() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            assertThat(ClientSchema.isCurrent(store.connection())).isTrue();
            try (var st = store.connection().createStatement()) {
                st.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                        + ClientSchema.latestShipped().get(0) + "'");
                assertThat(ClientSchema.isCurrent(store.connection())).as("a failed migration").isFalse();
                st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                        + ClientSchema.latestShipped().get(0) + "'");
                assertThat(ClientSchema.isCurrent(store.connection())).as("a migration not applied yet").isFalse();
                st.executeUpdate("DROP TABLE \"flyway_schema_history\"");
                assertThat(ClientSchema.isCurrent(store.connection())).as("no history at all").isFalse();
            }
        }
    }
}
