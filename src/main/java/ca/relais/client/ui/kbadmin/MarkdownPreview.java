package ca.relais.client.ui.kbadmin;

import java.util.List;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The rendered body of an article: one text flow per Markdown block, styled by CSS classes. Also shows articles to
 * agents in the knowledge panel, so they read them as their authors previewed them.
 */
public final class MarkdownPreview extends VBox {
    public MarkdownPreview() {
        super(8);
        getStyleClass().add("md-preview");
    }

    public void show(List<MarkdownBlocks.Block> blocks) {
        getChildren().clear();
        for (MarkdownBlocks.Block b : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("md-" + b.kind().name().toLowerCase(java.util.Locale.ROOT));
            switch (b.kind()) {
                case BULLET -> flow.getChildren().add(text("•  ", "md-marker"));
                case NUMBERED -> flow.getChildren().add(text(b.level() + ".  ", "md-marker"));
                default -> {
                }
            }
            for (MarkdownBlocks.Span s : b.spans()) {
                Text t = text(s.text(), null);
                if (b.kind() == MarkdownBlocks.Kind.HEADING) {
                    t.getStyleClass().add("md-h" + Math.min(b.level(), 3));
                }
                if (s.bold()) {
                    t.getStyleClass().add("md-bold");
                }
                if (s.italic()) {
                    t.getStyleClass().add("md-italic");
                }
                if (s.code()) {
                    t.getStyleClass().add("md-code");
                }
                flow.getChildren().add(t);
            }
            getChildren().add(flow);
        }
    }

    private static Text text(String value, String style) {
        Text t = new Text(value);
        t.getStyleClass().add("md-text");
        if (style != null) {
            t.getStyleClass().add(style);
        }
        return t;
    }
}
