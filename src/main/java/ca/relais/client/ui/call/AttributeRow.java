package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.common.TabMovesFocus;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * One attribute of a type as a form row (label, control for its datatype, inline error), made for the attribute's
 * definition and then bound to each new {@link AttributeField} of that definition: choosing a type the agent chose
 * before reuses its rows instead of making, styling and laying out new controls (ADR 0022).
 */
final class AttributeRow extends VBox {
    private final CatalogueDto.AttributeDto definition;
    private final I18n i18n;
    private final Label label;
    private Node control;
    private final Label error = new Label();
    private final List<CheckBox> boxes = new ArrayList<>();
    private final SetChangeListener<String> choicesShown = c -> showChoices();
    private AttributeField field;
    private StringBinding errorText;
    private BooleanBinding hasError;

    AttributeRow(CatalogueDto.AttributeDto definition, I18n i18n) {
        this(definition, i18n, true);
    }

    /**
     * A row; without {@code withControl}, only its label and error line until {@link #complete()} adds the control
     * (rows made ahead take two pulses, each within the budget).
     */
    AttributeRow(CatalogueDto.AttributeDto definition, I18n i18n, boolean withControl) {
        super(4);
        this.definition = definition;
        this.i18n = i18n;
        AttributeField sample = new AttributeField(definition);
        label = new Label(sample.label(i18n.locale()) + (sample.required() ? " *" : ""));
        label.getStyleClass().add("field-label");
        error.setId("attr-" + definition.code() + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        getChildren().addAll(label, error);
        if (withControl) {
            complete();
        }
    }

    /** Adds the control, when the row was made without it; true when it did. */
    boolean complete() {
        if (control != null) {
            return false;
        }
        AttributeField sample = new AttributeField(definition);
        control = makeControl();
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        control.setAccessibleHelp(i18n.get(sample.required() ? "capture.attribute.required"
                : "capture.attribute.optional", i18n.get("datatype." + sample.datatype())));
        getChildren().add(1, control);
        return true;
    }

    CatalogueDto.AttributeDto definition() {
        return definition;
    }

    /** Where the keyboard goes in this row: the control, or the first box of a multiple choice. */
    Node focusTarget() {
        complete();
        return boxes.isEmpty() ? control : boxes.get(0);
    }

    Node control() {
        complete();
        return control;
    }

    boolean showsError() {
        return error.isVisible();
    }

    /** Shows and edits {@code f} from now on; the field it showed before is left as it was. */
    void bind(AttributeField f) {
        complete();
        unbind();
        field = f;
        switch (definition.datatype()) {
            case "singlevaluelist" -> comboBox().valueProperty().bindBidirectional(f.choiceProperty());
            case "multivaluelist" -> {
                showChoices();
                f.choices().addListener(choicesShown);
            }
            case "text" -> ((TextArea) control).textProperty().bindBidirectional(f.textProperty());
            default -> ((TextField) control).textProperty().bindBidirectional(f.textProperty());
        }
        errorText = i18n.bind(f.errorProperty());
        hasError = f.errorProperty().isNotNull();
        error.textProperty().bind(errorText);
        error.visibleProperty().bind(hasError);
    }

    /** Lets go of the field shown (the row leaves the form). */
    void unbind() {
        AttributeField f = field;
        if (f == null) {
            return;
        }
        field = null;
        switch (definition.datatype()) {
            case "singlevaluelist" -> comboBox().valueProperty().unbindBidirectional(f.choiceProperty());
            case "multivaluelist" -> f.choices().removeListener(choicesShown);
            case "text" -> ((TextArea) control).textProperty().unbindBidirectional(f.textProperty());
            default -> ((TextField) control).textProperty().unbindBidirectional(f.textProperty());
        }
        error.textProperty().unbind();
        error.visibleProperty().unbind();
        errorText.dispose();
        hasError.dispose();
        if (control instanceof TextField t) {
            t.clear();
        } else if (control instanceof TextArea t) {
            t.clear();
        } else if (control instanceof ComboBox<?> c) {
            c.setValue(null);
        }
        error.setVisible(false);
    }

    private void showChoices() {
        AttributeField f = field;
        for (int i = 0; i < boxes.size(); i++) {
            boxes.get(i).setSelected(f != null && f.choices().contains(definition.values().get(i).key()));
        }
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> comboBox() {
        return (ComboBox<String>) control;
    }

    private Node makeControl() {
        String id = "attr-" + definition.code();
        switch (definition.datatype()) {
            case "singlevaluelist" -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId(id);
                combo.getItems().setAll(definition.values().stream().map(CatalogueDto.ValueDto::key).toList());
                combo.setCellFactory(l -> new ValueCell());
                combo.setButtonCell(new ValueCell());
                combo.setMaxWidth(Double.MAX_VALUE);
                return combo;
            }
            case "multivaluelist" -> {
                FlowPane pane = new FlowPane(12, 6);
                pane.setId(id);
                String label = new AttributeField(definition).label(i18n.locale());
                for (CatalogueDto.ValueDto v : definition.values()) {
                    CheckBox box = new CheckBox(name(v));
                    box.setId(id + "-" + v.key());
                    box.setAccessibleText(i18n.get("capture.attribute.choice", label, name(v)));
                    box.selectedProperty().addListener((o, a, on) -> {
                        AttributeField f = field;
                        if (f == null) {
                            return;
                        }
                        if (on) {
                            f.choices().add(v.key());
                        } else {
                            f.choices().remove(v.key());
                        }
                    });
                    boxes.add(box);
                    pane.getChildren().add(box);
                }
                return pane;
            }
            case "text" -> {
                TextArea area = new TextArea();
                area.setId(id);
                area.setPrefRowCount(3);
                area.setWrapText(true);
                TabMovesFocus.install(area);
                return area;
            }
            default -> {
                TextField text = new TextField();
                text.setId(id);
                if ("datetime".equals(definition.datatype())) {
                    text.setPromptText(i18n.get("capture.datetime.prompt"));
                } else if ("number".equals(definition.datatype())) {
                    text.setPromptText(i18n.get("capture.number.prompt"));
                }
                return text;
            }
        }
    }

    private String name(CatalogueDto.ValueDto v) {
        return i18n.isEnglish() && v.nameEn() != null ? v.nameEn() : v.name();
    }

    private final class ValueCell extends ListCell<String> {
        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            setText(empty || key == null ? null : definition.values().stream().filter(v -> v.key().equals(key))
                    .findFirst().map(AttributeRow.this::name).orElse(key));
        }
    }
}
