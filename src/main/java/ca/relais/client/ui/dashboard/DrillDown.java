package ca.relais.client.ui.dashboard;

import ca.relais.api.PageDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.client.sync.SupervisionClient.ItemsQuery;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The list of requests behind a tile or a chart bar, a page at a time. */
public final class DrillDown {
    static final int PAGE = 50;
    private final DashboardSource source;
    private final UiExecutors executors;
    private final ReadOnlyObjectWrapper<ItemsQuery> query = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RequestSummaryDto> items = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private String cursor;

    DrillDown(DashboardSource source, UiExecutors executors) {
        this.source = source;
        this.executors = executors;
    }

    /** Opens the list behind {@code q}, from its first page. */
    public void open(ItemsQuery q) {
        query.set(q);
        items.clear();
        total.set(0);
        cursor = null;
        hasMore.set(false);
        load(q);
    }

    /** The next page of the open list. */
    public void more() {
        if (query.get() != null && cursor != null) {
            load(query.get());
        }
    }

    public void close() {
        query.set(null);
        items.clear();
        message.set(null);
    }

    private void load(ItemsQuery q) {
        String from = cursor;
        message.set(UserMessage.of("dashboard.loading"));
        executors.run(() -> source.items(q, PAGE, from), page -> show(q, page),
                e -> message.set(q == query.get() ? Failures.message(e) : message.get()));
    }

    private void show(ItemsQuery q, PageDto<RequestSummaryDto> page) {
        if (q != query.get()) {
            return;
        }
        items.addAll(page.items());
        total.set(page.total());
        cursor = page.nextCursor();
        hasMore.set(cursor != null);
        message.set(items.isEmpty() ? UserMessage.of("dashboard.drill.empty") : null);
    }

    public ReadOnlyObjectProperty<ItemsQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ObservableList<RequestSummaryDto> items() {
        return items;
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
