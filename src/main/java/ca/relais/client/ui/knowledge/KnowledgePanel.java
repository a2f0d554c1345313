package ca.relais.client.ui.knowledge;

import atlantafx.base.theme.Styles;
import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Knowledge search, the articles suggested by the request being captured (shown while the search field is empty),
 * the open article, and the agent's feedback on it.
 */
public final class KnowledgePanel extends VBox {
    private final KnowledgeViewModel vm;
    private final I18n i18n;
    private final TextField search = new TextField();

    public KnowledgePanel(KnowledgeViewModel vm, I18n i18n) {
        super(10);
        this.vm = vm;
        this.i18n = i18n;
        setId("knowledge-panel");
        getStyleClass().add("knowledge-panel");
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
        Label message = new Label();
        message.setId("kb-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        BooleanBinding searching = Bindings.createBooleanBinding(() -> !vm.queryProperty().get().isBlank(),
                vm.queryProperty());
        ListView<KnowledgeClient.Result> results = list("kb-results", vm.results(), 200);
        results.visibleProperty().bind(searching);
        results.managedProperty().bind(results.visibleProperty());
        search.setOnAction(e -> vm.openFirst());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                results.requestFocus();
                results.getSelectionModel().selectFirst();
            }
        });
        VBox suggested = suggestions(searching);
        ArticleView article = new ArticleView(vm, i18n);
        VBox.setVgrow(article, Priority.ALWAYS);
        FeedbackBar feedback = new FeedbackBar(vm, i18n, search::requestFocus);
        getChildren().addAll(heading, search, message, results, suggested, article, feedback);
    }

    private VBox suggestions(BooleanBinding searching) {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("kb.suggestions"));
        title.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_SMALL);
        ListView<KnowledgeClient.Result> list = list("kb-suggestions", vm.suggestions(), 150);
        list.setFocusTraversable(true);
        VBox box = new VBox(4, title, list);
        box.setId("kb-suggested");
        box.visibleProperty().bind(searching.not().and(Bindings.isNotEmpty(vm.suggestions())));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private ListView<KnowledgeClient.Result> list(String id, javafx.collections.ObservableList<KnowledgeClient.Result>
            items, double height) {
        ListView<KnowledgeClient.Result> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("wrapping");
        list.accessibleTextProperty().bind(i18n.bind(id.equals("kb-suggestions") ? "kb.suggestions" : "kb.results"));
        list.setPrefHeight(height);
        list.setMinHeight(Math.min(height, 140));
        list.setCellFactory(l -> new ResultCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        items.addListener((javafx.collections.ListChangeListener<KnowledgeClient.Result>) c ->
                list.getSelectionModel().clearSelection());
        vm.selectedProperty().addListener((o, a, r) -> {
            if (r != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().clearSelection();
            }
        });
        return list;
    }

    public void focusSearch() {
        search.requestFocus();
    }
}
