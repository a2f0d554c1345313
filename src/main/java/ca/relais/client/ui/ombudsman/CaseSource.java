package ca.relais.client.ui.ombudsman;

import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.PageDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.client.sync.OmbudsmanClient;
import ca.relais.client.sync.OmbudsmanClient.CaseQuery;
import java.util.UUID;

/** What the ombudsman reads from the server; the application passes {@link OmbudsmanClient}. */
public interface CaseSource {
    PageDto<RequestSummaryDto> search(CaseQuery query, int limit, String cursor) throws Exception;

    OmbudsmanCaseDto open(UUID id) throws Exception;

    byte[] pdf(UUID id) throws Exception;

    static CaseSource of(OmbudsmanClient client) {
        return new CaseSource() {
            @Override
            public PageDto<RequestSummaryDto> search(CaseQuery query, int limit, String cursor) throws Exception {
                return client.search(query, limit, cursor);
            }

            @Override
            public OmbudsmanCaseDto open(UUID id) throws Exception {
                return client.open(id);
            }

            @Override
            public byte[] pdf(UUID id) throws Exception {
                return client.casePdf(id);
            }
        };
    }
}
