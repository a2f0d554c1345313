package ca.relais.client.ui.kbadmin;

import ca.relais.api.Json;
import ca.relais.api.KbArticleDto;
import ca.relais.api.KbArticleRules;
import ca.relais.api.KbFeedbackSummaryDto;
import ca.relais.api.KbGapDto;
import ca.relais.api.KbImport;
import ca.relais.api.KbImportError;
import ca.relais.api.KbJsonImport;
import ca.relais.api.KbMarkdown;
import ca.relais.api.KbOverdueDto;
import ca.relais.api.Problem;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.KnowledgeAdminClient;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.TextFolding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Knowledge-base management for supervisors: the articles with a filter, the editor, the lists of overdue reviews,
 * negative feedback and knowledge gaps, and import and export. Nothing is applied from an import with any error, and
 * a failed save keeps every character typed in the editor.
 */
public final class KbAdminViewModel {
    static final int FEEDBACK_LIMIT = 100;
    static final int GAP_DAYS = 30;
    static final int GAP_LIMIT = 50;
    private static final Pattern POSITION = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");
    private static final ZoneId CITY = ca.relais.domain.CityCalendar.ZONE;

    private final KnowledgeAdminClient client;
    private final UiExecutors executors;
    private final Clock clock;
    private final ObservableList<KbArticleDto> articles = FXCollections.observableArrayList();
    private final FilteredList<KbArticleDto> visible = new FilteredList<>(articles, a -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<KbOverdueDto> overdue = FXCollections.observableArrayList();
    private final ObservableList<KbFeedbackSummaryDto> feedback = FXCollections.observableArrayList();
    private final ObservableList<KbGapDto> gaps = FXCollections.observableArrayList();
    private final ObservableList<KbImportError> importErrors = FXCollections.observableArrayList();
    private final ArticleEditor editor = new ArticleEditor();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private boolean saving;

    public KbAdminViewModel(KnowledgeAdminClient client, UiExecutors executors, Clock clock) {
        this.client = client;
        this.executors = executors;
        this.clock = clock;
        filter.addListener((o, a, f) -> {
            String key = TextFolding.fold(f);
            visible.setPredicate(key.isEmpty() ? x -> true : x -> TextFolding.fold(x.id() + " " + x.title() + " "
                    + String.join(" ", x.tags()) + " " + (x.department() == null ? "" : x.department()))
                    .contains(key));
        });
        editor.blank("fr", "", today());
    }

    private record Lists(List<KbArticleDto> articles, List<KbOverdueDto> overdue,
                         List<KbFeedbackSummaryDto> feedback, List<KbGapDto> gaps) {
    }

    /** Reloads the articles and the three lists from the server. */
    public void refresh() {
        busy.set(true);
        executors.run(() -> new Lists(client.articles(), client.overdue(), client.negativeFeedback(FEEDBACK_LIMIT),
                client.gaps(GAP_DAYS, GAP_LIMIT)), lists -> {
                    busy.set(false);
                    articles.setAll(lists.articles().stream()
                            .sorted(java.util.Comparator.comparing(KbArticleDto::title, String.CASE_INSENSITIVE_ORDER))
                            .toList());
                    overdue.setAll(lists.overdue());
                    feedback.setAll(lists.feedback());
                    gaps.setAll(lists.gaps());
                }, this::failed);
    }

    /** Whether the editor may show another article without losing typed text. */
    public boolean canLeaveEditor() {
        return !editor.dirtyProperty().get();
    }

    /** Shows the article in the editor; false when it is not in the list. Check {@link #canLeaveEditor()} first. */
    public boolean open(String id) {
        Optional<KbArticleDto> found = articles.stream().filter(a -> a.id().equals(id)).findFirst();
        found.ifPresent(a -> {
            editor.load(a);
            message.set(null);
        });
        return found.isPresent();
    }

    public void newArticle() {
        editor.blank("fr", "", today());
        message.set(null);
    }

    /** A new article to fill a knowledge gap: its title is the search, in the search's language. */
    public void newArticleFor(KbGapDto gap) {
        editor.blank(gap.language(), gap.query(), today());
        message.set(UserMessage.of("kbadmin.fromGap", gap.query()));
    }

    /** Checks the article and sends it; on failure the editor keeps its text and shows why. */
    public void save() {
        if (saving) {
            return;
        }
        KbArticleDto a = editor.toDto();
        List<KbImportError> problems = new ArrayList<>();
        KbArticleRules.check(a).forEach(v -> problems.add(new KbImportError(null, 0, v.field(), v.code(), null)));
        if (editor.isNewProperty().get() && articles.stream().anyMatch(x -> x.id().equals(a.id()))) {
            problems.add(new KbImportError(null, 0, "id", "duplicate", a.id()));
        }
        editor.problems().setAll(problems);
        if (!problems.isEmpty()) {
            message.set(UserMessage.of("kbadmin.invalid"));
            return;
        }
        busy.set(true);
        saving = true;
        executors.run(() -> client.save(List.of(a)), n -> {
            saving = false;
            busy.set(false);
            editor.saved(a);
            replace(a);
            message.set(UserMessage.of(a.retired() ? "kbadmin.retired" : "kbadmin.saved", a.title()));
            refresh();
        }, e -> {
            saving = false;
            busy.set(false);
            if (e instanceof ApiException api && api.status() == 422 && api.problem() != null
                    && api.problem().errors() != null) {
                editor.problems().setAll(api.problem().errors().stream()
                        .map(f -> new KbImportError(null, 0, field(f), code(f), null)).toList());
                message.set(UserMessage.of("kbadmin.invalid"));
            } else {
                failed(e);
            }
        });
    }

    /** Retires the article shown: it leaves the agents' search but stays in the export. */
    public void retire() {
        if (!editor.isNewProperty().get()) {
            editor.retiredProperty().set(true);
            save();
        }
    }

    public void resolve(KbFeedbackSummaryDto row) {
        busy.set(true);
        executors.run(() -> {
            client.resolve(row.id());
            return row;
        }, done -> {
            busy.set(false);
            feedback.remove(done);
            message.set(UserMessage.of("kbadmin.resolved", done.title()));
        }, this::failed);
    }

    public void importJson(Path file) {
        importFrom(() -> KbJsonImport.readFile(file));
    }

    public void importFolder(Path folder) {
        importFrom(() -> KbMarkdown.readFolder(folder));
    }

    private void importFrom(UiExecutors.Work<KbImport> read) {
        importErrors.clear();
        busy.set(true);
        executors.run(() -> {
            KbImport found = read.call();
            if (!found.ok()) {
                return found;
            }
            try {
                client.save(found.dtos());
                return found;
            } catch (ApiException e) {
                return new KbImport(List.of(), located(e, found));
            }
        }, done -> {
            busy.set(false);
            if (done.ok()) {
                message.set(UserMessage.of("kbadmin.imported", done.articles().size()));
                refresh();
            } else {
                importErrors.setAll(done.errors());
                message.set(UserMessage.of("kbadmin.importRefused", done.errors().size()));
            }
        }, this::failed);
    }

    /** The server's refusal of an import, each error placed back at its file and line. */
    private static List<KbImportError> located(ApiException e, KbImport sent) {
        Problem p = e.problem();
        if (e.status() != 422 || p == null || p.errors() == null) {
            return List.of(new KbImportError(sent.articles().isEmpty() ? null : sent.articles().get(0).file(), 0,
                    null, "refused", e.getMessage()));
        }
        List<KbImportError> out = new ArrayList<>();
        for (Problem.FieldError f : p.errors()) {
            Matcher m = POSITION.matcher(f.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < sent.articles().size()) {
                KbImport.Sourced s = sent.articles().get(Integer.parseInt(m.group(1)));
                String field = m.group(2).isEmpty() ? null : m.group(2);
                out.add(new KbImportError(s.file(), field == null ? s.line() : s.lineOf(field), field,
                        f.code() == null ? "refused" : f.code(), f.message()));
            } else {
                out.add(new KbImportError(null, 0, null, "refused", f.field() + " " + f.message()));
            }
        }
        return out;
    }

    public void exportJson(Path file) {
        export(articles -> {
            Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(articles),
                    StandardCharsets.UTF_8);
            return file;
        });
    }

    public void exportFolder(Path folder) {
        export(articles -> {
            KbMarkdown.writeFolder(folder, articles);
            return folder;
        });
    }

    private interface Writer {
        Path write(List<KbArticleDto> articles) throws Exception;
    }

    private record Exported(Path where, int count) {
    }

    private void export(Writer writer) {
        busy.set(true);
        executors.run(() -> {
            List<KbArticleDto> all = client.articles();
            return new Exported(writer.write(all), all.size());
        }, done -> {
            busy.set(false);
            message.set(UserMessage.of("kbadmin.exported", done.count(), done.where().toString()));
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof ApiException api) {
            message.set(api.status() == 401 || api.status() == 403 ? UserMessage.of("kbadmin.forbidden")
                    : UserMessage.of("kbadmin.refused", api.getMessage()));
        } else if (e instanceof java.io.IOException io) {
            message.set(UserMessage.of("kbadmin.fileError", String.valueOf(io.getMessage())));
        } else {
            message.set(UserMessage.of("kbadmin.offline"));
        }
    }

    private void replace(KbArticleDto a) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(a.id())) {
                articles.set(i, a);
                return;
            }
        }
        articles.add(a);
    }

    private static String field(Problem.FieldError f) {
        Matcher m = POSITION.matcher(f.field());
        return m.matches() && !m.group(2).isEmpty() ? m.group(2) : f.field();
    }

    private static String code(Problem.FieldError f) {
        return f.code() == null ? "refused" : f.code();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CITY);
    }

    public ArticleEditor editor() {
        return editor;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObservableList<KbArticleDto> visibleArticles() {
        return visible;
    }

    public ObservableList<KbOverdueDto> overdue() {
        return overdue;
    }

    public ObservableList<KbFeedbackSummaryDto> feedback() {
        return feedback;
    }

    public ObservableList<KbGapDto> gaps() {
        return gaps;
    }

    public ObservableList<KbImportError> importErrors() {
        return importErrors;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
