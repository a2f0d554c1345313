package ca.relais.client.ui.knowledge;

import ca.relais.api.KbArticleDto;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The knowledge panel: search as the agent types, read an article, copy its script, and log that it answered the
 * call (an information-only interaction carrying the article).
 */
public final class KnowledgeViewModel {
    private final KnowledgeClient client;
    private final UiExecutors executors;
    private final Supplier<String> language;
    private final BiConsumer<KbArticleDto, Runnable> usedToAnswer;
    private final Clock clock;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<KnowledgeClient.Result> results = FXCollections.observableArrayList();
    private final ObjectProperty<KnowledgeClient.Result> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<KbArticleDto> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();

    public KnowledgeViewModel(KnowledgeClient client, UiExecutors executors, Supplier<String> language,
                              BiConsumer<KbArticleDto, Runnable> usedToAnswer, Clock clock) {
        this.client = client;
        this.executors = executors;
        this.language = language;
        this.usedToAnswer = usedToAnswer;
        this.clock = clock;
        query.addListener((o, a, q) -> search(q));
        selected.addListener((o, a, r) -> open(r));
    }

    private void search(String q) {
        if (q == null || q.strip().length() < 2) {
            results.clear();
            message.set(null);
            return;
        }
        executors.run(() -> client.search(q, language.get(), 8), found -> {
            if (q.equals(query.get())) {
                results.setAll(found);
                message.set(found.isEmpty() ? UserMessage.of("kb.none") : null);
            }
        }, e -> message.set(UserMessage.of("kb.offline")));
    }

    private void open(KnowledgeClient.Result r) {
        if (r == null) {
            return;
        }
        executors.run(() -> client.article(r.id()), article::set, e -> message.set(UserMessage.of("kb.offline")));
    }

    /** Opens the first result (Enter in the search field). */
    public void openFirst() {
        if (!results.isEmpty()) {
            selected.set(results.get(0));
        }
    }

    /** Logs an information-only interaction with the open article (or the first result). */
    public boolean useToAnswer() {
        KbArticleDto a = article.get();
        if (a == null) {
            return false;
        }
        usedToAnswer.accept(a, () -> message.set(UserMessage.of("kb.logged", a.title())));
        return true;
    }

    /** True when the article is past its review date. */
    public boolean overdue(KbArticleDto a) {
        return a != null && a.reviewBy() != null
                && a.reviewBy().isBefore(LocalDate.ofInstant(clock.instant(), ZoneId.of("America/Toronto")));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<KnowledgeClient.Result> results() {
        return results;
    }

    public ObjectProperty<KnowledgeClient.Result> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<KbArticleDto> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
