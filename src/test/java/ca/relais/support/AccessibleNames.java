package ca.relais.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * Walks a scene graph as a screen reader would meet it: every control the keyboard can reach must have an accessible
 * text, or a label that names it ({@code labelFor}). Controls inside another control's skin (the arrow of a combo box,
 * the scroll bars of a list) belong to that control and are skipped.
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /** The focusable, shown controls under {@code root} that a screen reader could not name. */
    public static List<String> missing(Parent root) {
        Set<Node> labelled = new HashSet<>();
        collectLabelled(root, labelled);
        List<String> out = new ArrayList<>();
        walk(root, labelled, out);
        return out;
    }

    /** How many focusable, shown controls there are under {@code root}: a walk that finds none proves nothing. */
    public static int focusable(Parent root) {
        int[] n = {0};
        count(root, n);
        return n[0];
    }

    private static void count(Node node, int[] n) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c && c.isFocusTraversable() && !c.isDisabled()) {
            n[0]++;
        }
        if (node instanceof Parent p && !(node instanceof Control c && !isContainer(c))) {
            p.getChildrenUnmodifiable().forEach(child -> count(child, n));
        }
    }

    private static void collectLabelled(Node node, Set<Node> labelled) {
        if (node instanceof Label l && l.getLabelFor() != null && l.getText() != null && !l.getText().isBlank()) {
            labelled.add(l.getLabelFor());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectLabelled(child, labelled));
        }
    }

    private static void walk(Node node, Set<Node> labelled, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Control c && c.isFocusTraversable() && !c.isDisabled()) {
            String text = c.getAccessibleText();
            if ((text == null || text.isBlank()) && !labelled.contains(c)) {
                out.add(c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId()));
            }
        }
        if (node instanceof Parent p && !(node instanceof Control c && !isContainer(c))) {
            p.getChildrenUnmodifiable().forEach(child -> walk(child, labelled, out));
        }
    }

    /** Controls whose children are the screen's own controls, not parts of a skin. */
    private static boolean isContainer(Control c) {
        return c instanceof ScrollPane || c instanceof SplitPane;
    }
}
