package ca.relais.client.ui.knowledge;

import atlantafx.base.theme.Styles;
import ca.relais.api.KbArticleDto;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Knowledge search, the article with its script set apart, and "used to answer". */
public final class KnowledgePanel extends VBox {
    private final KnowledgeViewModel vm;
    private final I18n i18n;
    private final TextField search = new TextField();

    public KnowledgePanel(KnowledgeViewModel vm, I18n i18n) {
        super(10);
        this.vm = vm;
        this.i18n = i18n;
        setId("knowledge-panel");
        setPadding(new Insets(16));
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("kb.heading"));
        heading.setGraphic(new FontIcon(Material2MZ.MENU_BOOK));
        heading.getStyleClass().addAll(Styles.TITLE_4, "panel-heading");
        search.setId("kb-search");
        search.promptTextProperty().bind(i18n.bind("kb.search.prompt"));
        search.accessibleTextProperty().bind(i18n.bind("kb.heading"));
        search.accessibleHelpProperty().bind(i18n.bind("shortcuts.kb"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<KnowledgeClient.Result> results = new ListView<>(vm.results());
        results.setId("kb-results");
        results.accessibleTextProperty().bind(i18n.bind("kb.results"));
        results.setPrefHeight(200);
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(KnowledgeClient.Result r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.title() + "\n" + r.snippet().replace("<mark>", "")
                        .replace("</mark>", ""));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selectedProperty().set(r));
        search.setOnAction(e -> vm.openFirst());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        Label message = new Label();
        message.setId("kb-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        getChildren().addAll(heading, search, message, results, article());
        VBox.setVgrow(results, Priority.SOMETIMES);
    }

    private ScrollPane article() {
        Label title = new Label();
        title.setId("kb-title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.TITLE_4);
        Label meta = new Label();
        meta.setWrapText(true);
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label overdue = new Label();
        overdue.setId("kb-overdue");
        overdue.textProperty().bind(i18n.bind("kb.overdue"));
        overdue.getStyleClass().addAll(Styles.WARNING, "badge");
        overdue.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        Label body = new Label();
        body.setWrapText(true);
        Label script = new Label();
        script.setId("kb-script");
        script.setWrapText(true);
        script.getStyleClass().add("script");
        Button copy = new Button();
        copy.textProperty().bind(i18n.bind("kb.copyScript"));
        copy.getStyleClass().add(Styles.SMALL);
        copy.accessibleTextProperty().bind(i18n.bind("kb.copyScript"));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(script.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        Button used = new Button();
        used.setId("kb-used");
        used.setGraphic(new FontIcon(Material2AL.CHECK));
        used.textProperty().bind(i18n.bind("kb.used"));
        used.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
        used.accessibleTextProperty().bind(i18n.bind("kb.used"));
        used.setOnAction(e -> vm.useToAnswer());
        Runnable render = () -> {
            KbArticleDto a = vm.articleProperty().get();
            if (a == null) {
                return;
            }
            title.setText(a.title());
            meta.setText(i18n.get("kb.meta", a.department() == null ? "—" : a.department(),
                    a.reviewedOn() == null ? "—" : a.reviewedOn().toString()));
            overdue.setVisible(vm.overdue(a));
            overdue.setManaged(vm.overdue(a));
            body.setText(a.body().replaceAll("\\*\\*Script ?:\\*\\*.*", "").replace("**", "").strip());
            script.setText(a.script() == null ? "" : a.script());
        };
        vm.articleProperty().addListener((o, a, b) -> render.run());
        i18n.localeProperty().addListener((o, a, b) -> render.run());
        VBox box = new VBox(8, title, meta, overdue, script, new HBox(8, copy, used), body);
        box.visibleProperty().bind(Bindings.isNotNull(vm.articleProperty()));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setId("kb-article");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    public void focusSearch() {
        search.requestFocus();
    }
}
