package ca.relais.client.ui.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a caller search highlights in a result. */
class HighlightsTest {
    private static String marked(String text, String query) {
        StringBuilder out = new StringBuilder();
        for (Highlights.Segment s : Highlights.of(text, query)) {
            out.append(s.match() ? "[" + s.text() + "]" : s.text());
        }
        return out.toString();
    }

    @Test
    void phoneDigitsMatchWhateverTheSeparators() {
        assertThat(marked("819 555-4321", "4321")).isEqualTo("819 555-[4321]");
        assertThat(marked("819 555-4321", "5554")).isEqualTo("819 [555-4]321");
        assertThat(marked("819 555-4321", "(819) 555-4321")).isEqualTo("[819 555-4321]");
        assertThat(marked("819 555-4321", "1-819-555-4321")).isEqualTo("[819 555-4321]");
    }

    @Test
    void wordsMatchTheirStartWithoutRegardToCaseOrAccents() {
        assertThat(marked("Josée Côté", "cote")).isEqualTo("Josée [Côté]");
        assertThat(marked("Josée Côté", "JOS co")).isEqualTo("[Jos]ée [Cô]té");
        assertThat(marked("Marc Lacoste", "cost")).as("not in the middle of a word").isEqualTo("Marc Lacoste");
    }

    @Test
    void twoDigitsOrNothingHighlightNothing() {
        assertThat(Highlights.of("819 555-4321", "43")).containsExactly(new Highlights.Segment("819 555-4321",
                false));
        assertThat(Highlights.of("", "x")).isEqualTo(List.of());
    }
}
