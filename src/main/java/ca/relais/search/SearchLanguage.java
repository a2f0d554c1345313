package ca.relais.search;

import java.util.Locale;

/** The two languages of the knowledge base; each has its own analyzers and its own indexed fields. */
public enum SearchLanguage {
    FR("fr", Locale.CANADA_FRENCH),
    EN("en", Locale.CANADA);

    private final String code;
    private final Locale locale;

    SearchLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public SearchLanguage other() {
        return this == FR ? EN : FR;
    }

    /** {@code "en"} (any case) is English; anything else, including null, is French, the city's main language. */
    public static SearchLanguage of(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : FR;
    }
}
