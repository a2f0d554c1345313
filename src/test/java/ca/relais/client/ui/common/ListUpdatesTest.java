package ca.relais.client.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ListUpdatesTest {
    private final ObservableList<String> shown = FXCollections.observableArrayList("a", "b", "c", "d");
    private final List<String> changes = new ArrayList<>();

    ListUpdatesTest() {
        shown.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ":" + c.getRemoved() + "->" + c.getAddedSubList());
            }
        });
    }

    @Test
    void onlyTheEntriesThatDifferAreReplaced() {
        ListUpdates.update(shown, List.of("a", "x", "c", "d"));

        assertThat(shown).containsExactly("a", "x", "c", "d");
        assertThat(changes).containsExactly("1:[b]->[x]");
    }

    @Test
    void theTailShrinksOrGrows() {
        ListUpdates.update(shown, List.of("a", "b"));
        assertThat(shown).containsExactly("a", "b");
        ListUpdates.update(shown, List.of("a", "b", "e", "f", "g"));
        assertThat(shown).containsExactly("a", "b", "e", "f", "g");
        assertThat(changes).containsExactly("2:[c, d]->[]", "2:[]->[e, f, g]");
    }

    @Test
    void equalContentsChangeNothingAndEmptyingClears() {
        ListUpdates.update(shown, List.of("a", "b", "c", "d"));
        assertThat(changes).isEmpty();
        ListUpdates.update(shown, List.of());
        assertThat(shown).isEmpty();
        ListUpdates.update(shown, List.of("z"));
        assertThat(shown).containsExactly("z");
    }
}
