package ca.relais.client.ui.knowledge;

import ca.relais.api.KbArticleDto;
import ca.relais.client.sync.KnowledgeClient.Result;
import ca.relais.client.ui.common.Debouncer;
import ca.relais.client.ui.common.ListUpdates;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UiTimer;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.CityCalendar;
import ca.relais.domain.KbGapReason;
import ca.relais.domain.KbRating;
import ca.relais.domain.LocalizedText;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge panel: search as the agent types, articles suggested by the request being captured, an article with
 * its script, "used to answer", feedback on the article, and the knowledge gaps.
 *
 * <p>Gap rule. A search runs from the first character typed in the empty field until the field is emptied again, a
 * new call starts or the panel closes. Its query <em>settles</em> when it has stayed unchanged for
 * {@link #SETTLE_AFTER} with at least {@value #GAP_MIN_LENGTH} characters and its results are shown; the last settled
 * query stands for the search. Opening an article answers the search. A search that ends unanswered with a settled
 * query is one gap: {@code NO_RESULT} when that query found nothing, {@code NOT_OPENED} otherwise.
 */
public final class KnowledgeViewModel {
    static final Duration SUGGEST_AFTER = Duration.ofMillis(600);
    static final Duration SETTLE_AFTER = Duration.ofSeconds(2);
    static final int GAP_MIN_LENGTH = 3;
    static final int GAP_MAX_LENGTH = 300;
    static final int COMMENT_MAX = 2_000;
    private static final int RESULTS = 8;
    private static final int SUGGESTIONS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeViewModel.class);

    private final KnowledgeContext context;
    private final UiExecutors executors;
    private final Debouncer suggesting;
    private final Debouncer settling;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Result> results = FXCollections.observableArrayList();
    private final ObservableList<Result> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Result> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<KbArticleDto> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<KbRating> rating = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper feedbackSent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> feedbackMessage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> feedbackError = new ReadOnlyObjectWrapper<>();
    private Consumer<KbArticleDto> answerLogger = a -> { };

    private String resultsFor;
    private String resultsLanguage;
    private String waitingToSettle;
    private Search settled;
    private boolean answered;
    private String description = "";
    private String typeCode;

    /** A settled query and how many results it had. */
    record Search(String query, String language, int resultCount) {
    }

    public KnowledgeViewModel(KnowledgeContext context, UiExecutors executors, UiTimer timer) {
        this.context = context;
        this.executors = executors;
        this.suggesting = new Debouncer(timer, SUGGEST_AFTER);
        this.settling = new Debouncer(timer, SETTLE_AFTER);
        query.addListener((o, before, q) -> queryChanged(before, q));
        selected.addListener((o, a, r) -> open(r));
    }

    /** What to do with an article that answered the call: the call screen logs an information interaction. */
    public void onUsedToAnswer(Consumer<KbArticleDto> logger) {
        this.answerLogger = Objects.requireNonNull(logger);
    }

    private void queryChanged(String before, String q) {
        String text = q == null ? "" : q.strip();
        boolean wasEmpty = before == null || before.isBlank();
        settling.cancel();
        waitingToSettle = null;
        if (text.isEmpty()) {
            endSearch();
        } else if (wasEmpty) {
            answered = false;
        }
        if (text.length() < 2) {
            results.clear();
            resultsFor = null;
            message.set(null);
            return;
        }
        String language = context.language().get();
        executors.run(() -> context.lookup().search(q, language, RESULTS), found -> {
            if (q.equals(query.get())) {
                ListUpdates.update(results, found);
                resultsFor = q;
                resultsLanguage = language;
                message.set(found.isEmpty() ? UserMessage.of("kb.none") : null);
                if (q.equals(waitingToSettle)) {
                    settle(q);
                }
            }
        }, e -> {
            if (q.equals(query.get())) {
                results.clear();
                resultsFor = null;
                message.set(UserMessage.of("kb.offline"));
            }
        });
        if (text.length() >= GAP_MIN_LENGTH) {
            settling.submit(() -> settle(q));
        }
    }

    private void settle(String q) {
        if (!q.equals(query.get())) {
            return;
        }
        if (!q.equals(resultsFor)) {
            waitingToSettle = q;
            return;
        }
        waitingToSettle = null;
        settled = new Search(q.strip(), resultsLanguage, results.size());
    }

    /** Ends the current search; an unanswered one with a settled query becomes a knowledge gap. */
    private void endSearch() {
        settling.cancel();
        waitingToSettle = null;
        Search search = settled;
        boolean wasAnswered = answered;
        settled = null;
        answered = false;
        if (search != null && !wasAnswered) {
            executors.run(() -> {
                recordGap(search);
                return null;
            }, done -> context.requestSync().run(), e -> LOG.warn("A knowledge gap was not saved: {}", e.toString()));
        }
    }

    private void recordGap(Search search) {
        String text = search.query().length() <= GAP_MAX_LENGTH ? search.query()
                : search.query().substring(0, GAP_MAX_LENGTH);
        context.writes().kbGap(text, search.language(), search.resultCount(),
                (search.resultCount() == 0 ? KbGapReason.NO_RESULT : KbGapReason.NOT_OPENED).name());
    }

    private void open(Result r) {
        if (r == null) {
            return;
        }
        answered = true;
        executors.run(() -> context.lookup().article(r.id()), a -> {
            if (r.equals(selected.get())) {
                show(a);
            }
        }, e -> message.set(UserMessage.of("kb.offline")));
    }

    private void show(KbArticleDto a) {
        article.set(a);
        rating.set(null);
        comment.set("");
        feedbackSent.set(false);
        feedbackMessage.set(null);
        feedbackError.set(null);
    }

    /** Opens the first result (Enter in the search field). */
    public void openFirst() {
        if (!results.isEmpty()) {
            selected.set(results.get(0));
        }
    }

    /** The request's description changed: suggestions follow once the agent pauses. */
    public void describe(String text) {
        description = text == null ? "" : text;
        suggesting.submit(this::refreshSuggestions);
    }

    /** A request type was chosen (or cleared): its articles are suggested at once. */
    public void typeChosen(String code) {
        typeCode = code;
        suggesting.cancel();
        refreshSuggestions();
    }

    private void refreshSuggestions() {
        String text = description;
        String code = typeCode;
        if (text.isBlank() && code == null) {
            suggestions.clear();
            return;
        }
        String language = context.language().get();
        executors.run(() -> context.lookup().suggest(text, code, language, SUGGESTIONS), found -> {
            if (text.equals(description) && Objects.equals(code, typeCode)) {
                suggestions.setAll(found);
            }
        }, e -> LOG.warn("No suggestions: {}", e.toString()));
    }

    /** A new call: the current search ends (perhaps as a gap) and the panel starts empty. */
    public void newCall() {
        endSearch();
        query.set("");
        suggesting.cancel();
        description = "";
        typeCode = null;
        suggestions.clear();
        selected.set(null);
        show(null);
    }

    /** The panel closes (sign-out): the current search ends now, in this thread, before the cache closes. */
    public void close() {
        suggesting.cancel();
        settling.cancel();
        Search search = settled;
        settled = null;
        if (search != null && !answered) {
            try {
                recordGap(search);
            } catch (RuntimeException e) {
                LOG.warn("A knowledge gap was not saved: {}", e.toString());
            }
        }
    }

    /** Logs an information-only interaction with the open article. */
    public boolean useToAnswer() {
        KbArticleDto a = article.get();
        if (a == null) {
            return false;
        }
        answerLogger.accept(a);
        message.set(UserMessage.of("kb.logged", a.title()));
        return true;
    }

    /** The agent rates the open article: "useful" is sent at once, the others open a comment first. */
    public boolean rate(KbRating r) {
        if (article.get() == null || r == null || feedbackSent.get()) {
            return false;
        }
        feedbackError.set(null);
        if (r.negative()) {
            rating.set(r);
            return true;
        }
        rating.set(null);
        return send(r, "");
    }

    /** Saves the chosen rating and comment for the server (sent now, or when the workstation is back online). */
    public boolean sendFeedback() {
        KbRating r = rating.get();
        return r != null && send(r, comment.get() == null ? "" : comment.get().strip());
    }

    private boolean send(KbRating r, String text) {
        KbArticleDto a = article.get();
        if (a == null) {
            return false;
        }
        if (text.length() > COMMENT_MAX) {
            feedbackError.set(UserMessage.of("kb.feedback.tooLong", COMMENT_MAX));
            return false;
        }
        executors.run(() -> {
            context.writes().kbFeedback(a.id(), r.name(), text);
            return null;
        }, done -> {
            context.requestSync().run();
            if (a.equals(article.get())) {
                rating.set(null);
                comment.set("");
                feedbackSent.set(true);
                feedbackError.set(null);
                feedbackMessage.set(UserMessage.of("kb.feedback.thanks"));
            }
        }, e -> feedbackError.set(UserMessage.of("kb.feedback.failed")));
        return true;
    }

    /** Closes the comment without sending. */
    public void cancelFeedback() {
        rating.set(null);
        comment.set("");
        feedbackError.set(null);
    }

    /** True when the article is past its review date, in the city's time zone. */
    public boolean overdue(KbArticleDto a) {
        return a != null && a.reviewBy() != null
                && a.reviewBy().isBefore(LocalDate.ofInstant(context.clock().instant(), CityCalendar.ZONE));
    }

    /** The name of the article's department, or its code when the catalogue does not know it. */
    public LocalizedText department(KbArticleDto a) {
        if (a == null || a.department() == null || a.department().isBlank()) {
            return new LocalizedText("—", "—");
        }
        LocalizedText name = context.departments().get(a.department());
        return name == null ? new LocalizedText(a.department(), a.department()) : name;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Result> results() {
        return results;
    }

    public ObservableList<Result> suggestions() {
        return suggestions;
    }

    public ObjectProperty<Result> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<KbArticleDto> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<KbRating> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyBooleanProperty feedbackSentProperty() {
        return feedbackSent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> feedbackMessageProperty() {
        return feedbackMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> feedbackErrorProperty() {
        return feedbackError.getReadOnlyProperty();
    }
}
