package ca.relais.client.ui.call;

import ca.relais.api.EventDto;
import ca.relais.client.ui.common.I18n;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One request of the caller's history: number, type, status and date; then the latest handoff note and the latest
 * public note, so the agent can read out where it stands; and the server's refusal, when it refused it.
 */
final class HistoryCell extends ListCell<HistoryItem> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ca.relais.domain.CityCalendar.ZONE);
    private final I18n i18n;
    private final java.util.function.Function<String, ca.relais.domain.LocalizedText> departments;

    HistoryCell(I18n i18n, java.util.function.Function<String, ca.relais.domain.LocalizedText> departments) {
        this.i18n = i18n;
        this.departments = departments;
        getStyleClass().add("history-cell");
    }

    @Override
    protected void updateItem(HistoryItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("history-rejected");
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(item.number() + "  ·  " + item.typeName().in(i18n.locale()));
        ca.relais.api.RequestDto r = item.request();
        lines.add(i18n.get("status." + r.status()) + (r.resolutionCode() == null ? ""
                : " (" + i18n.get("resolution." + r.resolutionCode()) + ")") + (r.createdAt() == null ? ""
                : "  ·  " + DATE.format(r.createdAt())) + holder(r));
        if (item.latestHandoff() != null) {
            lines.add(note("caller.history.handoff", item.latestHandoff()));
        }
        ca.relais.api.PublicNoteDto told = r.latestPublicNote();
        if (told != null && told.text() != null && (item.latestPublicNote() == null
                || told.at() != null && told.at().isAfter(item.latestPublicNote().at()))) {
            lines.add(i18n.get("caller.history.publicNote", told.at() == null ? "" : DATE.format(told.at()),
                    told.text().strip()));
        } else if (item.latestPublicNote() != null) {
            lines.add(note("caller.history.publicNote", item.latestPublicNote()));
        }
        if (item.rejection() != null) {
            lines.add(i18n.get("caller.history.rejected", i18n.get(item.rejection().reason())));
            getStyleClass().add("history-rejected");
        }
        setGraphic(item.rejection() == null ? null : new FontIcon(Material2AL.ERROR_OUTLINE));
        setText(String.join("\n", lines));
        setWrapText(true);
        setPrefWidth(0);
    }

    /** Who holds the request now: its department and, once accepted, the person. */
    private String holder(ca.relais.api.RequestDto r) {
        ca.relais.api.HolderDto h = r.holder();
        String department = h != null && h.department() != null ? h.department() : r.department();
        if (department == null) {
            return "";
        }
        String person = h == null ? null : h.assigneeName() != null ? h.assigneeName() : h.assignee();
        return "  ·  " + i18n.get(person == null ? "caller.history.holder" : "caller.history.holderPerson",
                departments.apply(department).in(i18n.locale()), person);
    }

    static String date(java.time.Instant at) {
        return DATE.format(at);
    }

    private String note(String key, EventDto event) {
        return i18n.get(key, DATE.format(event.at()), event.text().strip());
    }
}
