package ca.relais.client.ui.main;

import ca.relais.client.ui.call.CallerLookupViewModel;
import ca.relais.client.ui.call.CallViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

/**
 * When a call is in progress, read from the call screen without changing it: from the first sign of a caller (a
 * search typed, a caller chosen, created or anonymous, a screen pop) until the next call starts (Ctrl+N clears them).
 */
public final class CallActivity {
    private CallActivity() {
    }

    public static BooleanBinding inProgress(CallViewModel call) {
        CallerLookupViewModel caller = call.caller();
        return Bindings.createBooleanBinding(() -> caller.callerProperty().get() != null
                        || caller.anonymousProperty().get() || caller.creatingProperty().get()
                        || (caller.queryProperty().get() != null && !caller.queryProperty().get().isBlank()),
                caller.callerProperty(), caller.anonymousProperty(), caller.creatingProperty(), caller.queryProperty());
    }
}
