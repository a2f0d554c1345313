package ca.relais.client.ui.inbox;

import ca.relais.api.CatalogueDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.client.ui.inbox.InboxViewModel.Mode;
import ca.relais.domain.RequestStatus;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox's action form: the action open, what the user typed and chose, and the requests it acts on as they were
 * read when it opened. Each opening has a number, so that the answer to an earlier form leaves a newer one alone.
 */
public final class InboxForm {
    /** The number of no form: what actions sent without one (accept) carry. */
    static final long NONE = -1;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.NONE);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<RequestStatus> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<RequestStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> resolutionCode = new SimpleObjectProperty<>();
    private final ObjectProperty<CatalogueDto.DepartmentDto> target = new SimpleObjectProperty<>();
    private final ObjectProperty<String> urgency = new SimpleObjectProperty<>("NORMAL");
    private final ObjectProperty<InboxRequest> master = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UserMessage> error = new ReadOnlyObjectWrapper<>();
    private long opened;
    private List<InboxRequest> editing = List.of();

    InboxForm() {
        mode.addListener((o, a, b) -> error.set(null));
        text.addListener((o, a, b) -> error.set(null));
    }

    /** Opens the form for {@code m} on {@code on}, empty but for the first allowed status; its number. */
    long open(Mode m, List<InboxRequest> on, InboxRequest mergeMaster) {
        editing = List.copyOf(on);
        opened++;
        text.set("");
        status.set(statuses.isEmpty() ? null : statuses.get(0));
        resolutionCode.set(null);
        target.set(null);
        urgency.set("NORMAL");
        master.set(m == Mode.MERGE ? mergeMaster : null);
        mode.set(m);
        return opened;
    }

    boolean isOpen() {
        return mode.get() != Mode.NONE;
    }

    void close() {
        mode.set(Mode.NONE);
    }

    /** Closes form number {@code form}, unless the user has opened another one since. */
    void closeIfStillOpen(long form) {
        if (form == opened) {
            close();
        }
    }

    /** The number of the form opened last. */
    long current() {
        return opened;
    }

    List<InboxRequest> editing() {
        return editing;
    }

    /** Whether the form was opened on exactly these requests. */
    boolean isOn(List<UUID> ids) {
        return editing.stream().map(i -> i.request().id()).toList().equals(ids);
    }

    InboxActionPlan.Form values() {
        return new InboxActionPlan.Form(text.get().strip(), status.get(), resolutionCode.get(), target.get(),
                urgency.get(), master.get());
    }

    /** Shows why the form cannot be sent; false, for the caller to return. */
    boolean refuse(String messageKey) {
        error.set(UserMessage.of(messageKey));
        return false;
    }

    /**
     * The statuses the selection now allows. A list control drops its value when its items are replaced, so the
     * status already chosen in an open form stays chosen: the server judges it, and a conflict shows if the request
     * moved meanwhile.
     */
    void allowStatuses(List<RequestStatus> next) {
        if (statuses.equals(next)) {
            return;
        }
        RequestStatus chosen = status.get();
        statuses.setAll(next);
        if (isOpen() && chosen != null) {
            status.set(chosen);
        }
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObservableList<RequestStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<RequestStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> resolutionCodeProperty() {
        return resolutionCode;
    }

    public ObjectProperty<CatalogueDto.DepartmentDto> targetProperty() {
        return target;
    }

    public ObjectProperty<String> urgencyProperty() {
        return urgency;
    }

    public ObjectProperty<InboxRequest> masterProperty() {
        return master;
    }

    public ReadOnlyObjectProperty<UserMessage> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
