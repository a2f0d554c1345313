package ca.relais.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of reading an import: every article, each with where it came from, or the list of errors. Callers apply
 * nothing unless {@link #ok()}.
 */
public record KbImport(List<Sourced> articles, List<KbImportError> errors) {
    public KbImport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
    }

    /** An article and the place of each of its fields in the file it was read from. */
    public record Sourced(KbArticleDto article, String file, int line, Map<String, Integer> fieldLines) {
        public Sourced {
            fieldLines = Map.copyOf(fieldLines);
        }

        /** The line of a field, or the article's first line when the field was absent. */
        public int lineOf(String field) {
            return fieldLines.getOrDefault(field, line);
        }
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<KbArticleDto> dtos() {
        return articles.stream().map(Sourced::article).toList();
    }

    /**
     * Checks every article with {@link KbArticleRules} and ids across the whole import; returns the import with any
     * broken rule added to its errors.
     */
    static KbImport checked(List<Sourced> read, List<KbImportError> errors) {
        List<KbImportError> all = new ArrayList<>(errors);
        Map<String, Sourced> byId = new HashMap<>();
        for (Sourced s : read) {
            for (KbArticleRules.Violation v : KbArticleRules.check(s.article())) {
                all.add(new KbImportError(s.file(), s.lineOf(v.field()), v.field(), v.code(), valueOf(s, v.field())));
            }
            if (KbArticleRules.validId(s.article().id())) {
                Sourced first = byId.putIfAbsent(s.article().id(), s);
                if (first != null) {
                    all.add(new KbImportError(s.file(), s.lineOf("id"), "id", "duplicate",
                            s.article().id() + " (" + first.file() + ":" + first.lineOf("id") + ")"));
                }
            }
        }
        return new KbImport(all.isEmpty() ? read : List.of(), all);
    }

    private static String valueOf(Sourced s, String field) {
        KbArticleDto a = s.article();
        Object v = switch (field) {
            case "id" -> a.id();
            case "language" -> a.language();
            case "audience" -> a.audience();
            case "review_by" -> a.reviewBy();
            default -> null;
        };
        return v == null ? null : v.toString();
    }
}
