package ca.relais.client.ui.ombudsman;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.api.AuditEntryDto;
import ca.relais.api.EventDto;
import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.PageDto;
import ca.relais.api.RequestDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.client.sync.OmbudsmanClient.CaseQuery;
import ca.relais.client.ui.common.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ombudsman's search, a case's merged trail and the case file. */
class OmbudsmanViewModelTest {
    @TempDir
    Path dir;
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000042");
    private final List<CaseQuery> queries = new ArrayList<>();
    private final CaseSource source = new CaseSource() {
        @Override
        public PageDto<RequestSummaryDto> search(CaseQuery query, int limit, String cursor) {
            queries.add(query);
            return new PageDto<>(List.of(summary()), null, 1);
        }

        @Override
        public OmbudsmanCaseDto open(UUID id) {
            return theCase();
        }

        @Override
        public byte[] pdf(UUID id) {
            return "%PDF-1.7 fake".getBytes();
        }
    };
    private final OmbudsmanViewModel vm = new OmbudsmanViewModel(source, UiExecutors.direct());

    @Test
    void theSearchSendsTheCriteriaTrimmedAndBlanksLeftOut() {
        vm.textProperty().set("  eau brune ");
        vm.departmentProperty().set(" ");
        vm.statusProperty().set("CLOSED");
        vm.fromProperty().set(LocalDate.of(2026, 1, 1));
        vm.search();
        assertThat(queries).containsExactly(new CaseQuery("eau brune", "CLOSED", null, LocalDate.of(2026, 1, 1),
                null));
        assertThat(vm.results()).hasSize(1);
        assertThat(vm.messageProperty().get().key()).isEqualTo("ombudsman.found");
    }

    @Test
    void aReversedPeriodIsRefusedBeforeAsking() {
        vm.fromProperty().set(LocalDate.of(2026, 2, 1));
        vm.toProperty().set(LocalDate.of(2026, 1, 1));
        vm.search();
        assertThat(queries).isEmpty();
        assertThat(vm.messageProperty().get().key()).isEqualTo("report.period.reversed");
    }

    @Test
    void theTrailMergesTheStoryAndTheAuditLogInTimeOrder() {
        vm.open(summary());
        assertThat(vm.trail()).extracting(TrailEntry::kind).containsExactly("CREATED", "AUDIT", "NOTE", "HANDOFF",
                "AUDIT");
        assertThat(vm.trail().get(2).visibility()).isEqualTo("INTERNAL");
        assertThat(vm.trail().get(4).who()).isEqualTo("ombudsman");
        assertThat(vm.trail().get(4).text()).isEqualTo("READ");
        assertThat(vm.trail().get(4).data()).contains(java.util.Map.entry("audit.entity", "case"),
                java.util.Map.entry("audit.from", "10.0.0.9"));
        assertThat(vm.trail().get(3).data()).containsExactly(java.util.Map.entry("to", "ARR-FLEURIMONT"),
                java.util.Map.entry("callback.best_time", "après 17 h"));
    }

    @Test
    void theCaseFileIsSavedWhereAsked() throws Exception {
        vm.exportPdf(dir.resolve("x.pdf"));
        assertThat(vm.messageProperty().get().key()).as("no case open yet").isEqualTo("ombudsman.noCase");
        vm.open(summary());
        Path target = dir.resolve(vm.pdfName());
        assertThat(target.getFileName().toString()).isEqualTo("dossier-R-42.pdf");
        vm.exportPdf(target);
        assertThat(Files.readString(target)).startsWith("%PDF");
    }

    private static RequestSummaryDto summary() {
        return new RequestSummaryDto(ID, "R-42", "NIDS", "COMPLAINT", "PHONE_8000", "CLOSED", "TP", null, "agent8000",
                Instant.parse("2026-03-01T14:00:00Z"), null, null, null, "Marie Tremblay", "1 rue King", "Trou");
    }

    private static com.fasterxml.jackson.databind.JsonNode handoffData() {
        try {
            return ca.relais.api.Json.mapper().readTree("{\"to\":\"ARR-FLEURIMONT\",\"note\":null,"
                    + "\"callback\":{\"best_time\":\"après 17 h\"}}");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static OmbudsmanCaseDto theCase() {
        List<EventDto> history = List.of(
                new EventDto(1, Instant.parse("2026-03-01T14:00:00Z"), "agent8000", "CREATED", "PUBLIC", "Créée", null),
                new EventDto(3, Instant.parse("2026-03-01T15:00:00Z"), "agent8000", "HANDOFF", "INTERNAL", "Vers TP",
                        handoffData()),
                new EventDto(2, Instant.parse("2026-03-01T14:30:00Z"), "agent8000", "NOTE", "INTERNAL", "Rappeler",
                        null));
        RequestDto request;
        try {
            request = ca.relais.api.Json.mapper().readValue("{\"id\":\"" + ID + "\",\"number\":\"R-42\","
                    + "\"type_code\":\"NIDS\",\"status\":\"CLOSED\",\"department\":\"TP\",\"priority\":3,"
                    + "\"reopened_count\":0,\"version\":4}", RequestDto.class)
                    .withHistory(history);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
        return new OmbudsmanCaseDto(request, List.of(), List.of(
                new AuditEntryDto(9, Instant.parse("2026-03-02T10:00:00Z"), "ombudsman", "READ", "case", ID.toString(),
                        "10.0.0.9", null),
                new AuditEntryDto(5, Instant.parse("2026-03-01T14:00:01Z"), "agent8000", "CREATE", "request",
                        ID.toString(), null, null)));
    }
}
