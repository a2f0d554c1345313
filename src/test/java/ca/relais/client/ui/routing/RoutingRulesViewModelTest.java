package ca.relais.client.ui.routing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.sync.RelaisApi;
import ca.relais.client.sync.RoutingClient;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.server.RelaisServer;
import ca.relais.support.Http;
import ca.relais.support.TestServers;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routing-rules editor's logic, without a toolkit, against a real server over HTTP. */
class RoutingRulesViewModelTest {
    @TempDir
    static Path dir;
    static RelaisServer server;
    static Http http;
    static String admin;

    @BeforeAll
    static void start() {
        server = TestServers.demoOnH2(dir);
        http = new Http(server.baseUrl());
        admin = http.login("admin", "relais-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static RoutingRulesViewModel viewModel(String token) {
        RoutingRulesViewModel vm = new RoutingRulesViewModel(new RoutingClient(
                new RelaisApi(URI.create(server.baseUrl())), () -> token), UiExecutors.direct());
        vm.refresh(true);
        return vm;
    }

    static JsonNode stored() {
        return http.get("/api/v1/routing/rules", admin).json();
    }

    @Test
    void anAdministratorAddsRulesReordersSavesAndIsToldWhenSomeoneElseSavedFirst() {
        RoutingRulesViewModel vm = viewModel(admin);
        long start = vm.versionProperty().get();
        assertThat(vm.departments()).contains("ARR-FLEURIMONT", "SEI");
        assertThat(vm.boroughs()).startsWith(RoutingRulesViewModel.ANY).contains("FLEURIMONT");
        assertThat(vm.types()).contains("VOI-NIDPOULE");

        RoutingRulesViewModel.Row parks = vm.add();
        parks.id.set("parcs-fleurimont");
        parks.group.set("PARCS_ARBRES");
        parks.borough.set("FLEURIMONT");
        parks.department.set("ARR-FLEURIMONT");
        RoutingRulesViewModel.Row potholes = vm.add();
        potholes.id.set("nids-plaintes");
        potholes.typeCode.set("VOI-NIDPOULE");
        potholes.nature.set("COMPLAINT");
        potholes.department.set("SCEC");
        vm.move(potholes, -1);
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.save();

        assertThat(vm.messageProperty().get().key()).isEqualTo("routing.saved");
        assertThat(vm.messageProperty().get().args()).containsExactly(start + 1);
        assertThat(vm.dirtyProperty().get()).isFalse();
        JsonNode saved = stored();
        assertThat(saved.get("version").asLong()).isEqualTo(start + 1);
        assertThat(saved.get("rules").findValuesAsText("id")).containsExactly("nids-plaintes", "parcs-fleurimont");
        assertThat(saved.get("rules").get(0).get("borough").isNull()).isTrue();

        RoutingRulesViewModel other = viewModel(admin);
        other.rows().get(0).department.set("SEI");
        other.save();
        assertThat(other.versionProperty().get()).isEqualTo(start + 2);

        vm.rows().get(1).department.set("ARR-NATIONS");
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("routing.conflict");
        assertThat(vm.rows().get(1).department.get()).isEqualTo("ARR-NATIONS");
        assertThat(stored().get("version").asLong()).isEqualTo(start + 2);
        vm.refresh(true);
        assertThat(vm.rows().get(0).department.get()).isEqualTo("SEI");
        assertThat(vm.versionProperty().get()).isEqualTo(start + 2);
    }

    @Test
    void invalidRulesAreMarkedOnTheirRowAndNothingIsSaved() {
        RoutingRulesViewModel vm = viewModel(admin);
        long before = stored().get("version").asLong();
        RoutingRulesViewModel.Row fine = vm.add();
        fine.group.set("VOIRIE");
        fine.department.set("SEI");
        RoutingRulesViewModel.Row noCriterion = vm.add();
        noCriterion.department.set("SEI");
        RoutingRulesViewModel.Row noDepartment = vm.add();
        noDepartment.typeCode.set("VOI-NIDPOULE");
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("routing.invalid");
        assertThat(vm.messageProperty().get().args()).containsExactly(2);
        int last = vm.rows().size() - 1;
        assertThat(vm.rows().get(last - 2).error.get()).isNull();
        assertThat(vm.rows().get(last - 1).error.get().key()).isEqualTo("routing.error.no_criterion");
        assertThat(vm.rows().get(last).error.get().key()).isEqualTo("routing.error.required");
        assertThat(stored().get("version").asLong()).isEqualTo(before);
    }

    @Test
    void aSupervisorIsRefusedPolitely() {
        String supervisor = http.login("supervisor", "relais-demo");
        RoutingRulesViewModel vm = viewModel(supervisor);
        vm.add().group.set("VOIRIE");
        vm.rows().get(vm.rows().size() - 1).department.set("SEI");
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("routing.forbidden");
        assertThat(http.send("GET", "/api/v1/routing/rules", supervisor, null, Map.of()).status()).isEqualTo(200);
    }
}
