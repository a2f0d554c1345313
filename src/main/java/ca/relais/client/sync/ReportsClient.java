package ca.relais.client.sync;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.ApiPaths;
import ca.relais.api.TrendsDto;
import java.time.LocalDate;
import java.util.function.Supplier;

/** The accountability report (figures, CSV and PDF) and the continuous-improvement trends. */
public final class ReportsClient {
    private final JsonCalls calls;

    public ReportsClient(RelaisApi api, Supplier<String> token) {
        this.calls = new JsonCalls(api, token);
    }

    public AccountabilityDto accountability(LocalDate from, LocalDate to)
            throws ApiException, ServerUnavailableException {
        return calls.get(path(from, to, null), AccountabilityDto.class);
    }

    /** The report as the server writes it: {@code format} is {@code csv} or {@code pdf}. */
    public byte[] export(LocalDate from, LocalDate to, String format) throws ApiException, ServerUnavailableException {
        return calls.download(path(from, to, format));
    }

    public TrendsDto trends(int weeks) throws ApiException, ServerUnavailableException {
        return calls.get(JsonCalls.query(ApiPaths.TRENDS, JsonCalls.params("weeks", weeks)), TrendsDto.class);
    }

    private static String path(LocalDate from, LocalDate to, String format) {
        return JsonCalls.query(ApiPaths.ACCOUNTABILITY, JsonCalls.params("from", from, "to", to, "format", format));
    }
}
