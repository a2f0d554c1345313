package ca.relais.client.ui.dashboard;

import ca.relais.api.PageDto;
import ca.relais.api.QueuesDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.api.TargetsDto;
import ca.relais.client.sync.SupervisionClient;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;

/** What the dashboard reads and writes on the server; the application passes {@link SupervisionClient}. */
public interface DashboardSource {
    QueuesDto queues() throws Exception;

    PageDto<RequestSummaryDto> items(ItemsQuery query, int limit, String cursor) throws Exception;

    TargetsDto saveTargets(TargetsDto targets) throws Exception;

    static DashboardSource of(SupervisionClient client) {
        return new DashboardSource() {
            @Override
            public QueuesDto queues() throws Exception {
                return client.queues();
            }

            @Override
            public PageDto<RequestSummaryDto> items(ItemsQuery query, int limit, String cursor) throws Exception {
                return client.items(query, limit, cursor);
            }

            @Override
            public TargetsDto saveTargets(TargetsDto targets) throws Exception {
                return client.saveTargets(targets);
            }
        };
    }
}
