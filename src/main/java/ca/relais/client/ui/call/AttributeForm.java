package ca.relais.client.ui.call;

import atlantafx.base.theme.Styles;
import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.I18n;
import java.util.ArrayDeque;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
 * The chosen type's Open311 attributes as form fields, one control per datatype, with inline errors. The rows are
 * added one per pulse (the first at once): creating, styling and laying out every control of a type in the pulse
 * that chose it kept the FX thread busy past a frame (ADR 0020). Moving the focus into the form adds what is left.
 */
final class AttributeForm extends VBox {
    private final I18n i18n;
    private final ArrayDeque<AttributeField> pending = new ArrayDeque<>();
    private final AnimationTimer stepper = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (!addNext()) {
                stop();
            }
        }
    };

    AttributeForm(ObservableList<AttributeField> fields, I18n i18n) {
        super(8);
        this.i18n = i18n;
        setId("attribute-form");
        fields.addListener((ListChangeListener<AttributeField>) c -> render(fields));
        i18n.localeProperty().addListener((o, a, b) -> render(fields));
    }

    /** The first field's control, where the agent goes after the location; null when the type has no attribute. */
    Node firstControl() {
        flush();
        for (Node row : getChildren()) {
            if (row instanceof VBox box && box.getChildren().size() > 1) {
                Node control = box.getChildren().get(1);
                return control instanceof FlowPane boxes && !boxes.getChildren().isEmpty()
                        ? boxes.getChildren().get(0) : control;
            }
        }
        return null;
    }

    /** The control of the first field showing an error, or null. */
    Node firstControlWithError() {
        flush();
        for (Node row : getChildren()) {
            if (row instanceof VBox box && box.getChildren().size() > 2 && box.getChildren().get(2).isVisible()) {
                return box.getChildren().get(1);
            }
        }
        return null;
    }

    private void render(ObservableList<AttributeField> fields) {
        stepper.stop();
        getChildren().clear();
        pending.clear();
        pending.addAll(fields);
        if (addNext()) {
            stepper.start();
        }
    }

    /** Adds the next row; true while more are waiting. */
    private boolean addNext() {
        AttributeField next = pending.poll();
        if (next != null) {
            getChildren().add(row(next));
        }
        return !pending.isEmpty();
    }

    /** Adds every row still waiting, now. */
    void flush() {
        stepper.stop();
        while (!pending.isEmpty()) {
            addNext();
        }
    }

    private VBox row(AttributeField f) {
        Label label = new Label(f.label(i18n.locale()) + (f.required() ? " *" : ""));
        label.getStyleClass().add("field-label");
        Node control = control(f);
        label.setLabelFor(control);
        control.setAccessibleText(label.getText());
        control.setAccessibleHelp(i18n.get(f.required() ? "capture.attribute.required"
                : "capture.attribute.optional", i18n.get("datatype." + f.datatype())));
        Label error = new Label();
        error.setId("attr-" + f.code() + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(i18n.bind(f.errorProperty()));
        error.visibleProperty().bind(f.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(4, label, control, error);
    }

    private Node control(AttributeField f) {
        String id = "attr-" + f.code();
        switch (f.datatype()) {
            case "singlevaluelist" -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId(id);
                combo.getItems().setAll(f.definition().values().stream().map(CatalogueDto.ValueDto::key).toList());
                combo.setCellFactory(l -> new ValueCell(f));
                combo.setButtonCell(new ValueCell(f));
                combo.valueProperty().bindBidirectional(f.choiceProperty());
                combo.setMaxWidth(Double.MAX_VALUE);
                return combo;
            }
            case "multivaluelist" -> {
                FlowPane boxes = new FlowPane(12, 6);
                boxes.setId(id);
                for (CatalogueDto.ValueDto v : f.definition().values()) {
                    CheckBox box = new CheckBox(name(v));
                    box.setId(id + "-" + v.key());
                    box.setAccessibleText(i18n.get("capture.attribute.choice", f.label(i18n.locale()), name(v)));
                    box.setSelected(f.choices().contains(v.key()));
                    box.selectedProperty().addListener((o, a, on) -> {
                        if (on) {
                            f.choices().add(v.key());
                        } else {
                            f.choices().remove(v.key());
                        }
                    });
                    boxes.getChildren().add(box);
                }
                return boxes;
            }
            case "text" -> {
                TextArea area = new TextArea();
                area.setId(id);
                area.setPrefRowCount(3);
                area.setWrapText(true);
                ca.relais.client.ui.common.TabMovesFocus.install(area);
                area.textProperty().bindBidirectional(f.textProperty());
                return area;
            }
            default -> {
                TextField field = new TextField();
                field.setId(id);
                field.textProperty().bindBidirectional(f.textProperty());
                if ("datetime".equals(f.datatype())) {
                    field.setPromptText(i18n.get("capture.datetime.prompt"));
                } else if ("number".equals(f.datatype())) {
                    field.setPromptText(i18n.get("capture.number.prompt"));
                }
                return field;
            }
        }
    }

    private String name(CatalogueDto.ValueDto v) {
        return i18n.isEnglish() && v.nameEn() != null ? v.nameEn() : v.name();
    }

    private final class ValueCell extends ListCell<String> {
        private final AttributeField field;

        ValueCell(AttributeField field) {
            this.field = field;
        }

        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            setText(empty || key == null ? null : field.definition().values().stream()
                    .filter(v -> v.key().equals(key)).findFirst().map(AttributeForm.this::name).orElse(key));
        }
    }
}
