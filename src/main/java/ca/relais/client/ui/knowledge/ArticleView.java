package ca.relais.client.ui.knowledge;

import atlantafx.base.theme.Styles;
import ca.relais.api.KbArticleDto;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.kbadmin.MarkdownBlocks;
import ca.relais.client.ui.kbadmin.MarkdownPreview;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The open article: title, department, review dates and overdue badge, the script set apart, then the body. */
final class ArticleView extends ScrollPane {
    private final KnowledgeViewModel vm;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label department = new Label();
    private final Label reviewed = new Label();
    private final Label overdue = new Label();
    private final Label script = new Label();
    private final VBox scriptBox;
    private final MarkdownPreview body = new MarkdownPreview();

    ArticleView(KnowledgeViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("kb-article");
        setFitToWidth(true);
        getStyleClass().add("kb-article");
        title.setId("kb-title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_4);
        department.setId("kb-department");
        department.setGraphic(new FontIcon(Material2AL.APARTMENT));
        reviewed.setId("kb-reviewed");
        reviewed.setGraphic(new FontIcon(Material2MZ.UPDATE));
        for (Label l : new Label[] {department, reviewed}) {
            l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        }
        overdue.setId("kb-overdue");
        overdue.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        overdue.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL, "badge");
        FlowPane meta = new FlowPane(12, 4, department, reviewed, overdue);
        Label scriptCaption = new Label();
        scriptCaption.textProperty().bind(i18n.bind("kb.script"));
        scriptCaption.setGraphic(new FontIcon(Material2MZ.RECORD_VOICE_OVER));
        scriptCaption.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        script.setId("kb-script");
        script.setWrapText(true);
        scriptBox = new VBox(4, scriptCaption, script);
        scriptBox.getStyleClass().add("script");
        body.getStyleClass().add("kb-body");
        VBox box = new VBox(10, title, meta, scriptBox, actions(), body);
        box.getStyleClass().add("kb-article-box");
        visibleProperty().bind(Bindings.isNotNull(vm.articleProperty()));
        managedProperty().bind(visibleProperty());
        setContent(box);
        vm.articleProperty().addListener((o, a, b) -> render());
        i18n.localeProperty().addListener((o, a, b) -> render());
    }

    private HBox actions() {
        Button copy = Buttons.of("kb-copy-script", Material2AL.CONTENT_COPY, i18n, "kb.copyScript", null, Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(script.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        copy.disableProperty().bind(script.textProperty().isEmpty());
        Button used = Buttons.of("kb-used", Material2AL.CHECK, i18n, "kb.used", null, Styles.SMALL, Styles.SUCCESS);
        used.setOnAction(e -> vm.useToAnswer());
        return new HBox(8, copy, used);
    }

    private void render() {
        KbArticleDto a = vm.articleProperty().get();
        if (a == null) {
            return;
        }
        setVvalue(0);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(i18n.locale());
        title.setText(a.title());
        department.setText(i18n.get("kb.department", vm.department(a).in(i18n.locale())));
        reviewed.setText(a.reviewedOn() == null ? i18n.get("kb.reviewed.never")
                : i18n.get("kb.reviewed", dates.format(a.reviewedOn())));
        boolean late = vm.overdue(a);
        overdue.setText(late ? i18n.get("kb.overdue", dates.format(a.reviewBy())) : "");
        overdue.setVisible(late);
        overdue.setManaged(late);
        boolean hasScript = a.script() != null && !a.script().isBlank();
        script.setText(hasScript ? a.script().strip() : "");
        scriptBox.setVisible(hasScript);
        scriptBox.setManaged(hasScript);
        body.show(MarkdownBlocks.parse(ArticleText.withoutScript(a.body())));
    }
}
