package ca.relais.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON file of articles (an array in the format of {@code POST /api/v1/kb/articles}) and reports every
 * problem by line: syntax errors where the parser stopped, wrong types and unknown keys at their key, broken rules at
 * the field concerned.
 */
public final class KbJsonImport {
    /** The keys an article may have. */
    public static final Set<String> KEYS = Set.of("id", "language", "title", "body", "tags", "department",
            "audience", "reviewed_on", "review_by", "keywords", "script", "translation_of", "type_codes", "retired");

    private KbJsonImport() {
    }

    /** Reads a file, which must be UTF-8. */
    public static KbImport readFile(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try {
            return read(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString());
        } catch (IOException e) {
            return new KbImport(List.of(), List.of(new KbImportError(name, 0, null, "unreadable",
                    String.valueOf(e.getMessage()))));
        }
    }

    public static KbImport read(String file, String text) {
        List<KbImport.Sourced> read = new ArrayList<>();
        List<KbImportError> errors = new ArrayList<>();
        try (JsonParser p = Json.mapper().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new KbImport(List.of(), List.of(new KbImportError(file, 0, null, "empty", null)));
            }
            if (first != JsonToken.START_ARRAY) {
                return new KbImport(List.of(), List.of(new KbImportError(file, line(p.currentTokenLocation()), null,
                        "not_array", null)));
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    errors.add(new KbImportError(file, line(p.currentLocation()), null, "syntax", "]"));
                    break;
                }
                int start = line(p.currentTokenLocation());
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    errors.add(new KbImportError(file, start, null, "not_article", null));
                    continue;
                }
                article(file, p, start, read, errors);
            }
            if (p.nextToken() != null) {
                errors.add(new KbImportError(file, line(p.currentTokenLocation()), null, "syntax", p.getText()));
            }
        } catch (JsonProcessingException e) {
            errors.add(new KbImportError(file, e.getLocation() == null ? 0 : line(e.getLocation()), null, "syntax",
                    e.getOriginalMessage()));
            return new KbImport(List.of(), errors);
        } catch (IOException e) {
            return new KbImport(List.of(), List.of(new KbImportError(file, 0, null, "unreadable", e.getMessage())));
        }
        return KbImport.checked(read, errors);
    }

    private static void article(String file, JsonParser p, int start, List<KbImport.Sourced> read,
                                List<KbImportError> errors) throws IOException {
        ObjectNode node = Json.mapper().createObjectNode();
        Map<String, Integer> lines = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int at = line(p.currentTokenLocation());
            p.nextToken();
            JsonNode value = p.readValueAsTree();
            if (!KEYS.contains(key)) {
                errors.add(new KbImportError(file, at, key, "unknown_key", key));
            } else if (lines.containsKey(key)) {
                errors.add(new KbImportError(file, at, key, "duplicate_key", key));
            } else {
                lines.put(key, at);
                node.set(key, value);
            }
        }
        try {
            read.add(new KbImport.Sourced(Json.mapper().treeToValue(node, KbArticleDto.class), file, start, lines));
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(0).getFieldName();
            String code = field != null && field.startsWith("review") ? "bad_date" : "type";
            errors.add(new KbImportError(file, field == null ? start : lines.getOrDefault(field, start), field, code,
                    field == null ? null : String.valueOf(node.get(field))));
        }
    }

    private static int line(JsonLocation location) {
        return Math.max(0, location.getLineNr());
    }
}
