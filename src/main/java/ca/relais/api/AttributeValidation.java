package ca.relais.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks attribute values against a type's Open311 attribute definitions, for the server and for the workstation's
 * inline validation alike. Error codes: {@code required}, {@code unknown_attribute}, {@code type}, {@code too_long},
 * {@code not_a_number}, {@code invalid_datetime}, {@code unknown_value}.
 */
public final class AttributeValidation {
    public static final int STRING_MAX = 500;
    public static final int TEXT_MAX = 5000;

    private AttributeValidation() {
    }

    /** The outcome: errors (fields named {@code attributes.CODE}) and the normalised values. */
    public record Result(List<Problem.FieldError> errors, ObjectNode values) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Result validate(List<CatalogueDto.AttributeDto> definitions, JsonNode given) {
        List<Problem.FieldError> errors = new ArrayList<>();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode values = given == null || given.isNull() ? JsonNodeFactory.instance.objectNode() : given;
        if (!values.isObject()) {
            errors.add(new Problem.FieldError("attributes", "must be an object of CODE: value", "type"));
            return new Result(errors, out);
        }
        Map<String, CatalogueDto.AttributeDto> byCode = new HashMap<>();
        definitions.forEach(d -> byCode.put(d.code(), d));
        values.fieldNames().forEachRemaining(code -> {
            if (!byCode.containsKey(code)) {
                errors.add(new Problem.FieldError("attributes." + code, "is not an attribute of this type",
                        "unknown_attribute"));
            }
        });
        for (CatalogueDto.AttributeDto def : definitions) {
            JsonNode v = values.get(def.code());
            String field = "attributes." + def.code();
            if (isEmpty(v)) {
                if (def.required()) {
                    errors.add(new Problem.FieldError(field, "is required", "required"));
                }
                continue;
            }
            JsonNode normalised = check(def, v, field, errors);
            if (normalised != null) {
                out.set(def.code(), normalised);
            }
        }
        return new Result(errors, out);
    }

    private static JsonNode check(CatalogueDto.AttributeDto def, JsonNode v, String field,
                                  List<Problem.FieldError> errors) {
        Set<String> keys = def.values().stream().map(CatalogueDto.ValueDto::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        switch (def.datatype()) {
            case "string", "text" -> {
                int max = "string".equals(def.datatype()) ? STRING_MAX : TEXT_MAX;
                if (!v.isTextual()) {
                    errors.add(new Problem.FieldError(field, "must be text", "type"));
                } else if (v.asText().length() > max) {
                    errors.add(new Problem.FieldError(field, "must have at most " + max + " characters", "too_long"));
                } else {
                    return JsonNodeFactory.instance.textNode(v.asText().strip());
                }
            }
            case "number" -> {
                Double d = v.isNumber() ? Double.valueOf(v.asDouble()) : parseNumber(v);
                if (d == null || d.isNaN() || d.isInfinite()) {
                    errors.add(new Problem.FieldError(field, "must be a number", "not_a_number"));
                } else {
                    return d == Math.rint(d) && Math.abs(d) < 1e15
                            ? JsonNodeFactory.instance.numberNode(d.longValue())
                            : JsonNodeFactory.instance.numberNode(d);
                }
            }
            case "datetime" -> {
                if (!v.isTextual() || !isDateTime(v.asText())) {
                    errors.add(new Problem.FieldError(field, "must be an ISO-8601 date and time",
                            "invalid_datetime"));
                } else {
                    return JsonNodeFactory.instance.textNode(v.asText().strip());
                }
            }
            case "singlevaluelist" -> {
                if (!v.isTextual() || !keys.contains(v.asText())) {
                    errors.add(new Problem.FieldError(field, "must be one of " + keys, "unknown_value"));
                } else {
                    return JsonNodeFactory.instance.textNode(v.asText());
                }
            }
            case "multivaluelist" -> {
                ArrayNode chosen = JsonNodeFactory.instance.arrayNode();
                List<JsonNode> items = new ArrayList<>();
                if (v.isArray()) {
                    v.forEach(items::add);
                } else {
                    items.add(v);
                }
                Set<String> seen = new LinkedHashSet<>();
                for (JsonNode item : items) {
                    if (!item.isTextual() || !keys.contains(item.asText())) {
                        errors.add(new Problem.FieldError(field, "must only hold values among " + keys,
                                "unknown_value"));
                        return null;
                    }
                    seen.add(item.asText());
                }
                seen.forEach(chosen::add);
                return chosen;
            }
            default -> errors.add(new Problem.FieldError(field, "has an unknown datatype", "type"));
        }
        return null;
    }

    private static boolean isEmpty(JsonNode v) {
        return v == null || v.isNull() || (v.isTextual() && v.asText().isBlank()) || (v.isArray() && v.isEmpty());
    }

    private static Double parseNumber(JsonNode v) {
        if (!v.isTextual()) {
            return null;
        }
        try {
            return Double.valueOf(v.asText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isDateTime(String text) {
        String s = text.strip();
        try {
            OffsetDateTime.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
