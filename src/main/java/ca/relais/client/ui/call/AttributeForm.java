package ca.relais.client.ui.call;

import ca.relais.api.CatalogueDto;
import ca.relais.client.ui.common.I18n;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The chosen type's Open311 attributes as form fields, one control per datatype, with inline errors. The rows are
 * added one per pulse, from the pulse after the one that chose the type (which lays out the type's name, natures and
 * notices): creating, styling and laying out every control of a type in the pulse that chose it kept the FX thread
 * busy past a frame (ADR 0020, 0022). Moving the focus into the form adds what is left at once. Rows are kept per
 * attribute definition and bound to the next field of that definition, so a type chosen again makes no new control.
 */
final class AttributeForm extends VBox {
    /** Enough rows for the types of a working day; the least recently shown are let go beyond it. */
    private static final int ROWS_KEPT = 64;

    private final I18n i18n;
    private final ArrayDeque<AttributeField> pending = new ArrayDeque<>();
    private final Map<CatalogueDto.AttributeDto, AttributeRow> rows = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CatalogueDto.AttributeDto, AttributeRow> eldest) {
            return size() > ROWS_KEPT && eldest.getValue().getParent() == null;
        }
    };
    /** Rows are made ahead only once the agent has paused this long, not in the pulses that show what they type. */
    private static final long QUIET_NS = 120_000_000L;
    /** Rows made ahead of need, styled where the form is but never shown: see {@link #prepare}. */
    private final Pane prepared = new Pane();
    private final ArrayDeque<CatalogueDto.AttributeDto> toPrepare = new ArrayDeque<>();
    private long typedAt;
    private final AnimationTimer preparer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (System.nanoTime() - typedAt < QUIET_NS) {
                return;
            }
            for (Node row : prepared.getChildren()) {
                if (((AttributeRow) row).complete()) {
                    return;
                }
            }
            CatalogueDto.AttributeDto next = toPrepare.poll();
            if (next == null) {
                stop();
            } else if (!rows.containsKey(next)) {
                if (prepared.getChildren().size() >= ROWS_KEPT) {
                    rows.remove(((AttributeRow) prepared.getChildren().remove(0)).definition());
                }
                prepared.getChildren().add(rows.computeIfAbsent(next, d -> new AttributeRow(d, i18n, false)));
            }
        }
    };
    /** The pulse right after a type is chosen lays out what the choice showed; the first row waits for the next. */
    private boolean waitOnePulse;
    private final AnimationTimer stepper = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (waitOnePulse) {
                waitOnePulse = false;
                return;
            }
            if (!addNext()) {
                stop();
            }
        }
    };

    AttributeForm(ObservableList<AttributeField> fields, I18n i18n) {
        super(8);
        this.i18n = i18n;
        setId("attribute-form");
        prepared.setManaged(false);
        prepared.setVisible(false);
        fields.addListener((ListChangeListener<AttributeField>) c -> render(fields));
        i18n.localeProperty().addListener((o, a, b) -> {
            clear();
            toPrepare.clear();
            prepared.getChildren().clear();
            rows.clear();
            render(fields);
        });
    }

    /**
     * Where rows made ahead of need wait, hidden: a node of the screen outside the form (so that they are styled, as
     * the form's rows are, without being shown or reachable with the keyboard).
     */
    Node preparedRows() {
        return prepared;
    }

    /**
     * Makes the rows of a type the agent is likely to choose (the type picker's first suggestion, which Enter picks),
     * one per pulse whenever the agent pauses, so that choosing it shows rows already made (ADR 0022).
     */
    void prepare(java.util.List<CatalogueDto.AttributeDto> attributes) {
        typed();
        toPrepare.clear();
        for (CatalogueDto.AttributeDto a : attributes) {
            if (!rows.containsKey(a)) {
                toPrepare.add(a);
            }
        }
        if (!toPrepare.isEmpty()) {
            preparer.start();
        }
    }

    /** The agent typed: rows are made ahead once they pause again. */
    void typed() {
        typedAt = System.nanoTime();
    }

    /** The first field's control, where the agent goes after the location; null when the type has no attribute. */
    Node firstControl() {
        flush();
        return getChildren().isEmpty() ? null : ((AttributeRow) getChildren().get(0)).focusTarget();
    }

    /** The control of the first field showing an error, or null. */
    Node firstControlWithError() {
        flush();
        for (Node row : getChildren()) {
            if (row instanceof AttributeRow r && r.showsError()) {
                return r.control();
            }
        }
        return null;
    }

    private void render(ObservableList<AttributeField> fields) {
        clear();
        pending.addAll(fields);
        if (!pending.isEmpty()) {
            waitOnePulse = true;
            stepper.start();
        }
    }

    private void clear() {
        stepper.stop();
        pending.clear();
        for (Node row : getChildren()) {
            ((AttributeRow) row).unbind();
        }
        getChildren().clear();
    }

    /** Adds the next row; true while more are waiting. */
    private boolean addNext() {
        AttributeField next = pending.poll();
        if (next != null) {
            AttributeRow row = rows.computeIfAbsent(next.definition(), d -> new AttributeRow(d, i18n));
            row.bind(next);
            getChildren().add(row);
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
}
