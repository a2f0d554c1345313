package ca.relais.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void removesAccentsCaseAndExtraSpaces() {
        assertThat(TextFolding.fold("  Déneigement   de la RUE  ")).isEqualTo("deneigement de la rue");
        assertThat(TextFolding.fold("Œuvre d'Hélène à Saint-Élie")).isEqualTo("oeuvre d'helene a saint-elie");
        assertThat(TextFolding.fold("Ç")).isEqualTo("c");
        assertThat(TextFolding.fold(null)).isEmpty();
    }
}
