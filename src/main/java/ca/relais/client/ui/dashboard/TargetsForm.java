package ca.relais.client.ui.dashboard;

import ca.relais.api.TargetsDto;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The service targets as the supervisor edits them: whole percentages and minutes, checked before saving. */
public final class TargetsForm {
    private final DashboardSource source;
    private final UiExecutors executors;
    private final Consumer<TargetsDto> saved;
    private final StringProperty sla = new SimpleStringProperty("");
    private final StringProperty fcr = new SimpleStringProperty("");
    private final StringProperty maxMinutes = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private TargetsDto current;

    TargetsForm(DashboardSource source, UiExecutors executors, Consumer<TargetsDto> saved) {
        this.source = source;
        this.executors = executors;
        this.saved = saved;
    }

    /** Fills the form from the targets in force. */
    public void load(TargetsDto targets) {
        current = targets;
        sla.set(targets == null || targets.slaAttainment() == null ? "" : whole(targets.slaAttainment()));
        fcr.set(targets == null || targets.firstContactResolution() == null ? ""
                : whole(targets.firstContactResolution()));
        maxMinutes.set(targets == null || targets.maxUnacceptedMinutes() == null ? ""
                : targets.maxUnacceptedMinutes().toString());
        message.set(null);
    }

    /** Loads the targets in force when they are not the ones the form shows (first read, or changed elsewhere). */
    public void follow(TargetsDto targets) {
        if (targets != null && (current == null || current.version() != targets.version())) {
            load(targets);
        }
    }

    /** Checks the three values and saves them; false, with the reason, when a value is not acceptable. */
    public boolean save() {
        Integer slaPercent = number(sla.get(), 1, 100);
        Integer fcrPercent = number(fcr.get(), 1, 100);
        Integer minutes = number(maxMinutes.get(), 1, 10_080);
        if (slaPercent == null || fcrPercent == null) {
            message.set(UserMessage.of("dashboard.targets.invalidPercent"));
            return false;
        }
        if (minutes == null) {
            message.set(UserMessage.of("dashboard.targets.invalidMinutes"));
            return false;
        }
        TargetsDto asked = new TargetsDto(slaPercent / 100.0, fcrPercent / 100.0, minutes,
                current == null ? 0 : current.version(), null, null);
        message.set(UserMessage.of("dashboard.targets.saving"));
        executors.run(() -> source.saveTargets(asked), done -> {
            current = done;
            message.set(UserMessage.of("dashboard.targets.saved"));
            saved.accept(done);
        }, e -> message.set(Failures.message(e)));
        return true;
    }

    private static String whole(double share) {
        return Long.toString(Math.round(share * 100));
    }

    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip().replace("%", "").strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    public StringProperty slaProperty() {
        return sla;
    }

    public StringProperty fcrProperty() {
        return fcr;
    }

    public StringProperty maxMinutesProperty() {
        return maxMinutes;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
