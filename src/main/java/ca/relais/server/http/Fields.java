package ca.relais.server.http;

import ca.relais.api.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Reads the fields of a JSON object one by one, collecting every problem before answering 422. */
public final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<Problem.FieldError> errors;

    public Fields(JsonNode node) {
        this(node, "", new ArrayList<>());
    }

    private Fields(JsonNode node, String prefix, List<Problem.FieldError> errors) {
        this.node = node;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The fields of a nested object, reporting errors as {@code parent.child}. */
    public Fields nested(String name) {
        JsonNode child = node.get(name);
        return new Fields(child != null && child.isObject() ? child : com.fasterxml.jackson.databind.node
                .JsonNodeFactory.instance.objectNode(), prefix + name + ".", errors);
    }

    /** The fields of the {@code index}th object of an array, reporting errors as {@code name[index].child}. */
    public Fields element(String name, int index) {
        JsonNode array = node.get(name);
        JsonNode child = array != null && array.isArray() ? array.get(index) : null;
        return new Fields(child != null && child.isObject() ? child : com.fasterxml.jackson.databind.node
                .JsonNodeFactory.instance.objectNode(), prefix + name + "[" + index + "].", errors);
    }

    public boolean has(String name) {
        JsonNode v = node.get(name);
        return v != null && !v.isNull();
    }

    public boolean present(String name) {
        return node.has(name);
    }

    public JsonNode raw(String name) {
        return node.get(name);
    }

    public String text(String name, boolean required, int maxLength) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                error(name, "required", "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            error(name, "type", "must be a string");
            return null;
        }
        String s = v.asText().strip();
        if (required && s.isEmpty()) {
            error(name, "required", "is required");
            return null;
        }
        if (s.length() > maxLength) {
            error(name, "too_long", "must have at most " + maxLength + " characters");
            return null;
        }
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t')) {
            error(name, "control_characters", "must not contain control characters");
            return null;
        }
        return s;
    }

    public UUID uuid(String name, boolean required) {
        String s = text(name, required, 36);
        if (s == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(s);
            if (!id.toString().equals(s.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException();
            }
            return id;
        } catch (IllegalArgumentException e) {
            error(name, "uuid", "must be a UUID");
            return null;
        }
    }

    public Double number(String name, boolean required, double min, double max) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                error(name, "required", "is required");
            }
            return null;
        }
        if (!v.isNumber()) {
            error(name, "type", "must be a number");
            return null;
        }
        double d = v.asDouble();
        if (Double.isNaN(d) || d < min || d > max) {
            error(name, "range", "must be between " + min + " and " + max);
            return null;
        }
        return d;
    }

    /** A whole number in {@code [min, max]}. */
    public Integer integer(String name, boolean required, int min, int max) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            if (required) {
                error(name, "required", "is required");
            }
            return null;
        }
        if (!v.isNumber() || !v.canConvertToExactIntegral()) {
            error(name, "type", "must be a whole number");
            return null;
        }
        if (!v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            error(name, "range", "must be between " + min + " and " + max);
            return null;
        }
        return v.asInt();
    }

    public Boolean bool(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            error(name, "type", "must be true or false");
            return null;
        }
        return v.asBoolean();
    }

    public List<String> strings(String name, int maxItems, int maxLength) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            error(name, "type", "must be an array of strings");
            return List.of();
        }
        if (v.size() > maxItems) {
            error(name, "too_many", "must have at most " + maxItems + " items");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxLength) {
                error(name + "[" + i + "]", "type", "must be a non-empty string of at most " + maxLength
                        + " characters");
            } else {
                out.add(item.asText().strip());
            }
        }
        return out;
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
        String s = text(name, required, 40);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(name, "unknown_value", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    public void error(String name, String code, String message) {
        errors.add(new Problem.FieldError(prefix + name, message, code));
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Ends the request with 422 and every collected error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
