package ca.relais.client.ui.call;

import ca.relais.api.CallerDto;
import ca.relais.api.CatalogueDto;
import ca.relais.api.RequestDto;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.PhoneNumbers;
import ca.relais.domain.RoutingRules;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Handing a request over to a department from the call screen: the receiving department (with its extension for a
 * warm transfer), a required note of what the caller said and what was done, the urgency, and how the citizen wants
 * to be called back. Saved locally at once and sent with the rest of the outbox.
 */
public final class HandoffViewModel {
    public static final List<String> URGENCIES = List.of("LOW", "NORMAL", "HIGH", "URGENT");
    public static final List<String> CALLBACKS = List.of("PHONE", "EMAIL", "NONE");

    private final CaptureContext context;
    private final ObservableList<CatalogueDto.DepartmentDto> departments = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RequestDto> request = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<CatalogueDto.DepartmentDto> department = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<String> urgency = new SimpleObjectProperty<>("NORMAL");
    private final ObjectProperty<String> callback = new SimpleObjectProperty<>("PHONE");
    private final StringProperty callbackValue = new SimpleStringProperty("");
    private final StringProperty bestTime = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UserMessage> done = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UserMessage> departmentError = new SimpleObjectProperty<>();
    private final ObjectProperty<UserMessage> noteError = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UserMessage> unavailable = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CatalogueDto.DepartmentDto> suggested = new ReadOnlyObjectWrapper<>();
    private final LocalSaves saves;
    /** A handoff is being written: a second Enter does not send it twice. */
    private boolean saving;

    /** A handoff whose save queues behind the call's other saves ({@code saves}: the request it hands off first). */
    public HandoffViewModel(CaptureContext context, LocalSaves saves) {
        this.context = context;
        this.saves = saves;
        departments.setAll(context.catalogue().departments());
        department.addListener((o, a, b) -> departmentError.set(null));
        note.addListener((o, a, b) -> noteError.set(null));
    }

    /**
     * Opens the handoff of a request, with the citizen's callback details taken from the caller; false (with the
     * reason in {@link #unavailableProperty()}) when there is no request to hand off, or it is closed.
     */
    public boolean open(UUID requestId, CallerDto caller) {
        RequestDto r = requestId == null ? null : context.mirror().request(requestId).orElse(null);
        if (r == null) {
            unavailable.set(UserMessage.of("handoff.error.noRequest"));
            return false;
        }
        if (!List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING").contains(r.status())) {
            unavailable.set(UserMessage.of("handoff.error.closed", reference(r)));
            return false;
        }
        unavailable.set(null);
        request.set(r);
        suggested.set(suggestion(r));
        department.set(suggested.get() != null && !suggested.get().code().equals(r.department())
                ? suggested.get() : null);
        note.set("");
        urgency.set("NORMAL");
        bestTime.set("");
        if (caller != null && !caller.phones().isEmpty()) {
            callback.set("PHONE");
            callbackValue.set(PhoneNumbers.display(caller.phones().get(0)));
        } else if (caller != null && !caller.emails().isEmpty()) {
            callback.set("EMAIL");
            callbackValue.set(caller.emails().get(0));
        } else {
            callback.set("NONE");
            callbackValue.set("");
        }
        open.set(true);
        return true;
    }

    /**
     * Saves the handoff locally (in the background, after the call's earlier saves) and for the server; the note and
     * department are required. The pane closes once the handoff is written; should that fail, it stays open with the
     * note as typed and the reason.
     */
    public boolean handOff() {
        RequestDto r = request.get();
        if (r == null || saving) {
            return false;
        }
        boolean valid = true;
        CatalogueDto.DepartmentDto to = department.get();
        if (to == null) {
            departmentError.set(UserMessage.of("handoff.error.department"));
            valid = false;
        } else if (to.code().equals(r.department())) {
            departmentError.set(UserMessage.of("handoff.error.sameDepartment"));
            valid = false;
        }
        if (note.get().isBlank()) {
            noteError.set(UserMessage.of("handoff.error.note"));
            valid = false;
        }
        if (!valid) {
            return false;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("to_department", to.code())
                .put("note", note.get().strip()).put("urgency", urgency.get());
        ObjectNode cb = body.putObject("callback").put("method", callback.get());
        if (!"NONE".equals(callback.get()) && !callbackValue.get().isBlank()) {
            cb.put("value", callbackValue.get().strip());
        }
        if (!bestTime.get().isBlank()) {
            cb.put("best_time", bestTime.get().strip());
        }
        UserMessage handedOff = UserMessage.of("handoff.done", reference(r), new LocalizedText(to.nameFr(),
                to.nameEn()), to.phoneExtension() == null ? "—" : to.phoneExtension());
        saving = true;
        saves.save(() -> {
            context.writes().handoff(r.id(), body);
            return null;
        }, saved -> {
            saving = false;
            context.requestSync().run();
            if (request.get() == r) {
                open.set(false);
            }
            done.set(handedOff);
        }, failure -> {
            saving = false;
            org.slf4j.LoggerFactory.getLogger(HandoffViewModel.class).warn(
                    "A handoff could not be saved locally; it stays open: {}", ca.relais.domain.LogSafe.describe(failure));
            noteError.set(UserMessage.of("handoff.error.notSaved"));
        });
        return true;
    }

    /** Closes the handoff without saving (and forgets why it could not be opened). */
    public void cancel() {
        open.set(false);
        unavailable.set(null);
    }

    /**
     * The department the routing rules choose for the request (its type, nature and the borough of its address),
     * from the catalogue's copy of the rules, so that it works offline too.
     */
    private CatalogueDto.DepartmentDto suggestion(RequestDto r) {
        CatalogueDto catalogue = context.catalogue();
        CatalogueDto.ServiceDto type = catalogue.items().stream().filter(s -> s.serviceCode().equals(r.typeCode()))
                .findFirst().orElse(null);
        if (type == null) {
            return null;
        }
        String borough = r.location() == null ? null : r.location().borough();
        if (borough == null && r.location() != null && r.location().addressId() != null) {
            borough = context.mirror().address(r.location().addressId()).map(a -> a.borough()).orElse(null);
        }
        List<RoutingRules.Rule> rules = catalogue.routing() == null ? List.of() : catalogue.routing().rules().stream()
                .map(x -> new RoutingRules.Rule(x.id(), x.typeCode(), x.group(), x.nature(), x.borough(),
                        x.department())).toList();
        String code = new RoutingRules(rules).route(new RoutingRules.Subject(type.serviceCode(), type.group(),
                r.nature(), borough, type.department())).department();
        return departments.stream().filter(d -> d.code().equals(code)).findFirst().orElse(null);
    }

    /** The department the routing rules suggest for the open request, or null. */
    public ReadOnlyObjectProperty<CatalogueDto.DepartmentDto> suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    static String reference(RequestDto r) {
        return r.number() != null ? r.number() : RequestCaptureViewModel.reference(r.id());
    }

    public ObservableList<CatalogueDto.DepartmentDto> departments() {
        return departments;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RequestDto> requestProperty() {
        return request.getReadOnlyProperty();
    }

    public ObjectProperty<CatalogueDto.DepartmentDto> departmentProperty() {
        return department;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<String> urgencyProperty() {
        return urgency;
    }

    public ObjectProperty<String> callbackProperty() {
        return callback;
    }

    public StringProperty callbackValueProperty() {
        return callbackValue;
    }

    public StringProperty bestTimeProperty() {
        return bestTime;
    }

    /** What was handed off to whom, after a handoff was saved (the call screen shows it on the read-back line). */
    public ReadOnlyObjectProperty<UserMessage> doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObjectProperty<UserMessage> departmentErrorProperty() {
        return departmentError;
    }

    public ObjectProperty<UserMessage> noteErrorProperty() {
        return noteError;
    }

    /** Why the handoff could not be opened, or null. */
    public ReadOnlyObjectProperty<UserMessage> unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }
}
