package ca.relais.client.ui.call;

import ca.relais.api.RequestDto;
import ca.relais.client.store.OutboxEntry;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.PhoneNumbers;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** One call: who is calling, what is captured, and how long it has lasted. */
public final class CallViewModel {
    private final CaptureContext context;
    private final UiExecutors executors;
    private final CallerLookupViewModel caller;
    private final RequestCaptureViewModel request;
    private final HandoffViewModel handoff;
    private UUID handoffTarget;
    private final ReadOnlyObjectWrapper<Instant> startedAt = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UserMessage> readBack = new SimpleObjectProperty<>();
    private final java.util.List<Runnable> newCallListeners = new java.util.ArrayList<>();
    private final ReadOnlyObjectWrapper<RequestCaptureViewModel.Submitted> lastSubmitted =
            new ReadOnlyObjectWrapper<>();

    public CallViewModel(CaptureContext context, UiExecutors executors) {
        this.context = context;
        this.executors = executors;
        LocalSaves saves = new LocalSaves(executors);
        this.caller = new CallerLookupViewModel(context, executors, saves);
        this.request = new RequestCaptureViewModel(context, executors, saves);
        this.handoff = new HandoffViewModel(context, saves);
        handoff.doneProperty().addListener((o, a, done) -> {
            if (done != null) {
                readBack.set(done);
                caller.refreshHistory();
            }
        });
        request.callerIdProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> caller.callerProperty().get() == null ? null : caller.callerProperty().get().id(),
                caller.callerProperty()));
        request.submittedProperty().addListener((o, a, s) -> {
            if (s != null) {
                readBack.set(UserMessage.of(s.corrected() ? "capture.corrected" : "capture.readback", s.reference()));
                lastSubmitted.set(s);
                handoffTarget = s.id();
                handoff.cancel();
                caller.refreshHistory();
            }
        });
        request.saveFailedProperty().addListener((o, a, failure) -> {
            if (failure != null) {
                readBack.set(failure);
                lastSubmitted.set(null);
            }
        });
        request.linkedProperty().addListener((o, a, r) -> {
            if (r != null) {
                lastSubmitted.set(null);
                handoffTarget = r.id();
                readBack.set(UserMessage.of("capture.linked", r.number() == null
                        ? RequestCaptureViewModel.reference(r.id()) : r.number()));
                caller.refreshHistory();
            }
        });
        startedAt.set(context.clock().instant());
    }

    /** Restores the draft left by a previous session (after a crash), then keeps saving the call as it is typed. */
    public void keepDrafts(DraftKeeper keeper) {
        keeper.after(request::pendingSaves);
        new DraftBinding(this, context, keeper).bind();
    }

    /** Closes the current call context and starts a new one (Ctrl+N). */
    public void newCall() {
        caller.reset();
        request.clearForm();
        readBack.set(null);
        lastSubmitted.set(null);
        handoffTarget = null;
        handoff.cancel();
        startedAt.set(context.clock().instant());
        newCallListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} each time a new call starts (Ctrl+N or a screen pop). */
    public void onNewCall(Runnable listener) {
        newCallListeners.add(listener);
    }

    /**
     * Opens the handoff of the request saved or linked last in this call, else of {@code fromHistory} (a request
     * chosen in the caller's history); false, with the reason on the handoff, when there is none to hand off.
     */
    public boolean openHandoff(UUID fromHistory) {
        return handoff.open(handoffTarget != null ? handoffTarget : fromHistory, caller.callerProperty().get());
    }

    /**
     * After a synchronisation: the read-back line gains the server's request number (or says the server refused the
     * request), the caller's history and the list of refused requests show what the server now says.
     */
    public void synchronised() {
        caller.refreshHistory();
        request.refreshRejected();
        RequestCaptureViewModel.Submitted s = lastSubmitted.get();
        if (s == null || s.nature() == null) {
            return;
        }
        UserMessage shown = readBack.get();
        if (shown == null || !List.of("capture.readback", "capture.corrected").contains(shown.key())) {
            return;
        }
        executors.run(() -> {
            boolean refused = context.outbox().all().stream().anyMatch(e -> e.entityId().equals(s.id().toString())
                    && e.state() != OutboxEntry.State.PENDING);
            String number = context.mirror().request(s.id()).map(RequestDto::number).orElse(null);
            return refused ? UserMessage.of("capture.readback.refused", s.reference())
                    : number == null ? null : UserMessage.of("capture.readback.number", s.reference(), number);
        }, update -> {
            if (update != null && s == lastSubmitted.get() && readBack.get() == shown) {
                readBack.set(update);
            }
        }, e -> { });
    }

    /** Opens a refused request for correction, with its caller, as a new call context. */
    public void correct(RejectedCapture refused) {
        newCall();
        String callerId = refused.body().path("caller_id").asText(null);
        if (callerId != null) {
            context.mirror().caller(UUID.fromString(callerId)).ifPresent(caller::choose);
        } else {
            caller.anonymousProperty().set(true);
        }
        request.correct(refused);
    }

    /**
     * A call handed over by the telephony system: a new call with the caller looked up by number, written the way it
     * is read out (819 555-0042); a single match is chosen, an unknown number opens the new-caller form.
     */
    public void screenPop(String ani) {
        newCall();
        if (ani == null || ani.isBlank()) {
            return;
        }
        String number = PhoneNumbers.toE164(ani).map(PhoneNumbers::display).orElse(ani.strip());
        caller.queryProperty().set(number);
        executors.run(() -> context.mirror().searchCallers(number, 2), found -> {
            if (found.size() == 1) {
                caller.choose(found.get(0));
            } else if (found.isEmpty()) {
                caller.startNewCaller();
            }
        }, e -> caller.startNewCaller());
    }

    public Duration elapsed() {
        return Duration.between(startedAt.get(), context.clock().instant());
    }

    public CallerLookupViewModel caller() {
        return caller;
    }

    public RequestCaptureViewModel request() {
        return request;
    }

    public HandoffViewModel handoff() {
        return handoff;
    }

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt.getReadOnlyProperty();
    }

    /** The request saved last in this call (the one a handoff is about), or null. */
    public ReadOnlyObjectProperty<RequestCaptureViewModel.Submitted> lastSubmittedProperty() {
        return lastSubmitted.getReadOnlyProperty();
    }

    public ObjectProperty<UserMessage> readBackProperty() {
        return readBack;
    }
}
