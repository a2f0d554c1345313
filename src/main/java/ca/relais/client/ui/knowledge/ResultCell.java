package ca.relais.client.ui.knowledge;

import ca.relais.client.sync.KnowledgeClient;
import ca.relais.client.ui.common.HighlightedText;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A search result or a suggestion: the title, then the snippet with the matched words in bold. The cell keeps its
 * nodes from one result to the next, so typing a query restyles nothing (ADR 0022).
 */
final class ResultCell extends ListCell<KnowledgeClient.Result> {
    private final Text title = new Text();
    private final HighlightedText snippet = new HighlightedText("kb-snippet", "kb-snippet-text", "kb-mark");
    private final TextFlow heading = new TextFlow(title);
    private final VBox box = new VBox(2, heading, snippet);

    ResultCell() {
        title.getStyleClass().add("kb-result-title");
        box.setMinWidth(0);
        setPrefWidth(0);
        listViewProperty().addListener((o, a, list) -> {
            box.maxWidthProperty().unbind();
            if (list != null) {
                box.maxWidthProperty().bind(list.widthProperty().subtract(34));
            }
        });
        heading.maxWidthProperty().bind(box.maxWidthProperty());
        snippet.maxWidthProperty().bind(box.maxWidthProperty());
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
        snippet.show(Highlight.parts(r.snippet()), Highlight.Part::text, Highlight.Part::matched);
        setAccessibleText(r.title() + ". " + Highlight.plain(r.snippet()));
        if (getGraphic() != box) {
            setGraphic(box);
        }
    }
}
