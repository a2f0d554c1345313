package ca.relais.client.sync;

import ca.relais.api.ApiPaths;
import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.PageDto;
import ca.relais.api.RequestSummaryDto;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

/** The ombudsman's read-only calls: search across every request, a case's full trail, the case file as PDF. */
public final class OmbudsmanClient {
    private final JsonCalls calls;

    public OmbudsmanClient(RelaisApi api, Supplier<String> token) {
        this.calls = new JsonCalls(api, token);
    }

    /** The search criteria; every one may be null. */
    public record CaseQuery(String text, String status, String department, LocalDate from, LocalDate to) {
    }

    public PageDto<RequestSummaryDto> search(CaseQuery q, int limit, String cursor)
            throws ApiException, ServerUnavailableException {
        return calls.page(JsonCalls.query(ApiPaths.OMBUDSMAN_CASES, JsonCalls.params("q", q.text(), "status",
                q.status(), "department", q.department(), "from", q.from(), "to", q.to(), "limit", limit,
                "cursor", cursor)), RequestSummaryDto.class);
    }

    public OmbudsmanCaseDto open(UUID id) throws ApiException, ServerUnavailableException {
        return calls.get(ApiPaths.OMBUDSMAN_CASE.replace("{id}", id.toString()), OmbudsmanCaseDto.class);
    }

    public byte[] casePdf(UUID id) throws ApiException, ServerUnavailableException {
        return calls.download(ApiPaths.OMBUDSMAN_CASE_PDF.replace("{id}", id.toString()));
    }
}
