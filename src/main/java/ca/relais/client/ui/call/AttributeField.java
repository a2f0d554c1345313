package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.UserMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** One Open311 attribute of the chosen type, as the form edits it: its text, its choice, or its choices. */
public final class AttributeField {
    private final CatalogueDto.AttributeDto definition;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> choice = new SimpleObjectProperty<>();
    private final ObservableSet<String> choices = FXCollections.observableSet();
    private final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

    public AttributeField(CatalogueDto.AttributeDto definition) {
        this.definition = definition;
        text.addListener((o, a, b) -> error.set(null));
        choice.addListener((o, a, b) -> error.set(null));
        choices.addListener((javafx.collections.SetChangeListener<String>) c -> error.set(null));
    }

    public CatalogueDto.AttributeDto definition() {
        return definition;
    }

    public String code() {
        return definition.code();
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && definition.descriptionEn() != null ? definition.descriptionEn()
                : definition.description();
    }

    public boolean required() {
        return definition.required();
    }

    public String datatype() {
        return definition.datatype();
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<String> choiceProperty() {
        return choice;
    }

    public ObservableSet<String> choices() {
        return choices;
    }

    public ObjectProperty<UserMessage> errorProperty() {
        return error;
    }

    /** Shows a value as it was sent (a refused request put back in the form); null leaves the field empty. */
    void show(JsonNode value) {
        if (value == null || value.isNull()) {
            return;
        }
        switch (definition.datatype()) {
            case "singlevaluelist" -> choice.set(value.asText());
            case "multivaluelist" -> value.forEach(v -> choices.add(v.asText()));
            default -> text.set(value.asText());
        }
    }

    /** The value to send, or null when the field is empty. */
    JsonNode value() {
        return switch (definition.datatype()) {
            case "singlevaluelist" -> choice.get() == null ? null : JsonNodeFactory.instance.textNode(choice.get());
            case "multivaluelist" -> {
                if (choices.isEmpty()) {
                    yield null;
                }
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                definition.values().stream().map(CatalogueDto.ValueDto::key).filter(choices::contains)
                        .forEach(array::add);
                yield array;
            }
            case "number" -> {
                String t = text.get().strip().replace(',', '.');
                if (t.isEmpty()) {
                    yield null;
                }
                try {
                    yield JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(t));
                } catch (NumberFormatException e) {
                    yield JsonNodeFactory.instance.textNode(text.get());
                }
            }
            default -> text.get().isBlank() ? null : JsonNodeFactory.instance.textNode(text.get().strip());
        };
    }
}
