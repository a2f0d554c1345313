package ca.relais.domain;

import java.util.Locale;

/** A short text in French (the reference) and English. English falls back to French when missing. */
public record LocalizedText(String fr, String en) {
    public LocalizedText {
        fr = fr == null ? "" : fr;
        en = en == null || en.isBlank() ? fr : en;
    }

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : fr;
    }
}
