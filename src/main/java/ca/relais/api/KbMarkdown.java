package ca.relais.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Articles as a folder of Markdown files, one {@code <id>.md} per article: a front matter between two {@code ---}
 * lines (one {@code key: value} per line; lists as {@code [a, b]}; values in double quotes follow JSON escapes), then
 * the Markdown body, then optionally a last {@code ## Script} section holding the script read to callers.
 * Reading is strict: every problem is reported with its file and line (the rules of {@link KbArticleRules} are
 * checked even in a file with other problems), and nothing is returned unless all is valid.
 */
public final class KbMarkdown {
    public static final String FENCE = "---";
    public static final String SCRIPT_HEADING = "## Script";
    /** The front matter keys, in the order they are written. */
    public static final List<String> KEYS = List.of("id", "language", "title", "tags", "keywords", "department",
            "audience", "reviewed_on", "review_by", "type_codes", "retired", "translation_of");
    private static final List<String> LISTS = List.of("tags", "keywords", "type_codes");
    private static final List<String> DATES = List.of("reviewed_on", "review_by");
    private static final Pattern ENTRY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*)\\s*:(.*)$");

    private KbMarkdown() {
    }

    /** Reads every {@code .md} file of a folder (not its subfolders), in name order. */
    public static KbImport readFolder(Path folder) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return new KbImport(List.of(), List.of(new KbImportError(name, 0, null, "unreadable", e.getMessage())));
        }
        if (files.isEmpty()) {
            return new KbImport(List.of(), List.of(new KbImportError(name, 0, null, "empty", null)));
        }
        List<KbImport.Sourced> read = new ArrayList<>();
        List<KbImportError> errors = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                Parsed parsed = parse(fileName, utf8(Files.readAllBytes(file)));
                errors.addAll(parsed.errors());
                if (parsed.article() != null) {
                    read.add(parsed.article());
                }
            } catch (IOException e) {
                errors.add(new KbImportError(fileName, 0, null, "unreadable", e.getMessage()));
            }
        }
        return KbImport.checked(read, errors);
    }

    /** Reads one file's text. */
    public static KbImport read(String fileName, String text) {
        Parsed parsed = parse(fileName, text);
        return KbImport.checked(parsed.article() == null ? List.of() : List.of(parsed.article()), parsed.errors());
    }

    /** Writes one {@code <id>.md} per article into the folder, creating it if needed; returns the files written. */
    public static List<Path> writeFolder(Path folder, List<KbArticleDto> articles) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (KbArticleDto a : articles) {
            if (!KbArticleRules.validId(a.id())) {
                throw new IllegalArgumentException("Not a file name: " + a.id());
            }
            Path file = folder.resolve(a.id() + ".md");
            Files.writeString(file, write(a), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** The text of one article's file. */
    public static String write(KbArticleDto a) {
        StringBuilder out = new StringBuilder(FENCE).append('\n');
        line(out, "id", scalar(a.id()));
        line(out, "language", scalar(a.language()));
        line(out, "title", scalar(a.title()));
        line(out, "tags", list(a.tags()));
        line(out, "keywords", list(a.keywords()));
        line(out, "department", scalar(a.department()));
        line(out, "audience", scalar(a.audience()));
        line(out, "reviewed_on", a.reviewedOn() == null ? "" : a.reviewedOn().toString());
        line(out, "review_by", a.reviewBy() == null ? "" : a.reviewBy().toString());
        line(out, "type_codes", list(a.typeCodes()));
        line(out, "retired", String.valueOf(a.retired()));
        line(out, "translation_of", scalar(a.translationOf()));
        out.append(FENCE).append("\n\n").append(a.body() == null ? "" : a.body().strip()).append('\n');
        if (a.script() != null && !a.script().isBlank()) {
            out.append('\n').append(SCRIPT_HEADING).append("\n\n").append(a.script().strip()).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append(':');
        if (!value.isEmpty()) {
            out.append(' ').append(value);
        }
        out.append('\n');
    }

    private static String scalar(String value) {
        if (value == null) {
            return "";
        }
        boolean plain = !value.isEmpty() && value.equals(value.strip()) && !value.startsWith("\"")
                && !value.startsWith("[") && !value.startsWith("#") && value.chars().noneMatch(c -> c < 0x20);
        return plain ? value : quoted(value);
    }

    private static String list(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String v : values) {
            boolean plain = !v.isEmpty() && v.equals(v.strip()) && v.chars().noneMatch(c -> c < 0x20
                    || c == ',' || c == '[' || c == ']' || c == '"');
            items.add(plain ? v : quoted(v));
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static String quoted(String value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Parsed(KbImport.Sourced article, List<KbImportError> errors) {
    }

    private static Parsed parse(String file, String text) {
        List<KbImportError> errors = new ArrayList<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r?\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            errors.add(new KbImportError(file, 1, null, "front_matter", null));
            return new Parsed(null, errors);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            errors.add(new KbImportError(file, lines.length, null, "front_matter", null));
            return new Parsed(null, errors);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> fieldLines = new LinkedHashMap<>();
        for (int i = 1; i < close; i++) {
            String raw = lines[i];
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            int lineNo = i + 1;
            Matcher m = ENTRY.matcher(raw);
            if (!m.matches()) {
                errors.add(new KbImportError(file, lineNo, null, "syntax", raw.strip()));
                continue;
            }
            String key = m.group(1);
            String value = m.group(2).strip();
            if (!KEYS.contains(key)) {
                errors.add(new KbImportError(file, lineNo, key, "unknown_key", key));
            } else if (fieldLines.containsKey(key)) {
                errors.add(new KbImportError(file, lineNo, key, "duplicate_key", key));
            } else {
                fieldLines.put(key, lineNo);
                Object parsed = value(file, lineNo, key, value, errors);
                if (parsed != null) {
                    values.put(key, parsed);
                }
            }
        }
        int scriptAt = -1;
        for (int i = lines.length - 1; i > close; i--) {
            if (lines[i].strip().equals(SCRIPT_HEADING)) {
                scriptAt = i;
                break;
            }
        }
        int bodyEnd = scriptAt < 0 ? lines.length : scriptAt;
        String body = String.join("\n", List.of(lines).subList(close + 1, bodyEnd)).strip();
        String script = scriptAt < 0 ? null
                : String.join("\n", List.of(lines).subList(scriptAt + 1, lines.length)).strip();
        fieldLines.put("body", Math.min(close + 2, lines.length));
        if (scriptAt >= 0) {
            fieldLines.put("script", scriptAt + 1);
        }
        KbArticleDto article = new KbArticleDto((String) values.get("id"), (String) values.get("language"),
                (String) values.get("title"), body.isEmpty() ? null : body, strings(values.get("tags")),
                (String) values.get("department"), (String) values.get("audience"),
                (LocalDate) values.get("reviewed_on"), (LocalDate) values.get("review_by"),
                strings(values.get("keywords")), script == null || script.isEmpty() ? null : script,
                (String) values.get("translation_of"), strings(values.get("type_codes")),
                (Boolean) values.get("retired"));
        return new Parsed(new KbImport.Sourced(article, file, 1, fieldLines), errors);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private static Object value(String file, int line, String key, String value, List<KbImportError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        if (LISTS.contains(key)) {
            List<String> items = items(value);
            if (items == null) {
                errors.add(new KbImportError(file, line, key, "bad_list", value));
            }
            return items;
        }
        if (DATES.contains(key)) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new KbImportError(file, line, key, "bad_date", value));
                return null;
            }
        }
        if (key.equals("retired")) {
            if (!value.equals("true") && !value.equals("false")) {
                errors.add(new KbImportError(file, line, key, "bad_boolean", value));
                return null;
            }
            return Boolean.valueOf(value);
        }
        if (value.startsWith("\"")) {
            String unquoted = closingQuote(value, 0) == value.length() - 1 ? unquote(value) : null;
            if (unquoted == null) {
                errors.add(new KbImportError(file, line, key, "syntax", value));
            }
            return unquoted;
        }
        return value;
    }

    /** The items of {@code [a, "b, c"]}, or null when the list is malformed. */
    private static List<String> items(String value) {
        if (!value.startsWith("[") || !value.endsWith("]")) {
            return null;
        }
        String inner = value.substring(1, value.length() - 1).strip();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < inner.length()) {
            String item;
            if (inner.charAt(i) == '"') {
                int end = closingQuote(inner, i);
                if (end < 0) {
                    return null;
                }
                item = unquote(inner.substring(i, end + 1));
                i = end + 1;
                while (i < inner.length() && inner.charAt(i) == ' ') {
                    i++;
                }
                if (i < inner.length() && inner.charAt(i) != ',') {
                    return null;
                }
            } else {
                int comma = inner.indexOf(',', i);
                int end = comma < 0 ? inner.length() : comma;
                item = inner.substring(i, end).strip();
                if (item.contains("\"") || item.contains("[") || item.contains("]")) {
                    return null;
                }
                i = end;
            }
            if (item == null || item.isBlank()) {
                return null;
            }
            out.add(item);
            if (i < inner.length()) {
                i++;
                while (i < inner.length() && inner.charAt(i) == ' ') {
                    i++;
                }
                if (i == inner.length()) {
                    return null;
                }
            }
        }
        return out;
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        try {
            return Json.mapper().readValue(value, String.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
