package ca.relais.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.relais.api.CatalogueDto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real encrypted H2 file on disk. */
class LocalStoreTest {
    @TempDir
    Path dir;

    private static CatalogueDto sample() {
        CatalogueDto.ServiceDto pothole = new CatalogueDto.ServiceDto("VOI-NIDPOULE", "Nid-de-poule dans la chaussée",
                "Pothole", "VOIRIE", List.of("trou"), "Trou dans la chaussée", "Hole in the road", false, "realtime",
                List.of(), "SEI", 72, "BUSINESS", List.of("REQUEST", "COMPLAINT"), "REQUEST", 2, 50, true,
                List.of("5858"), List.of());
        return new CatalogueDto("city", List.of(pothole), null, 1,
                List.of(new CatalogueDto.DepartmentDto("SEI", "Entretien des infrastructures", "Infrastructure",
                        "4210", true, null)),
                List.of(new CatalogueDto.GroupDto("VOIRIE", "Voirie", "Roads")));
    }

    @Test
    void theStartUpWarmUpOfTheCacheEngineLeavesNothingBehind() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<List<Path>> leftovers = () -> {
            try (java.util.stream.Stream<Path> files = Files.list(temp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("relais-warmup")).toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        List<Path> before = leftovers.get();

        LocalStore.warmUpEngine();

        assertThat(leftovers.get()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void catalogueSurvivesReopeningWithTheSamePassword() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            new LocalCatalogue(store).replaceCatalogue(sample());
        }
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            CatalogueDto cached = new LocalCatalogue(store).catalogue();
            assertThat(cached.jurisdictionId()).isEqualTo("city");
            assertThat(cached.items()).containsExactlyElementsOf(sample().items());
            assertThat(cached.departments()).containsExactlyElementsOf(sample().departments());
            assertThat(cached.groups()).containsExactlyElementsOf(sample().groups());
            assertThat(store.meta(LocalStore.Meta.CATALOGUE_SYNCED_AT)).isPresent();
        }
    }

    @Test
    void aWrongPasswordCannotOpenTheCache() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            new LocalCatalogue(store).replaceCatalogue(sample());
        }
        assertThatThrownBy(() -> LocalStore.open(dir, "agent8000", "not-my-password".toCharArray()))
                .isInstanceOf(CacheLockedException.class);
    }

    @Test
    void theFileOnDiskIsEncrypted() throws Exception {
        try (LocalStore store = LocalStore.open(dir, "agent8000", "relais-demo".toCharArray())) {
            new LocalCatalogue(store).replaceCatalogue(sample());
        }
        Path file = dir.resolve("users/agent8000/cache.mv.db");
        assertThat(file).exists();
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Nid-de-poule").doesNotContain("VOI-NIDPOULE").doesNotContain("H2 ");
    }

    @Test
    void rejectsUsernamesThatAreNotSafeFolderNames() {
        assertThatThrownBy(() -> LocalStore.open(dir, "../etc", "x".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachUserHasTheirOwnCache() throws Exception {
        try (LocalStore a = LocalStore.open(dir, "agent8000", "one".toCharArray())) {
            new LocalCatalogue(a).replaceCatalogue(sample());
        }
        try (LocalStore b = LocalStore.open(dir, "agent5858", "two".toCharArray())) {
            assertThat(new LocalCatalogue(b).catalogue().items()).isEmpty();
        }
    }
}
