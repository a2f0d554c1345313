package ca.relais.client.ui.call;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything typed in the call screen, saved as it is typed so a crash loses nothing. */
public record CallDraft(String callerQuery, UUID callerId, boolean anonymous, boolean creating, String firstName,
                        String lastName, String phone, String email, String typeCode, String nature, String channel,
                        String addressId, String addressQuery, boolean noLocation, String description,
                        Map<String, String> texts, Map<String, String> choices, Map<String, List<String>> multi) {

    public boolean isEmpty() {
        return blank(callerQuery) && callerId == null && !creating && typeCode == null && blank(description)
                && blank(addressQuery);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
