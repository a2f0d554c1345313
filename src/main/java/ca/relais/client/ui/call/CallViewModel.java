package ca.relais.client.ui.call;

import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import java.time.Duration;
import java.time.Instant;
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
    private final ReadOnlyObjectWrapper<Instant> startedAt = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UserMessage> readBack = new SimpleObjectProperty<>();
    private final java.util.List<Runnable> newCallListeners = new java.util.ArrayList<>();

    public CallViewModel(CaptureContext context, UiExecutors executors) {
        this.context = context;
        this.executors = executors;
        this.caller = new CallerLookupViewModel(context, executors);
        this.request = new RequestCaptureViewModel(context, executors);
        request.callerIdProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> caller.callerProperty().get() == null ? null : caller.callerProperty().get().id(),
                caller.callerProperty()));
        request.submittedProperty().addListener((o, a, s) -> {
            if (s != null) {
                readBack.set(UserMessage.of("capture.readback", s.reference()));
                caller.refreshHistory();
            }
        });
        request.linkedProperty().addListener((o, a, r) -> {
            if (r != null) {
                readBack.set(UserMessage.of("capture.linked", r.number() == null
                        ? RequestCaptureViewModel.reference(r.id()) : r.number()));
                caller.refreshHistory();
            }
        });
        startedAt.set(context.clock().instant());
    }

    /** Restores the draft left by a previous session (after a crash), then keeps saving the call as it is typed. */
    public void keepDrafts(DraftKeeper keeper) {
        new DraftBinding(this, context, keeper).bind();
    }

    /** Closes the current call context and starts a new one (Ctrl+N). */
    public void newCall() {
        caller.reset();
        request.clearForm();
        readBack.set(null);
        startedAt.set(context.clock().instant());
        newCallListeners.forEach(Runnable::run);
    }

    /** Runs {@code listener} each time a new call starts (Ctrl+N or a screen pop). */
    public void onNewCall(Runnable listener) {
        newCallListeners.add(listener);
    }

    /**
     * A call handed over by the telephony system: a new call with the caller looked up by number; a single match is
     * chosen, an unknown number opens the new-caller form.
     */
    public void screenPop(String ani) {
        newCall();
        if (ani == null || ani.isBlank()) {
            return;
        }
        String number = ani.startsWith("+1") ? ani.substring(2) : ani.startsWith("1") && ani.length() == 11
                ? ani.substring(1) : ani;
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

    public ReadOnlyObjectProperty<Instant> startedAtProperty() {
        return startedAt.getReadOnlyProperty();
    }

    public ObjectProperty<UserMessage> readBackProperty() {
        return readBack;
    }
}
