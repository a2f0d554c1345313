package ca.relais.client.ui.dashboard;

import ca.relais.api.QueuesDto;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UiTimer;
import ca.relais.client.ui.common.UserMessage;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supervisor's live dashboard: the queue figures as tiles judged against the targets, the lists behind them, and
 * the targets themselves. It follows the server's changes while it is shown (see {@link LiveRefresh}).
 */
public final class DashboardViewModel {
    private final DashboardSource source;
    private final UiExecutors executors;
    private final LiveRefresh live;
    private final DrillDown drillDown;
    private final TargetsForm targets;
    private final boolean canEditTargets;
    private final ReadOnlyObjectWrapper<QueuesDto> queues = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();

    public DashboardViewModel(DashboardSource source, UiExecutors executors, UiTimer timer, boolean canEditTargets) {
        this.source = source;
        this.executors = executors;
        this.canEditTargets = canEditTargets;
        this.live = new LiveRefresh(timer, this::read);
        this.drillDown = new DrillDown(source, executors);
        this.targets = new TargetsForm(source, executors, saved -> live.now());
    }

    /** The dashboard is shown: read now, then follow changes. */
    public void shown() {
        live.setActive(true);
        live.now();
    }

    public void hidden() {
        live.setActive(false);
    }

    /** The server announced changes (a synchronisation that followed its events ended). */
    public void serverChanged() {
        live.changed();
    }

    public void refresh() {
        live.now();
    }

    /** Opens the list behind a tile. */
    public void drillDown(String tile) {
        drillDown.open(ItemsQuery.of(tile));
    }

    /** Opens the list behind a chart's bar: open requests of a department in a status, today's intake in an hour. */
    public void drillDown(ItemsQuery query) {
        drillDown.open(query);
    }

    private void read(Runnable done) {
        executors.run(source::queues, q -> {
            queues.set(q);
            tiles.setAll(TileRules.tiles(q));
            message.set(null);
            targets.follow(q.targets());
            done.run();
        }, e -> {
            message.set(Failures.message(e));
            done.run();
        });
    }

    public ReadOnlyObjectProperty<QueuesDto> queuesProperty() {
        return queues.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public List<QueuesDto.AgentPresence> agents() {
        QueuesDto q = queues.get();
        return q == null ? List.of() : q.agents();
    }

    public DrillDown drill() {
        return drillDown;
    }

    public TargetsForm targets() {
        return targets;
    }

    public boolean canEditTargets() {
        return canEditTargets;
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
