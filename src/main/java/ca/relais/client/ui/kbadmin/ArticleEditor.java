package ca.relais.client.ui.kbadmin;

import ca.relais.api.KbArticleDto;
import ca.relais.api.KbImportError;
import ca.relais.domain.TextFolding;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The article being edited: one property per field (lists typed as comma-separated text), the live preview of its
 * body, whether it differs from what was loaded, and the problems found by the last check or save.
 */
public final class ArticleEditor {
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("fr");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty department = new SimpleStringProperty("");
    private final StringProperty audience = new SimpleStringProperty("AGENT");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty keywords = new SimpleStringProperty("");
    private final StringProperty typeCodes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reviewedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> reviewBy = new SimpleObjectProperty<>();
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty script = new SimpleStringProperty("");
    private final StringProperty translationOf = new SimpleStringProperty("");
    private final BooleanProperty retired = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<List<MarkdownBlocks.Block>> preview = new ReadOnlyObjectWrapper<>(List.of());
    private final ObservableList<KbImportError> problems = FXCollections.observableArrayList();
    private KbArticleDto original;

    public ArticleEditor() {
        for (ObservableValue<?> p : List.of(id, language, title, department, audience, tags, keywords, typeCodes,
                reviewedOn, reviewBy, body, script, translationOf, retired)) {
            p.addListener((o, a, b) -> dirty.set(!Objects.equals(toDto(), original)));
        }
        body.addListener((o, a, text) -> preview.set(MarkdownBlocks.parse(text)));
    }

    /** Shows an article as stored on the server. */
    public void load(KbArticleDto a) {
        original = null;
        id.set(a.id());
        language.set(a.language() == null ? "fr" : a.language());
        title.set(text(a.title()));
        department.set(text(a.department()));
        audience.set(a.audience() == null ? "AGENT" : a.audience());
        tags.set(String.join(", ", a.tags()));
        keywords.set(String.join(", ", a.keywords()));
        typeCodes.set(String.join(", ", a.typeCodes()));
        reviewedOn.set(a.reviewedOn());
        reviewBy.set(a.reviewBy());
        body.set(text(a.body()));
        script.set(text(a.script()));
        translationOf.set(text(a.translationOf()));
        retired.set(a.retired());
        original = toDto();
        isNew.set(false);
        dirty.set(false);
        problems.clear();
    }

    /** Starts a new article, reviewed today and due for review in a year. */
    public void blank(String lang, String initialTitle, LocalDate today) {
        load(new KbArticleDto("", lang, initialTitle, "", List.of(), null, "AGENT", today, today.plusYears(1),
                List.of(), null, null, List.of(), false));
        original = null;
        isNew.set(true);
        dirty.set(initialTitle != null && !initialTitle.isBlank());
    }

    /** Marks the current text as saved under its (possibly generated) id. */
    public void saved(KbArticleDto a) {
        load(a);
    }

    /** The article as typed; a new article without id gets one made from its title and language. */
    public KbArticleDto toDto() {
        String key = id.get() == null ? "" : id.get().strip();
        if (key.isEmpty() && isNew.get()) {
            key = suggestedId();
        }
        return new KbArticleDto(key, language.get(), title.get() == null ? null : title.get().strip(),
                empty(body.get()), list(tags.get()), empty(department.get()), audience.get(), reviewedOn.get(),
                reviewBy.get(), list(keywords.get()), empty(script.get()), empty(translationOf.get()),
                list(typeCodes.get()), retired.get());
    }

    String suggestedId() {
        String slug = TextFolding.fold(title.get()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "" : "kb-" + slug + "-" + language.get();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public StringProperty idProperty() {
        return id;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public StringProperty audienceProperty() {
        return audience;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty keywordsProperty() {
        return keywords;
    }

    public StringProperty typeCodesProperty() {
        return typeCodes;
    }

    public ObjectProperty<LocalDate> reviewedOnProperty() {
        return reviewedOn;
    }

    public ObjectProperty<LocalDate> reviewByProperty() {
        return reviewBy;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty scriptProperty() {
        return script;
    }

    public StringProperty translationOfProperty() {
        return translationOf;
    }

    public BooleanProperty retiredProperty() {
        return retired;
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<MarkdownBlocks.Block>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Problems of the last check or save, each on a field of this article (file and line are not used). */
    public ObservableList<KbImportError> problems() {
        return problems;
    }
}
