package ca.relais.client.ui.dashboard;

import ca.relais.api.PresenceDto;
import ca.relais.api.QueuesDto;
import ca.relais.client.ui.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The dashboard's two lists: the oldest handoffs not yet accepted, and the agents signed in with their state. */
final class PeopleLists {
    private PeopleLists() {
    }

    static ListView<QueuesDto.UnacceptedHandoff> handoffs(I18n i18n, CodeNames names) {
        ListView<QueuesDto.UnacceptedHandoff> list = new ListView<>();
        list.setId("dash-handoffs");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(QueuesDto.UnacceptedHandoff h, boolean empty) {
                super.updateItem(h, empty);
                if (empty || h == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label what = new Label((h.number() == null ? "" : h.number() + " · ") + names.type(h.typeCode()));
                Label route = new Label(names.department(h.fromDepartment()) + " → "
                        + names.department(h.toDepartment()));
                route.getStyleClass().add("text-muted");
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label wait = new Label(i18n.get("dashboard.handoff.waiting", names.minutes(h.waitingMinutes())),
                        new FontIcon(Material2AL.ACCESS_TIME));
                wait.setMinWidth(Region.USE_PREF_SIZE);
                HBox top = new HBox(8, what, spacer, wait);
                setText(null);
                setGraphic(new javafx.scene.layout.VBox(0, top, route));
                setPrefWidth(0);
                setAccessibleText(what.getText() + ", " + route.getText() + ", " + wait.getText());
            }
        });
        return list;
    }

    static ListView<QueuesDto.AgentPresence> agents(I18n i18n) {
        ListView<QueuesDto.AgentPresence> list = new ListView<>();
        list.setId("dash-agents");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(QueuesDto.AgentPresence a, boolean empty) {
                super.updateItem(a, empty);
                getStyleClass().removeAll("agent-available", "agent-on-call", "agent-away");
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String state = a.state() == null ? PresenceDto.AVAILABLE : a.state();
                Label name = new Label(a.displayName() == null ? a.username() : a.displayName());
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                FontIcon icon = new FontIcon(switch (state) {
                    case PresenceDto.ON_CALL -> Material2MZ.PHONE_IN_TALK;
                    case PresenceDto.AWAY -> Material2MZ.PAUSE_CIRCLE_OUTLINE;
                    default -> Material2AL.CHECK_CIRCLE_OUTLINE;
                });
                Label stateLabel = new Label(i18n.get("presence." + state)
                        + (a.since() == null ? "" : " · " + i18n.get("dashboard.agent.since", RequestList.when(
                                a.since()).substring(11))), icon);
                stateLabel.getStyleClass().add("agent-state");
                stateLabel.setMinWidth(Region.USE_PREF_SIZE);
                HBox row = new HBox(8, name, spacer, stateLabel);
                setPrefWidth(0);
                getStyleClass().add("agent-" + state.toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                setText(null);
                setGraphic(row);
                setAccessibleText(name.getText() + ", " + stateLabel.getText());
            }
        });
        return list;
    }
}
