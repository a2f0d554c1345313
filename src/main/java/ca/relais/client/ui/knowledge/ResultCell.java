package ca.relais.client.ui.knowledge;

import ca.relais.client.sync.KnowledgeClient;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A search result or a suggestion: the title, then the snippet with the matched words in bold. */
final class ResultCell extends ListCell<KnowledgeClient.Result> {
    private final Text title = new Text();
    private final TextFlow snippet = new TextFlow();
    private final TextFlow heading = new TextFlow(title);
    private final VBox box = new VBox(2, heading, snippet);

    ResultCell() {
        title.getStyleClass().add("kb-result-title");
        snippet.getStyleClass().add("kb-snippet");
        box.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(KnowledgeClient.Result r, boolean empty) {
        super.updateItem(r, empty);
        if (empty || r == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(r.title());
        snippet.getChildren().setAll(Highlight.parts(r.snippet()).stream().map(p -> {
            Text t = new Text(p.text());
            t.getStyleClass().add(p.matched() ? "kb-mark" : "kb-snippet-text");
            return t;
        }).toList());
        box.maxWidthProperty().bind(getListView().widthProperty().subtract(34));
        heading.maxWidthProperty().bind(box.maxWidthProperty());
        snippet.maxWidthProperty().bind(box.maxWidthProperty());
        setAccessibleText(r.title() + ". " + Highlight.plain(r.snippet()));
        setGraphic(box);
    }
}
