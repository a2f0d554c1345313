package ca.relais.client.ui.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.TrendsDto;
import ca.relais.client.sync.ReportsClient;
import java.time.LocalDate;

/** What the report workspace reads from the server; the application passes {@link ReportsClient}. */
public interface ReportSource {
    AccountabilityDto accountability(LocalDate from, LocalDate to) throws Exception;

    byte[] export(LocalDate from, LocalDate to, String format) throws Exception;

    TrendsDto trends(int weeks) throws Exception;

    static ReportSource of(ReportsClient client) {
        return new ReportSource() {
            @Override
            public AccountabilityDto accountability(LocalDate from, LocalDate to) throws Exception {
                return client.accountability(from, to);
            }

            @Override
            public byte[] export(LocalDate from, LocalDate to, String format) throws Exception {
                return client.export(from, to, format);
            }

            @Override
            public TrendsDto trends(int weeks) throws Exception {
                return client.trends(weeks);
            }
        };
    }
}
