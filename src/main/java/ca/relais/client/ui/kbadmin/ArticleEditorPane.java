package ca.relais.client.ui.kbadmin;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The article form: fields, the Markdown body beside its live preview, the script, problems, save and retire. */
final class ArticleEditorPane extends VBox {
    private final I18n i18n;
    private final TextField title = new TextField();

    ArticleEditorPane(ArticleEditor editor, I18n i18n, Runnable onSave, Runnable onRetire) {
        super(10);
        this.i18n = i18n;
        setId("kb-admin-editor");
        setPadding(new Insets(12, 16, 12, 16));

        title.setId("kb-admin-title");
        title.textProperty().bindBidirectional(editor.titleProperty());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        TextField id = field("kb-admin-id", editor.idProperty(), "kbadmin.id.prompt");
        id.disableProperty().bind(editor.isNewProperty().not());
        ComboBox<String> language = choice("kb-admin-language", "kbadmin.language.", editor.languageProperty(),
                "fr", "en");
        ComboBox<String> audience = choice("kb-admin-audience", "kbadmin.audience.", editor.audienceProperty(),
                "AGENT", "PUBLIC");
        TextField department = field("kb-admin-department", editor.departmentProperty(), "kbadmin.department.prompt");
        TextField tags = field("kb-admin-tags", editor.tagsProperty(), "kbadmin.list.prompt");
        TextField keywords = field("kb-admin-keywords", editor.keywordsProperty(), "kbadmin.list.prompt");
        TextField types = field("kb-admin-types", editor.typeCodesProperty(), "kbadmin.list.prompt");
        TextField translation = field("kb-admin-translation", editor.translationOfProperty(), null);
        DatePicker reviewedOn = date("kb-admin-reviewed-on", editor.reviewedOnProperty());
        DatePicker reviewBy = date("kb-admin-review-by", editor.reviewByProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints input = new ColumnConstraints();
            input.setHgrow(Priority.ALWAYS);
            input.setMinWidth(120);
            form.getColumnConstraints().addAll(label, input);
        }
        form.add(label("kbadmin.field.title", title), 0, 0);
        form.add(title, 1, 0, 5, 1);
        form.addRow(1, label("kbadmin.field.language", language), language,
                label("kbadmin.field.audience", audience), audience,
                label("kbadmin.field.department", department), department);
        form.addRow(2, label("kbadmin.field.reviewed_on", reviewedOn), reviewedOn,
                label("kbadmin.field.review_by", reviewBy), reviewBy, label("kbadmin.field.type_codes", types), types);
        form.add(label("kbadmin.field.tags", tags), 0, 3);
        form.add(tags, 1, 3, 3, 1);
        form.add(label("kbadmin.field.keywords", keywords), 4, 3);
        form.add(keywords, 5, 3);
        form.add(label("kbadmin.field.id", id), 0, 4);
        form.add(id, 1, 4, 3, 1);
        form.add(label("kbadmin.field.translation_of", translation), 4, 4);
        form.add(translation, 5, 4);
        for (Region input : new Region[] {language, audience, department, reviewedOn, reviewBy, types, keywords,
            translation}) {
            input.setPrefWidth(120);
            input.setMaxWidth(Double.MAX_VALUE);
        }

        TextArea body = new TextArea();
        body.setId("kb-admin-body");
        body.setWrapText(true);
        body.textProperty().bindBidirectional(editor.bodyProperty());
        MarkdownPreview preview = new MarkdownPreview();
        preview.setId("kb-admin-preview");
        preview.show(editor.previewProperty().get());
        editor.previewProperty().addListener((o, a, blocks) -> preview.show(blocks));
        ScrollPane previewScroll = new ScrollPane(preview);
        previewScroll.setFitToWidth(true);
        previewScroll.getStyleClass().add("md-preview-scroll");
        SplitPane bodyAndPreview = new SplitPane(column("kbadmin.field.body", body),
                column("kbadmin.preview", previewScroll));
        bodyAndPreview.setOrientation(Orientation.HORIZONTAL);
        bodyAndPreview.setDividerPositions(0.5);
        VBox.setVgrow(bodyAndPreview, Priority.ALWAYS);
        bodyAndPreview.setMinHeight(200);

        TextArea script = new TextArea();
        script.setId("kb-admin-script");
        script.setWrapText(true);
        script.setPrefRowCount(2);
        script.textProperty().bindBidirectional(editor.scriptProperty());

        Label problems = new Label();
        problems.setId("kb-admin-problems");
        problems.setWrapText(true);
        problems.getStyleClass().addAll(Styles.DANGER, "login-error");
        Runnable showProblems = () -> problems.setText(String.join("\n", editor.problems().stream()
                .map(p -> "• " + ImportMessages.describe(i18n, p)).toList()));
        editor.problems().addListener((ListChangeListener<Object>) c -> showProblems.run());
        i18n.localeProperty().addListener((o, a, b) -> showProblems.run());
        problems.visibleProperty().bind(Bindings.isNotEmpty(editor.problems()));
        problems.managedProperty().bind(problems.visibleProperty());

        Button save = Buttons.of("kb-admin-save", Material2MZ.SAVE, i18n, "kbadmin.save", null, Styles.ACCENT);
        save.setDefaultButton(false);
        save.setOnAction(e -> onSave.run());
        Button retire = Buttons.of("kb-admin-retire", Material2AL.ARCHIVE, i18n, "kbadmin.retire", null, Styles.DANGER);
        retire.disableProperty().bind(editor.isNewProperty().or(editor.retiredProperty()));
        retire.setOnAction(e -> onRetire.run());
        Label state = new Label();
        state.setId("kb-admin-state");
        state.getStyleClass().add("badge");
        state.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(editor.retiredProperty().get()
                ? "kbadmin.badge.retired" : editor.dirtyProperty().get() ? "kbadmin.badge.unsaved"
                : "kbadmin.badge.new"), i18n.localeProperty(), editor.retiredProperty(), editor.dirtyProperty()));
        state.visibleProperty().bind(editor.retiredProperty().or(editor.dirtyProperty()).or(editor.isNewProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(10, save, retire, spacer, state);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(form, bodyAndPreview, column("kbadmin.field.script", script), problems, actions);
    }

    void focusTitle() {
        title.requestFocus();
    }

    private VBox column(String key, Node content) {
        Label l = label(key, content);
        VBox box = new VBox(4, l, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    private Label label(String key, Node field) {
        Label l = new Label();
        l.textProperty().bind(i18n.bind(key));
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private TextField field(String id, StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        if (prompt != null) {
            f.promptTextProperty().bind(i18n.bind(prompt));
        }
        return f;
    }

    private ComboBox<String> choice(String id, String prefix, StringProperty value, String... options) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(options);
        box.valueProperty().bindBidirectional(value);
        box.setButtonCell(cell(prefix));
        box.setCellFactory(l -> cell(prefix));
        i18n.localeProperty().addListener((o, a, b) -> box.setButtonCell(cell(prefix)));
        return box;
    }

    private ListCell<String> cell(String prefix) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.get(prefix + item));
            }
        };
    }

    private DatePicker date(String id, javafx.beans.property.ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : d.toString();
            }

            @Override
            public LocalDate fromString(String s) {
                if (s == null || s.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(s.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        picker.promptTextProperty().bind(i18n.bind("kbadmin.date.prompt"));
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }
}
