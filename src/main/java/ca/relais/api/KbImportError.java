package ca.relais.api;

/**
 * A problem found in an imported file, where a person can find it: the file, its line (1-based; 0 when the problem is
 * the file as a whole), the field concerned (or null), a stable code the workstation words in the user's language,
 * and the offending value or a technical detail (or null).
 *
 * <p>Codes: {@code unreadable}, {@code empty}, {@code syntax}, {@code front_matter}, {@code unknown_key},
 * {@code duplicate_key}, {@code bad_date}, {@code bad_boolean}, {@code bad_list}, {@code type}, {@code not_array},
 * {@code not_article}, and the codes of
 * {@link KbArticleRules}: {@code invalid}, {@code required}, {@code unknown_value}, {@code duplicate}.
 */
public record KbImportError(String file, int line, String field, String code, String detail) {
}
