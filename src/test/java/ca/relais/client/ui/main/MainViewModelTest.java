package ca.relais.client.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.CatalogueDto;
import ca.relais.api.UserDto;
import ca.relais.client.sync.ConnectionState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private static CatalogueDto.ServiceDto type(String code, String fr, String en, String group, String... keywords) {
        return new CatalogueDto.ServiceDto(code, fr, en, group, List.of(keywords), "", "", false, "realtime",
                List.of(), "SEI", 48, "BUSINESS", List.of("REQUEST"), "REQUEST", 3, 50, true, List.of(), List.of());
    }

    private static MainViewModel viewModel() {
        CatalogueDto catalogue = new CatalogueDto("city", List.of(
                type("DEN-RUE", "Déneigement de rue", "Street snow removal", "DENEIGEMENT", "souffleuse", "plow"),
                type("VOI-NIDPOULE", "Nid-de-poule", "Pothole", "VOIRIE", "trou dans la rue"),
                type("EAU-BRIS", "Bris d'aqueduc", "Water main break", "EAU_EGOUTS")), null, 3,
                List.of(), List.of(new CatalogueDto.GroupDto("DENEIGEMENT", "Déneigement", "Snow removal")));
        return new MainViewModel(new UserDto("agent8000", "Agent", List.of("agent"), "SCEC", "8000"),
                "http://127.0.0.1:1", catalogue, Instant.parse("2026-11-29T12:00:00Z"));
    }

    @Test
    void searchIgnoresAccentsAndCaseAndLooksAtKeywordsAndBothLanguages() {
        MainViewModel vm = viewModel();
        assertThat(vm.visibleCountProperty().get()).isEqualTo(3);

        vm.queryProperty().set("DENEIG");
        assertThat(vm.visibleItems()).extracting(i -> i.type().serviceCode()).containsExactly("DEN-RUE");

        vm.queryProperty().set("trou rue");
        assertThat(vm.visibleItems()).extracting(i -> i.type().serviceCode()).containsExactly("VOI-NIDPOULE");

        vm.queryProperty().set("water");
        assertThat(vm.visibleItems()).extracting(i -> i.type().serviceCode()).containsExactly("EAU-BRIS");

        vm.queryProperty().set("zzz");
        assertThat(vm.visibleCountProperty().get()).isZero();

        vm.queryProperty().set("");
        assertThat(vm.visibleCountProperty().get()).isEqualTo(3);
    }

    @Test
    void groupNamesComeFromTheCatalogueWithTheCodeAsFallback() {
        MainViewModel vm = viewModel();
        assertThat(vm.visibleItems().get(0).group().en()).isEqualTo("Snow removal");
        assertThat(vm.visibleItems().get(1).group().fr()).isEqualTo("VOIRIE");
    }

    @Test
    void connectionStateFollowsTheMonitor() {
        MainViewModel vm = viewModel();
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.ONLINE);
        vm.connectionChanged(ConnectionState.OFFLINE);
        assertThat(vm.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(vm.lastSyncProperty().get()).isEqualTo(Instant.parse("2026-11-29T12:00:00Z"));
    }
}
