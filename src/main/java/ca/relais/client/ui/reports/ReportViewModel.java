package ca.relais.client.ui.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.api.TrendsDto;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.client.ui.dashboard.Failures;
import ca.relais.domain.CityCalendar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The accountability report for a period (figures and charts from the server, CSV and PDF exports) and the
 * continuous-improvement trends.
 */
public final class ReportViewModel {
    static final int TREND_WEEKS = 8;
    private final ReportSource source;
    private final UiExecutors executors;
    private final Clock clock;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AccountabilityDto> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrendsDto> trends = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReportViewModel(ReportSource source, UiExecutors executors, Clock clock) {
        this.source = source;
        this.executors = executors;
        this.clock = clock;
        preset(PeriodPreset.THIS_MONTH);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CityCalendar.ZONE);
    }

    /** Sets the period to a preset, without reading it yet. */
    public void preset(PeriodPreset preset) {
        LocalDate[] range = preset.range(today());
        from.set(range[0]);
        to.set(range[1]);
    }

    /** Reads the report for the period; false, with the reason, when the period is not valid. */
    public boolean load() {
        LocalDate f = from.get();
        LocalDate t = to.get();
        if (f == null || t == null) {
            message.set(UserMessage.of("report.period.missing"));
            return false;
        }
        if (t.isBefore(f)) {
            message.set(UserMessage.of("report.period.reversed"));
            return false;
        }
        busy.set(true);
        message.set(UserMessage.of("report.loading"));
        executors.run(() -> source.accountability(f, t), done -> {
            busy.set(false);
            figures.set(done);
            message.set(null);
        }, this::failed);
        return true;
    }

    public void loadTrends() {
        executors.run(() -> source.trends(TREND_WEEKS), trends::set, this::failed);
    }

    /** Downloads the report of the period shown as {@code csv} or {@code pdf} and writes it to {@code target}. */
    public void export(String format, Path target) {
        AccountabilityDto shown = figures.get();
        LocalDate f = shown == null ? from.get() : shown.from();
        LocalDate t = shown == null ? to.get() : shown.to();
        busy.set(true);
        message.set(UserMessage.of("report.exporting"));
        executors.run(() -> {
            byte[] bytes = source.export(f, t, format);
            Files.write(target, bytes);
            return target;
        }, done -> {
            busy.set(false);
            message.set(UserMessage.of("report.exported", done.toString()));
        }, this::failed);
    }

    /** The file name offered for an export. */
    public String exportName(String format) {
        AccountabilityDto shown = figures.get();
        LocalDate f = shown == null ? from.get() : shown.from();
        LocalDate t = shown == null ? to.get() : shown.to();
        return "reddition-de-comptes-" + f + "-" + t + "." + format;
    }

    private void failed(Exception e) {
        busy.set(false);
        message.set(Failures.message(e));
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyObjectProperty<AccountabilityDto> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrendsDto> trendsProperty() {
        return trends.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
