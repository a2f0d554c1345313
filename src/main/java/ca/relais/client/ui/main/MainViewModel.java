package ca.relais.client.ui.main;

import ca.relais.api.CatalogueDto;
import ca.relais.api.UserDto;
import ca.relais.client.sync.ConnectionState;
import ca.relais.client.sync.SyncStatus;
import ca.relais.domain.TextFolding;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The main window's state: who is signed in, the connection, and the catalogue with its search. */
public final class MainViewModel {
    private final UserDto user;
    private final String serverUrl;
    private final ObservableList<CatalogueItem> items = FXCollections.observableArrayList();
    private final FilteredList<CatalogueItem> visibleItems = new FilteredList<>(items);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<CatalogueItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ConnectionState> connection =
            new ReadOnlyObjectWrapper<>(ConnectionState.ONLINE);
    private final ReadOnlyObjectWrapper<Instant> lastSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rejected = new ReadOnlyIntegerWrapper();

    public MainViewModel(UserDto user, String serverUrl, CatalogueDto catalogue, Instant syncedAt) {
        this.user = user;
        this.serverUrl = serverUrl;
        query.addListener((obs, old, now) -> applyQuery(now));
        visibleItems.addListener((javafx.collections.ListChangeListener<CatalogueItem>) c ->
                visibleCount.set(visibleItems.size()));
        showCatalogue(catalogue, syncedAt);
    }

    public void showCatalogue(CatalogueDto catalogue, Instant syncedAt) {
        Map<String, CatalogueDto.GroupDto> groups = catalogue.groups().stream()
                .collect(Collectors.toMap(CatalogueDto.GroupDto::code, Function.identity(), (a, b) -> a));
        Map<String, CatalogueDto.DepartmentDto> departments = catalogue.departments().stream()
                .collect(Collectors.toMap(CatalogueDto.DepartmentDto::code, Function.identity(), (a, b) -> a));
        items.setAll(catalogue.items().stream()
                .map(t -> CatalogueItem.of(t, groups.get(t.group()), departments.get(t.department())))
                .toList());
        visibleCount.set(visibleItems.size());
        lastSync.set(syncedAt);
    }

    /** Called with every synchronisation status, on the UI thread. */
    public void syncChanged(SyncStatus status) {
        connection.set(status.state());
        pending.set(status.pending());
        rejected.set(status.rejected() + status.conflicts());
        if (status.lastSync() != null) {
            lastSync.set(status.lastSync());
        }
    }

    public void connectionChanged(ConnectionState state) {
        connection.set(state);
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    private void applyQuery(String text) {
        String folded = TextFolding.fold(text);
        visibleItems.setPredicate(item -> item.matches(folded));
    }

    public UserDto user() {
        return user;
    }

    public String serverUrl() {
        return serverUrl;
    }

    public int catalogueSize() {
        return items.size();
    }

    public ObservableList<CatalogueItem> visibleItems() {
        return visibleItems;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<CatalogueItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }
}
