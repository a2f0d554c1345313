package ca.relais.client.ui.reports;

import ca.relais.api.AccountabilityDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.CodeNames;
import ca.relais.client.ui.dashboard.TileRules;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The report's key figures as small cards: volume, SLA and first-contact resolution against target, and the rest. */
final class KeyFigures extends FlowPane {
    private final I18n i18n;
    private final CodeNames names;
    private AccountabilityDto shown;

    KeyFigures(I18n i18n, CodeNames names) {
        this.i18n = i18n;
        this.names = names;
        setId("report-figures");
        setHgap(10);
        setVgap(10);
        getStyleClass().add("report-figures");
        i18n.localeProperty().addListener((o, a, b) -> show(shown));
    }

    void show(AccountabilityDto r) {
        shown = r;
        if (r == null) {
            return;
        }
        List<VBox> cards = new ArrayList<>();
        cards.add(card("report-total", "report.figure.total", Long.toString(r.total()), null));
        cards.add(card("report-sla", "report.figure.sla", TileRules.percent(r.slaAttainment()),
                i18n.get("report.vsTarget", TileRules.percent(r.slaTarget()))));
        cards.add(card("report-fcr", "report.figure.fcr", TileRules.percent(r.firstContactResolutionRate()),
                i18n.get("report.vsTarget", TileRules.percent(r.firstContactResolutionTarget()))));
        cards.add(card("report-reopen", "report.figure.reopen", TileRules.percent(r.reopenRate()), null));
        AccountabilityDto.TimeToClose t = r.timeToCloseHours();
        cards.add(card("report-close", "report.figure.close", hours(t == null ? null : t.median()),
                i18n.get("report.figure.close.detail", hours(t == null ? null : t.p90()), t == null ? 0 : t.count())));
        String top = r.topComplaints().isEmpty() ? "—" : names.type(r.topComplaints().get(0).typeCode());
        cards.add(card("report-complaints", "report.figure.complaints", top.length() > 24 ? top.substring(0, 23) + "…"
                : top, r.topComplaints().isEmpty() ? null
                : i18n.get("report.figure.complaints.detail", r.topComplaints().get(0).count())));
        if (r.kb() != null) {
            cards.add(card("report-kb", "report.figure.kb", Long.toString(r.kb().articlesUsed()),
                    i18n.get("report.figure.kb.detail", r.kb().feedback(), r.kb().gaps())));
        }
        getChildren().setAll(cards);
    }

    private String hours(Double h) {
        return h == null ? "—" : i18n.get("report.hoursValue", Math.round(h * 10) / 10.0);
    }

    private VBox card(String id, String key, String value, String detail) {
        Label title = new Label(i18n.get(key));
        title.getStyleClass().add("dash-tile-title");
        Label figure = new Label(value);
        figure.setId(id);
        figure.getStyleClass().add("report-figure");
        VBox box = new VBox(2, title, figure);
        if (detail != null) {
            Label d = new Label(detail);
            d.getStyleClass().add("dash-tile-detail");
            box.getChildren().add(d);
        }
        box.getStyleClass().add("report-card");
        box.setFocusTraversable(false);
        box.setAccessibleText(title.getText() + " : " + value + (detail == null ? "" : ". " + detail));
        return box;
    }
}
