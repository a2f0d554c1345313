package ca.relais.client.ui.ombudsman;

import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.PageDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.client.sync.OmbudsmanClient.CaseQuery;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.client.ui.dashboard.Failures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The ombudsman's workspace, read-only: search every request, read a case's whole trail, export its file as PDF. */
public final class OmbudsmanViewModel {
    static final int PAGE = 50;
    private final CaseSource source;
    private final UiExecutors executors;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>();
    private final StringProperty department = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<RequestSummaryDto> results = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<OmbudsmanCaseDto> openCase = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TrailEntry> trail = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private CaseQuery lastQuery;
    private String cursor;

    public OmbudsmanViewModel(CaseSource source, UiExecutors executors) {
        this.source = source;
        this.executors = executors;
    }

    /** Searches with the criteria as they stand, from the first page. */
    public void search() {
        if (from.get() != null && to.get() != null && to.get().isBefore(from.get())) {
            message.set(UserMessage.of("report.period.reversed"));
            return;
        }
        CaseQuery q = new CaseQuery(blankToNull(text.get()), status.get(), blankToNull(department.get()), from.get(),
                to.get());
        lastQuery = q;
        cursor = null;
        results.clear();
        hasMore.set(false);
        page(q);
    }

    public void more() {
        if (lastQuery != null && cursor != null) {
            page(lastQuery);
        }
    }

    private void page(CaseQuery q) {
        String after = cursor;
        message.set(UserMessage.of("ombudsman.searching"));
        executors.run(() -> source.search(q, PAGE, after), found -> show(q, found), e -> message.set(Failures.message(e)));
    }

    private void show(CaseQuery q, PageDto<RequestSummaryDto> page) {
        if (q != lastQuery) {
            return;
        }
        results.addAll(page.items());
        total.set(page.total());
        cursor = page.nextCursor();
        hasMore.set(cursor != null);
        message.set(UserMessage.of(results.isEmpty() ? "ombudsman.none" : "ombudsman.found", page.total()));
    }

    /** Reads the whole trail of a case. */
    public void open(RequestSummaryDto summary) {
        if (summary == null) {
            return;
        }
        message.set(UserMessage.of("ombudsman.opening", summary.number()));
        executors.run(() -> source.open(summary.id()), c -> {
            openCase.set(c);
            trail.setAll(TrailEntry.of(c));
            message.set(null);
        }, e -> message.set(Failures.message(e)));
    }

    /** Writes the open case's file, as the server builds it in PDF, to {@code target}. */
    public void exportPdf(Path target) {
        OmbudsmanCaseDto c = openCase.get();
        if (c == null) {
            message.set(UserMessage.of("ombudsman.noCase"));
            return;
        }
        message.set(UserMessage.of("report.exporting"));
        executors.run(() -> {
            Files.write(target, source.pdf(c.request().id()));
            return target;
        }, done -> message.set(UserMessage.of("report.exported", done.toString())),
                e -> message.set(Failures.message(e)));
    }

    /** The file name offered for a case's PDF. */
    public String pdfName() {
        OmbudsmanCaseDto c = openCase.get();
        String ref = c == null ? "dossier" : c.request().number() != null ? c.request().number()
                : c.request().id().toString();
        return "dossier-" + ref + ".pdf";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<RequestSummaryDto> results() {
        return results;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OmbudsmanCaseDto> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public ObservableList<TrailEntry> trail() {
        return trail;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
