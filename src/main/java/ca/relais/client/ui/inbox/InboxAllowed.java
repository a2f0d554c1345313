package ca.relais.client.ui.inbox;

import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.inbox.InboxViewModel.Mode;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** What the chosen requests allow the user to do now: every action needs the server, and each its own selection. */
public final class InboxAllowed {
    private final ReadOnlyBooleanWrapper accept = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reassign = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper note = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper setStatus = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper merge = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper reopen = new ReadOnlyBooleanWrapper();

    InboxAllowed() {
    }

    void update(List<InboxRequest> chosen, boolean online, String username) {
        accept.set(online && InboxRules.canAccept(chosen, username));
        reassign.set(online && InboxRules.allOpen(chosen));
        note.set(online && !chosen.isEmpty());
        setStatus.set(online && !InboxRules.nextStatuses(chosen).isEmpty());
        merge.set(online && InboxRules.canMerge(chosen));
        reopen.set(online && InboxRules.canReopen(chosen));
    }

    /** Whether the form of {@code m} may be open on the chosen requests. */
    boolean fits(Mode m) {
        return switch (m) {
            case NONE -> true;
            case NOTE_INTERNAL, NOTE_PUBLIC -> note.get();
            case STATUS -> setStatus.get();
            case REASSIGN -> reassign.get();
            case MERGE -> merge.get();
            case REOPEN -> reopen.get();
        };
    }

    public ReadOnlyBooleanProperty acceptProperty() {
        return accept.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reassignProperty() {
        return reassign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty setStatusProperty() {
        return setStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mergeProperty() {
        return merge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reopenProperty() {
        return reopen.getReadOnlyProperty();
    }
}
