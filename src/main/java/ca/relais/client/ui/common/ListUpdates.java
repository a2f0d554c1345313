package ca.relais.client.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/**
 * Brings a shown list to new contents by replacing only the entries that differ: a list view then redraws only the
 * rows that changed, not every row, at each keystroke of a search (ADR 0022). Entries must render from themselves
 * alone (a row drawn from the entry and the query being typed needs {@code setAll}).
 */
public final class ListUpdates {
    private ListUpdates() {
    }

    public static <T> void update(ObservableList<T> shown, List<? extends T> wanted) {
        if (shown.isEmpty() || wanted.isEmpty()) {
            if (!shown.equals(wanted)) {
                shown.setAll(wanted);
            }
            return;
        }
        if (shown.size() > wanted.size()) {
            shown.remove(wanted.size(), shown.size());
        }
        for (int i = 0; i < shown.size(); i++) {
            if (!Objects.equals(shown.get(i), wanted.get(i))) {
                shown.set(i, wanted.get(i));
            }
        }
        if (wanted.size() > shown.size()) {
            shown.addAll(wanted.subList(shown.size(), wanted.size()));
        }
    }
}
