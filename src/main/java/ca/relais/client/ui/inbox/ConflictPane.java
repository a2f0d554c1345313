package ca.relais.client.ui.inbox;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.Accessibility;
import ca.relais.client.ui.common.Buttons;
import ca.relais.client.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The conflict over the inbox: my version beside the server's, the differing fields marked by an icon, a word and a
 * colour; keep mine or take the server's.
 */
final class ConflictPane extends StackPane {
    private final InboxViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();
    private final Button keep = new Button();
    private final java.util.function.UnaryOperator<String> departmentName;

    ConflictPane(InboxViewModel vm, I18n i18n, java.util.function.UnaryOperator<String> departmentName) {
        this.vm = vm;
        this.i18n = i18n;
        this.departmentName = departmentName;
        setId("conflict-pane");
        getStyleClass().add("overlay");
        title.setId("conflict-title");
        title.setGraphic(new FontIcon(Material2AL.COMPARE_ARROWS));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        Label explain = new Label();
        explain.textProperty().bind(i18n.bind("inbox.conflict.explain"));
        explain.setWrapText(true);
        grid.setId("conflict-fields");
        grid.setHgap(14);
        grid.setVgap(4);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setPercentWidth(26);
        grid.getColumnConstraints().addAll(fields, column(), column());

        keep.setId("conflict-keep");
        keep.setGraphic(new FontIcon(Material2MZ.PERSON));
        keep.textProperty().bind(i18n.bind("inbox.conflict.keep"));
        keep.getStyleClass().add(Styles.ACCENT);
        Accessibility.describe(keep, i18n, "inbox.conflict.keep", "inbox.conflict.keep.help");
        keep.setOnAction(e -> vm.keepMine());
        Button take = Buttons.of("conflict-take", Material2AL.CLOUD_DOWNLOAD, i18n, "inbox.conflict.take",
                "inbox.conflict.take.help");
        take.setOnAction(e -> vm.takeTheirs());
        HBox buttons = new HBox(10, keep, take);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(12, title, explain, grid, buttons);
        card.getStyleClass().add("overlay-card");
        card.setMaxSize(760, USE_PREF_SIZE);
        getChildren().add(card);
        setAlignment(card, Pos.CENTER);
        visibleProperty().bind(vm.conflictProperty().isNotNull());
        vm.conflictProperty().addListener((o, a, c) -> show(c));
        i18n.localeProperty().addListener((o, a, b) -> show(vm.conflictProperty().get()));
    }

    private static ColumnConstraints column() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setPercentWidth(37);
        return c;
    }

    private void show(ConflictViewModel c) {
        grid.getChildren().clear();
        if (c == null) {
            return;
        }
        title.setText(i18n.get("inbox.conflict.title", i18n.get(c.actionKey()).replace("…", ""),
                InboxViewModel.number(c.theirs())));
        grid.addRow(0, header("inbox.conflict.field"), header("inbox.conflict.mine"),
                header("inbox.conflict.theirs"));
        int row = 1;
        for (ConflictViewModel.Row r : c.rows()) {
            Label field = new Label(i18n.getOrDefault("inbox.field." + r.field(), r.field()));
            field.setWrapText(true);
            field.setMinHeight(Region.USE_PREF_SIZE);
            Label mine = value(r.field(), r.mine());
            Label theirs = value(r.field(), r.theirs());
            if (r.differs()) {
                field.setGraphic(new FontIcon(Material2MZ.WARNING));
                field.setText(field.getText() + " — " + i18n.get("inbox.conflict.differs"));
                for (Label l : new Label[] {field, mine, theirs}) {
                    l.getStyleClass().add("conflict-diff");
                }
            }
            mine.setId("conflict-mine-" + r.field());
            theirs.setId("conflict-theirs-" + r.field());
            grid.addRow(row++, field, mine, theirs);
        }
        keep.requestFocus();
    }

    private Label header(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private Label value(String field, String value) {
        String shown = value == null || value.isBlank() ? "—"
                : field.equals("status") ? i18n.getOrDefault("status." + value, value)
                : field.equals("resolution_code") ? i18n.getOrDefault("resolution." + value, value)
                : field.equals("department") ? departmentName.apply(value) : value;
        Label l = new Label(shown);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
