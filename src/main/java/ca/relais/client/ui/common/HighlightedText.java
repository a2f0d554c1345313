package ca.relais.client.ui.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A line of text with its matched parts styled apart, for search results. Its {@link Text} pieces are kept and
 * given new words from one result to the next (a list cell shows many results while the agent types): making and
 * styling new nodes at each keystroke kept the FX thread busy past a frame (ADR 0022). Pieces left over hold no text.
 */
public final class HighlightedText extends TextFlow {
    private final String plainStyle;
    private final String matchedStyle;

    public HighlightedText(String styleClass, String plainStyle, String matchedStyle) {
        this.plainStyle = plainStyle;
        this.matchedStyle = matchedStyle;
        getStyleClass().add(styleClass);
    }

    /** Shows {@code parts} in order: each one's text, styled as matched or not. */
    public <T> void show(List<T> parts, Function<T, String> text, Predicate<T> matched) {
        List<Node> pieces = getChildren();
        while (pieces.size() < parts.size()) {
            Text t = new Text();
            t.getStyleClass().add(plainStyle);
            pieces.add(t);
        }
        for (int i = 0; i < pieces.size(); i++) {
            Text t = (Text) pieces.get(i);
            if (i >= parts.size()) {
                t.setText("");
                continue;
            }
            T part = parts.get(i);
            t.setText(text.apply(part));
            String style = matched.test(part) ? matchedStyle : plainStyle;
            if (!t.getStyleClass().contains(style)) {
                t.getStyleClass().setAll(style);
            }
        }
    }
}
