package ca.relais.server.reports.pdf;

import java.util.Map;
import java.util.function.Function;

/**
 * The words of an ombudsman's case file, which is bilingual like its headings: a code becomes "French / English
 * (CODE)", so the file reads as prose and still names the exact value the system holds. Types and departments are
 * named by the catalogue ({@code catalogueNames}); a code it does not know is printed as it is.
 */
public final class CaseFileWords {
    private static final Map<String, String> CODES = load();
    private final Function<String, String> catalogueNames;

    /** {@code catalogueNames}: a type's or department's name, or null when the catalogue does not know the code. */
    public CaseFileWords(Function<String, String> catalogueNames) {
        this.catalogueNames = catalogueNames;
    }

    /** Words with no catalogue: types and departments keep their codes. */
    public static CaseFileWords withoutCatalogue() {
        return new CaseFileWords(code -> null);
    }

    public String status(String code) {
        return coded("status.", code);
    }

    public String nature(String code) {
        return coded("nature.", code);
    }

    public String channel(String code) {
        return coded("channel.", code);
    }

    public String kind(String code) {
        return coded("kind.", code);
    }

    public String visibility(String code) {
        return code == null ? "" : CODES.getOrDefault("visibility." + code, code);
    }

    public String action(String code) {
        return coded("action.", code);
    }

    /** A type or a department: its name from the catalogue, then its code. */
    public String named(String code) {
        if (code == null) {
            return "";
        }
        String name = catalogueNames.apply(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /**
     * An event's data as "key: value" pairs joined by " · ", nested keys joined by dots, empty values left out; the
     * channel, nature, statuses and departments in words.
     */
    public String data(com.fasterxml.jackson.databind.JsonNode node) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        flatten("", node, parts);
        return String.join(" · ", parts);
    }

    private void flatten(String prefix, com.fasterxml.jackson.databind.JsonNode node, java.util.List<String> parts) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.properties().forEach(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(),
                    f.getValue(), parts));
            return;
        }
        String value = node.asText();
        if (!value.isBlank()) {
            parts.add(prefix + ": " + switch (prefix) {
                case "channel" -> channel(value);
                case "nature" -> nature(value);
                case "from", "to" -> CODES.containsKey("status." + value) ? status(value) : named(value);
                case "department", "department_from", "department_to" -> named(value);
                default -> value;
            });
        }
    }

    private static Map<String, String> load() {
        java.util.Properties words = new java.util.Properties();
        try (java.io.Reader in = new java.io.InputStreamReader(java.util.Objects.requireNonNull(
                CaseFileWords.class.getResourceAsStream("case-file-words.properties")),
                java.nio.charset.StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> codes = new java.util.HashMap<>();
        words.stringPropertyNames().forEach(k -> codes.put(k, words.getProperty(k)));
        return Map.copyOf(codes);
    }

    private static String coded(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String words = CODES.get(prefix + code);
        return words == null ? code : words + " (" + code + ")";
    }
}
