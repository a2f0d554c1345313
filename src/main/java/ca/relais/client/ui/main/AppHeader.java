package ca.relais.client.ui.main;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The header row, kept readable at narrow widths (1366 px with every workspace button of a supervisor, or long
 * French labels): when the agent's name or line would be cut, the secondary buttons go compact (icon only, FR/EN),
 * keeping their tooltips and screen-reader texts; they take their words back once there is room again.
 */
final class AppHeader extends HBox {
    private static final double SLACK = 8;
    private final List<Labeled> mustShow;
    private final Region spacer;
    private final Consumer<Boolean> compaction;
    private boolean compact;
    private boolean switching;
    private double widthSaved;

    /** {@code compaction} turns the compact form on ({@code true}) or off; {@code spacer} is the row's free space. */
    AppHeader(double spacing, List<Labeled> mustShow, Region spacer, Consumer<Boolean> compaction) {
        super(spacing);
        this.mustShow = mustShow;
        this.spacer = spacer;
        this.compaction = compaction;
    }

    boolean isCompact() {
        return compact;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (switching) {
            return;
        }
        if (!compact && anyCut()) {
            switchTo(true);
        } else if (compact && spacer.getWidth() > widthSaved + SLACK) {
            switchTo(false);
        }
    }

    private boolean anyCut() {
        return mustShow.stream().anyMatch(l -> l.isVisible() && l.getWidth() + 0.5 < l.prefWidth(-1));
    }

    /** Changes the children's texts after this layout pass, not during it, so the change is laid out. */
    private void switchTo(boolean nowCompact) {
        switching = true;
        Platform.runLater(() -> {
            double before = prefWidth(-1);
            compaction.accept(nowCompact);
            compact = nowCompact;
            applyCss();
            widthSaved = Math.abs(before - prefWidth(-1));
            switching = false;
            requestLayout();
        });
    }
}
