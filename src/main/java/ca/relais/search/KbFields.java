package ca.relais.search;

/**
 * Field names of the index; analyzed fields carry their language as a suffix ({@code title_fr}, {@code body_en}).
 * {@code id}, {@code display_title} and {@code snippet_text} (the plain body) are doc values, read for hits without
 * decompressing stored documents; a body too long for doc values is stored in its field instead.
 */
final class KbFields {
    static final String ID = "id";
    static final String LANGUAGE = "language";
    static final String DEPARTMENT = "department";
    static final String AUDIENCE = "audience";
    static final String TITLE = "title_";
    static final String DISPLAY_TITLE = "display_title";
    static final String SNIPPET_TEXT = "snippet_text";
    static final String KEYWORDS = "keywords_";
    static final String BODY = "body_";
    static final String SPELLING = "spelling_";

    private KbFields() {
    }

    static String title(SearchLanguage language) {
        return TITLE + language.code();
    }

    static String keywords(SearchLanguage language) {
        return KEYWORDS + language.code();
    }

    static String body(SearchLanguage language) {
        return BODY + language.code();
    }

    /** Every word of an article as typed (folded, not stemmed): the dictionary that corrects misspellings. */
    static String spelling(SearchLanguage language) {
        return SPELLING + language.code();
    }

    static SearchLanguage languageOf(String field) {
        return field.endsWith("_en") ? SearchLanguage.EN : SearchLanguage.FR;
    }
}
