package ca.relais.client.ui.diagnostics;

import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Help → Diagnostics: writes the bundle in the background and says where it went, or why it could not. */
public final class DiagnosticsViewModel {
    private final DiagnosticsBundle bundle;
    private final Supplier<SyncSnapshot> sync;
    private final Path defaultFolder;
    private final UiExecutors executors;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> written = new ReadOnlyObjectWrapper<>();

    public DiagnosticsViewModel(DiagnosticsBundle bundle, Supplier<SyncSnapshot> sync, Path defaultFolder,
                                UiExecutors executors, Clock clock) {
        this.bundle = bundle;
        this.sync = sync;
        this.defaultFolder = defaultFolder;
        this.executors = executors;
        this.clock = clock;
    }

    /** Where the folder chooser opens: the data folder. */
    public Path defaultFolder() {
        return defaultFolder;
    }

    /** Writes the bundle into {@code folder}, or into the default folder when null. */
    public void export(Path folder) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        written.set(null);
        message.set(UserMessage.of("diagnostics.working"));
        Path target = folder == null ? defaultFolder : folder;
        SyncSnapshot snapshot = sync.get();
        executors.run(() -> bundle.write(target, snapshot, clock.instant()), path -> {
            busy.set(false);
            written.set(path);
            message.set(UserMessage.of("diagnostics.done", path.toString()));
        }, e -> {
            busy.set(false);
            message.set(UserMessage.of("diagnostics.failed", target.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The bundle last written, or null. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written.getReadOnlyProperty();
    }
}
