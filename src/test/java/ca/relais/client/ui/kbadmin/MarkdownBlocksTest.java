package ca.relais.client.ui.kbadmin;

import static org.assertj.core.api.Assertions.assertThat;

import ca.relais.client.ui.kbadmin.MarkdownBlocks.Block;
import ca.relais.client.ui.kbadmin.MarkdownBlocks.Kind;
import ca.relais.client.ui.kbadmin.MarkdownBlocks.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {
    @Test
    void readsTheMarkdownOfArticlesIntoBlocksAndStyledSpans() {
        List<Block> blocks = MarkdownBlocks.parse("""
                ## Horaire

                Le bac brun est **ramassé**
                chaque semaine (*avril à novembre*).

                - Fruits, `légumes`
                * [Ma collecte](https://example.ca/collecte)
                2. Deuxième étape
                > À vérifier : l'adresse.
                **Script :** Votre bac est ramassé le [jour].""");
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.HEADING, Kind.PARAGRAPH, Kind.BULLET,
                Kind.BULLET, Kind.NUMBERED, Kind.QUOTE, Kind.PARAGRAPH);
        assertThat(blocks.get(0).level()).isEqualTo(2);
        assertThat(blocks.get(0).text()).isEqualTo("Horaire");
        assertThat(blocks.get(1).text()).isEqualTo("Le bac brun est ramassé chaque semaine (avril à novembre).");
        assertThat(blocks.get(1).spans()).containsExactly(new Span("Le bac brun est ", false, false, false),
                new Span("ramassé", true, false, false), new Span(" chaque semaine (", false, false, false),
                new Span("avril à novembre", false, true, false), new Span(").", false, false, false));
        assertThat(blocks.get(2).spans()).contains(new Span("légumes", false, false, true));
        assertThat(blocks.get(3).text()).isEqualTo("Ma collecte");
        assertThat(blocks.get(4).level()).isEqualTo(2);
        assertThat(blocks.get(5).text()).isEqualTo("À vérifier : l'adresse.");
        assertThat(blocks.get(6).spans().get(0)).isEqualTo(new Span("Script :", true, false, false));
        assertThat(blocks.get(6).text()).endsWith("le [jour].");
    }

    @Test
    void plainTextAndOddMarkersStayText() {
        assertThat(MarkdownBlocks.parse(null)).isEmpty();
        assertThat(MarkdownBlocks.parse("\n\n")).isEmpty();
        assertThat(MarkdownBlocks.parse("2 * 3 * 4 and snake_case_name, **unclosed").get(0).text())
                .isEqualTo("2 * 3 * 4 and snake_case_name, **unclosed");
        assertThat(MarkdownBlocks.parse("***gras et italique***").get(0).spans())
                .containsExactly(new Span("gras et italique", true, true, false));
    }
}
