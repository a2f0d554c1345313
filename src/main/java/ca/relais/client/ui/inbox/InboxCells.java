package ca.relais.client.ui.inbox;

import atlantafx.base.theme.Styles;
import ca.relais.api.EventDto;
import ca.relais.api.PendingHandoffDto;
import ca.relais.api.RequestDto;
import ca.relais.client.sync.InboxRequest;
import ca.relais.client.ui.common.I18n;
import ca.relais.domain.LocalizedText;
import ca.relais.domain.SlaState;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** How the inbox words requests and their stories: the queue's rows, the history's entries, the SLA marks. */
final class InboxCells {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ca.relais.domain.CityCalendar.ZONE);
    private final I18n i18n;
    private final Map<String, LocalizedText> typeNames;
    private final InboxViewModel vm;

    InboxCells(InboxViewModel vm, I18n i18n, Map<String, LocalizedText> typeNames) {
        this.vm = vm;
        this.i18n = i18n;
        this.typeNames = typeNames;
    }

    static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    String type(String code) {
        LocalizedText name = typeNames.get(code);
        return name == null ? code : name.in(i18n.locale());
    }

    /** A department's name in the interface language; its code if the catalogue does not know it. */
    String department(String code) {
        if (code == null || code.isBlank()) {
            return "—";
        }
        return vm.departments().stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> i18n.isEnglish() ? d.nameEn() : d.nameFr()).orElse(code);
    }

    /** The SLA mark: an icon, a word and a colour, so that colour is never the only sign. */
    Label slaBadge(SlaState sla) {
        Label badge = new Label(i18n.get("inbox.sla." + sla.name()));
        badge.getStyleClass().addAll("sla-badge", "sla-" + sla.name().toLowerCase(java.util.Locale.ROOT));
        badge.setGraphic(new FontIcon(switch (sla) {
            case OVERDUE -> Material2AL.ERROR;
            case AT_RISK -> Material2MZ.WARNING;
            case PAUSED -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
            case ON_TIME -> Material2MZ.SCHEDULE;
            case NONE -> Material2AL.CHECK_CIRCLE;
        }));
        return badge;
    }

    /** One request of the queue. */
    final class RequestCell extends ListCell<InboxRequest> {
        RequestCell() {
            getStyleClass().add("inbox-cell");
        }

        @Override
        protected void updateItem(InboxRequest item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            RequestDto r = item.request();
            SlaState sla = vm.sla(item);
            Label number = new Label(InboxViewModel.number(item) + "  ·  " + type(r.typeCode()));
            number.getStyleClass().add(Styles.TEXT_BOLD);
            HBox first = new HBox(8, slaBadge(sla), number);
            String holder = r.assignee() == null ? i18n.get("inbox.unassigned") : r.assignee();
            Label second = new Label(i18n.get("inbox.row.due", when(r.dueAt())) + "  ·  "
                    + i18n.get("status." + r.status()) + "  ·  " + holder
                    + (item.locationLabel() == null ? "" : "  ·  " + item.locationLabel()));
            second.getStyleClass().add(Styles.TEXT_MUTED);
            VBox box = new VBox(2, first, second);
            PendingHandoffDto h = item.pendingHandoff();
            if (h != null) {
                Label handoff = new Label(i18n.get("inbox.row.handoff", department(h.from()),
                        i18n.get("urgency." + (h.urgency() == null ? "NORMAL" : h.urgency())),
                        h.note() == null ? "" : h.note().strip()));
                handoff.setGraphic(new FontIcon(Material2MZ.SEND));
                handoff.getStyleClass().add("inbox-handoff");
                box.getChildren().add(handoff);
            } else if (item.excerpt() != null && !item.excerpt().isBlank()) {
                Label excerpt = new Label(item.excerpt().strip());
                excerpt.getStyleClass().add("inbox-excerpt");
                box.getChildren().add(excerpt);
            }
            getStyleClass().removeAll("sla-row-overdue", "sla-row-at_risk");
            if (sla == SlaState.AT_RISK || sla == SlaState.OVERDUE) {
                getStyleClass().add("sla-row-" + sla.name().toLowerCase(java.util.Locale.ROOT));
            }
            box.setMinWidth(0);
            box.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
            box.setAccessibleText(i18n.get("inbox.sla." + sla.name()) + ", " + number.getText() + ", "
                    + second.getText());
        }
    }

    /** One entry of a request's story: when, who, what, and for a handoff its urgency and callback. */
    Label event(EventDto e) {
        List<String> lines = new ArrayList<>();
        lines.add(when(e.at()) + "  ·  " + (e.author() == null ? "" : e.author()) + "  ·  "
                + i18n.getOrDefault("inbox.event." + e.kind(), e.kind())
                + (e.visibility() == null ? "" : " (" + i18n.getOrDefault("inbox.visibility." + e.visibility(),
                e.visibility()) + ")"));
        if (e.text() != null && !e.text().isBlank()) {
            lines.add(e.text().strip());
        }
        JsonNode d = e.data();
        if ("HANDOFF".equals(e.kind()) && d != null && d.isObject()) {
            JsonNode cb = d.path("callback");
            lines.add(i18n.get("inbox.event.handoffDetails", department(d.path("from").asText(null)),
                    department(d.path("to").asText(null)), i18n.get("urgency." + d.path("urgency").asText("NORMAL")),
                    cb.isObject() ? i18n.get("callback." + cb.path("method").asText("NONE"))
                            + (cb.hasNonNull("value") ? " " + cb.get("value").asText() : "")
                            + (cb.hasNonNull("best_time") ? " (" + cb.get("best_time").asText() + ")" : "")
                            : i18n.get("callback.NONE"),
                    d.path("extension").asText("—")));
        } else if ("STATUS".equals(e.kind()) && d != null && d.isObject() && d.has("to")) {
            lines.add(i18n.get("inbox.event.statusDetails", i18n.getOrDefault("status." + d.path("from").asText(),
                    d.path("from").asText()), i18n.getOrDefault("status." + d.path("to").asText(),
                    d.path("to").asText())));
        }
        Label text = new Label(String.join("\n", lines));
        text.setWrapText(true);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.getStyleClass().add("inbox-event");
        text.setFocusTraversable(true);
        text.setAccessibleText(text.getText());
        return text;
    }
}
