package ca.relais.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What makes an article importable, checked alike by the server and by the workstation before it sends a file. */
public final class KbArticleRules {
    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 50_000;
    public static final Set<String> LANGUAGES = Set.of("fr", "en");
    public static final Set<String> AUDIENCES = Set.of("AGENT", "PUBLIC");
    private static final String ID = "[A-Za-z0-9._-]{1,100}";

    private KbArticleRules() {
    }

    /** One broken rule: the JSON field, a stable code, and an English message. */
    public record Violation(String field, String code, String message) {
    }

    public static boolean validId(String id) {
        return id != null && id.matches(ID);
    }

    /** Every rule the article breaks, in field order; empty when it is valid. */
    public static List<Violation> check(KbArticleDto a) {
        List<Violation> out = new ArrayList<>();
        if (!validId(a.id())) {
            out.add(new Violation("id", "invalid", "must be 1 to 100 letters, digits, dots, dashes"));
        }
        if (a.language() == null || !LANGUAGES.contains(a.language())) {
            out.add(new Violation("language", "unknown_value", "must be fr or en"));
        }
        if (a.title() == null || a.title().isBlank() || a.title().length() > MAX_TITLE) {
            out.add(new Violation("title", "required", "is required (300 characters at most)"));
        }
        if (a.body() == null || a.body().isBlank() || a.body().length() > MAX_BODY) {
            out.add(new Violation("body", "required", "is required (50,000 characters at most)"));
        }
        if (a.audience() != null && !AUDIENCES.contains(a.audience().toUpperCase(Locale.ROOT))) {
            out.add(new Violation("audience", "unknown_value", "must be AGENT or PUBLIC"));
        }
        if (a.reviewedOn() != null && a.reviewBy() != null && a.reviewBy().isBefore(a.reviewedOn())) {
            out.add(new Violation("review_by", "invalid", "must not be before reviewed_on"));
        }
        return out;
    }
}
