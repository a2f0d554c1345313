package ca.relais.client.ui.dashboard;

import ca.relais.client.sync.ApiException;
import ca.relais.client.ui.common.UserMessage;

/** What to tell a supervisor, an ombudsman or a report reader when the server did not give what was asked. */
public final class Failures {
    private Failures() {
    }

    public static UserMessage message(Exception e) {
        if (e instanceof ApiException api) {
            if (api.status() == 401 || api.status() == 403) {
                return UserMessage.of("supervision.forbidden");
            }
            if (api.status() == 412) {
                return UserMessage.of("supervision.stale");
            }
            return UserMessage.of("supervision.refused", api.getMessage());
        }
        if (e instanceof java.io.IOException io) {
            return UserMessage.of("supervision.fileError", String.valueOf(io.getMessage()));
        }
        return UserMessage.of("supervision.offline");
    }
}
