package ca.relais.client.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The header row, kept readable at narrow widths (1366 px with every workspace button of a supervisor, or long
 * French labels): while the agent's name or line would be cut, it tightens one step at a time (each step gives up
 * some words: the brand name, Français/English for FR/EN, a button's text), keeping tooltips and screen-reader
 * texts; it gives them back, the last step first, once there is room again.
 */
final class AppHeader extends HBox {
    private static final double SLACK = 8;
    private final List<Labeled> mustShow;
    private final Region spacer;
    private final List<Consumer<Boolean>> steps;
    private final List<Double> widthSaved = new ArrayList<>();
    private boolean switching;

    /**
     * {@code steps} tighten the header ({@code true}) or undo it ({@code false}), the least costly first;
     * {@code spacer} is the row's free space.
     */
    AppHeader(double spacing, List<Labeled> mustShow, Region spacer, List<Consumer<Boolean>> steps) {
        super(spacing);
        this.mustShow = mustShow;
        this.spacer = spacer;
        this.steps = List.copyOf(steps);
    }

    /** How many tightening steps are in effect. */
    int tightness() {
        return widthSaved.size();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (switching) {
            return;
        }
        int level = widthSaved.size();
        if (level < steps.size() && anyCut()) {
            later(() -> {
                double before = prefWidth(-1);
                steps.get(level).accept(true);
                applyCss();
                widthSaved.add(Math.max(0, before - prefWidth(-1)));
            });
        } else if (level > 0 && spacer.getWidth() > widthSaved.get(level - 1) + SLACK) {
            later(() -> {
                steps.get(level - 1).accept(false);
                widthSaved.remove(level - 1);
            });
        }
    }

    private boolean anyCut() {
        return mustShow.stream().anyMatch(l -> l.isVisible() && l.getWidth() + 0.5 < l.prefWidth(-1));
    }

    /** Changes the children after this layout pass, not during it, so that the change is laid out in turn. */
    private void later(Runnable change) {
        switching = true;
        Platform.runLater(() -> {
            change.run();
            switching = false;
            requestLayout();
        });
    }
}
