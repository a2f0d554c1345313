package ca.relais.client.ui.ombudsman;

import atlantafx.base.theme.Styles;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.RequestList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One line of a case's trail: when, who, what (with an icon), a note's visibility, and the text. */
final class TrailCell extends ListCell<TrailEntry> {
    private final I18n i18n;
    private final ca.relais.client.ui.dashboard.CodeNames names;

    TrailCell(I18n i18n, ca.relais.client.ui.dashboard.CodeNames names) {
        this.i18n = i18n;
        this.names = names;
    }

    @Override
    protected void updateItem(TrailEntry e, boolean empty) {
        super.updateItem(e, empty);
        if (empty || e == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label when = new Label(RequestList.when(e.at()));
        when.getStyleClass().add(Styles.TEXT_MUTED);
        Label who = new Label(e.who() == null ? "—" : e.who());
        who.getStyleClass().add(Styles.TEXT_BOLD);
        Label kind = new Label(i18n.getOr("trail.kind." + e.kind(), e.kind()), new FontIcon(icon(e.kind())));
        HBox head = new HBox(8, when, who, kind);
        if (e.visibility() != null && "NOTE".equals(e.kind())) {
            Label visibility = new Label(i18n.getOr("trail.visibility." + e.visibility(), e.visibility()));
            visibility.getStyleClass().addAll("trail-visibility", "trail-" + e.visibility().toLowerCase(
                    java.util.Locale.ROOT));
            head.getChildren().add(visibility);
        }
        String data = String.join(" · ", e.data().stream().map(f -> "true".equals(f.getValue())
                ? label(f.getKey()) : label(f.getKey()) + " : " + value(f)).toList());
        String said = TrailEntry.AUDIT.equals(e.kind()) ? i18n.getOr("audit.action." + e.text(), e.text()) : e.text();
        Label text = new Label(said.isEmpty() ? data : data.isEmpty() ? said : said + " — " + data);
        text.setWrapText(true);
        text.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(2, head, text);
        if (TrailEntry.AUDIT.equals(e.kind())) {
            getStyleClass().add("trail-audit");
        } else {
            getStyleClass().remove("trail-audit");
        }
        setText(null);
        setGraphic(box);
        setAccessibleText(when.getText() + ", " + who.getText() + ", " + kind.getText() + ". " + text.getText());
    }

    private String label(String key) {
        return i18n.getOr("trail.data." + key, key);
    }

    private String value(java.util.Map.Entry<String, String> field) {
        String v = field.getValue();
        return switch (field.getKey()) {
            case "channel" -> names.channel(v);
            case "nature" -> names.nature(v);
            case "from", "to" -> i18n.getOrDefault("status." + v, null) != null ? names.status(v)
                    : names.department(v);
            case "department", "department_from", "department_to" -> names.department(v);
            case "urgency" -> i18n.getOr("urgency." + v, v);
            case "callback.method" -> i18n.getOr("callback." + v, v);
            case "resolution_code" -> i18n.getOr("resolution." + v, v);
            case "audit.entity" -> i18n.getOr("audit.entity." + v, v);
            default -> v;
        };
    }

    private static Ikon icon(String kind) {
        return switch (kind) {
            case "CREATED" -> Material2AL.ADD_CIRCLE_OUTLINE;
            case "NOTE" -> Material2MZ.NOTES;
            case "STATUS" -> Material2MZ.SYNC_ALT;
            case "HANDOFF" -> Material2AL.FORWARD;
            case "ACCEPTED" -> Material2AL.ASSIGNMENT_TURNED_IN;
            case "ASSIGNED" -> Material2MZ.PERSON_ADD;
            case "MERGED" -> Material2MZ.MERGE_TYPE;
            case "CALLER_LINKED" -> Material2AL.LINK;
            case TrailEntry.AUDIT -> Material2MZ.SECURITY;
            default -> Material2AL.EDIT;
        };
    }
}
