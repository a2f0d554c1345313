package ca.relais.client.ui.routing;

import ca.relais.api.CatalogueDto;
import ca.relais.api.Problem;
import ca.relais.api.RoutingRuleDto;
import ca.relais.api.RoutingRulesDto;
import ca.relais.client.sync.ApiException;
import ca.relais.client.sync.RoutingClient;
import ca.relais.client.ui.common.UiExecutors;
import ca.relais.client.ui.common.UserMessage;
import ca.relais.domain.Nature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administrator's routing-rules editor: the ordered rules of the current version, editable, saved as a new version
 * with the version read as {@code If-Match}. When someone saved meanwhile, or a rule is invalid, the edits stay and the
 * message (and the rule's own error) say what to do.
 */
public final class RoutingRulesViewModel {
    /** Blank in a criterion: the rule matches any value. */
    public static final String ANY = "";
    private static final Pattern FIELD = Pattern.compile("^rules\\[(\\d+)]\\.(\\w+)$");

    /** One editable rule; blank criteria are wildcards. */
    public static final class Row {
        public final StringProperty id = new SimpleStringProperty(ANY);
        public final StringProperty typeCode = new SimpleStringProperty(ANY);
        public final StringProperty group = new SimpleStringProperty(ANY);
        public final StringProperty nature = new SimpleStringProperty(ANY);
        public final StringProperty borough = new SimpleStringProperty(ANY);
        public final StringProperty department = new SimpleStringProperty(ANY);
        /** Why the server refused this rule, until the next save. */
        public final ObjectProperty<UserMessage> error = new SimpleObjectProperty<>();

        static Row of(RoutingRuleDto r) {
            Row row = new Row();
            row.id.set(text(r.id()));
            row.typeCode.set(text(r.typeCode()));
            row.group.set(text(r.group()));
            row.nature.set(text(r.nature()));
            row.borough.set(text(r.borough()));
            row.department.set(text(r.department()));
            return row;
        }

        RoutingRuleDto toDto() {
            return new RoutingRuleDto(value(id), value(typeCode), value(group), value(nature), value(borough),
                    value(department));
        }

        private static String text(String s) {
            return s == null ? ANY : s;
        }

        private static String value(StringProperty p) {
            String s = p.get() == null ? ANY : p.get().strip();
            return s.isEmpty() ? null : s;
        }
    }

    private record Loaded(RoutingRulesDto rules, CatalogueDto catalogue) {
    }

    private final RoutingClient client;
    private final UiExecutors executors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<String> natures = FXCollections.observableArrayList();
    private final ObservableList<String> boroughs = FXCollections.observableArrayList();
    private final ObservableList<String> departments = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<String> updatedBy = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> updatedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserMessage> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    public RoutingRulesViewModel(RoutingClient client, UiExecutors executors) {
        this.client = client;
        this.executors = executors;
        rows.addListener((javafx.collections.ListChangeListener<Row>) c -> dirty.set(true));
    }

    /** Reads the current version and the catalogue; edits not saved are kept unless {@code discard}. */
    public void refresh(boolean discard) {
        if (dirty.get() && !discard) {
            return;
        }
        busy.set(true);
        executors.run(() -> new Loaded(client.rules(), client.catalogue()), loaded -> {
            busy.set(false);
            choices(loaded.catalogue());
            show(loaded.rules());
            message.set(null);
        }, this::failed);
    }

    public Row add() {
        Row row = new Row();
        watch(row);
        rows.add(row);
        return row;
    }

    public void remove(Row row) {
        rows.remove(row);
    }

    /** Moves a rule up or down; order only decides between rules of equal specificity. */
    public void move(Row row, int by) {
        int from = rows.indexOf(row);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
    }

    public void save() {
        if (busy.get() || version.get() < 0) {
            return;
        }
        rows.forEach(r -> r.error.set(null));
        List<RoutingRuleDto> rules = rows.stream().map(Row::toDto).toList();
        long base = version.get();
        busy.set(true);
        executors.run(() -> client.save(base, rules), saved -> {
            busy.set(false);
            show(saved);
            message.set(UserMessage.of("routing.saved", saved.version()));
        }, this::failed);
    }

    private void show(RoutingRulesDto rules) {
        version.set(rules.version());
        updatedBy.set(rules.updatedBy());
        updatedAt.set(rules.updatedAt());
        List<Row> loaded = new ArrayList<>();
        rules.rules().forEach(r -> loaded.add(Row.of(r)));
        loaded.forEach(this::watch);
        rows.setAll(loaded);
        dirty.set(false);
    }

    private void watch(Row row) {
        for (StringProperty p : List.of(row.id, row.typeCode, row.group, row.nature, row.borough, row.department)) {
            p.addListener((o, a, b) -> {
                if (!Objects.equals(a, b)) {
                    dirty.set(true);
                }
            });
        }
    }

    private final java.util.Map<String, ca.relais.domain.LocalizedText> names = new java.util.HashMap<>();

    /**
     * The catalogue's name of a type, group or department code, for showing a rule in words; empty for a code the
     * catalogue does not know (natures and boroughs are named by the interface's messages).
     */
    public java.util.Optional<ca.relais.domain.LocalizedText> nameOf(String code) {
        return java.util.Optional.ofNullable(code == null ? null : names.get(code));
    }

    private void choices(CatalogueDto catalogue) {
        names.clear();
        catalogue.items().forEach(t -> names.put(t.serviceCode(), new ca.relais.domain.LocalizedText(t.serviceName(),
                t.serviceNameEn())));
        catalogue.groups().forEach(g -> names.put(g.code(), new ca.relais.domain.LocalizedText(g.nameFr(),
                g.nameEn())));
        catalogue.departments().forEach(d -> names.put(d.code(), new ca.relais.domain.LocalizedText(d.nameFr(),
                d.nameEn())));
        types.setAll(withAny(catalogue.items().stream().map(CatalogueDto.ServiceDto::serviceCode).sorted().toList()));
        groups.setAll(withAny(catalogue.groups().stream().map(CatalogueDto.GroupDto::code).toList()));
        natures.setAll(withAny(java.util.Arrays.stream(Nature.values()).map(Enum::name).toList()));
        boroughs.setAll(withAny(catalogue.departments().stream().map(CatalogueDto.DepartmentDto::borough)
                .filter(Objects::nonNull).distinct().sorted().toList()));
        departments.setAll(catalogue.departments().stream().map(CatalogueDto.DepartmentDto::code).toList());
    }

    private static List<String> withAny(List<String> values) {
        List<String> out = new ArrayList<>();
        out.add(ANY);
        out.addAll(values);
        return out;
    }

    private void failed(Exception e) {
        busy.set(false);
        if (!(e instanceof ApiException api)) {
            message.set(UserMessage.of("routing.offline"));
            return;
        }
        switch (api.status()) {
            case 401, 403 -> message.set(UserMessage.of("routing.forbidden"));
            case 412 -> message.set(UserMessage.of("routing.conflict"));
            case 422 -> message.set(UserMessage.of("routing.invalid", markErrors(api.problem())));
            default -> message.set(UserMessage.of("routing.refused", api.getMessage()));
        }
    }

    /** Puts each field error on its rule; answers how many rules are concerned. */
    private int markErrors(Problem problem) {
        if (problem == null || problem.errors() == null) {
            return 0;
        }
        java.util.Set<Integer> concerned = new java.util.HashSet<>();
        for (Problem.FieldError f : problem.errors()) {
            Matcher m = FIELD.matcher(f.field());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                if (index < rows.size() && concerned.add(index)) {
                    rows.get(index).error.set(UserMessage.of("routing.error." + (f.code() == null ? "refused"
                            : f.code()), m.group(2)));
                }
            }
        }
        return concerned.size();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> types() {
        return types;
    }

    public ObservableList<String> groups() {
        return groups;
    }

    public ObservableList<String> natures() {
        return natures;
    }

    public ObservableList<String> boroughs() {
        return boroughs;
    }

    public ObservableList<String> departments() {
        return departments;
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> updatedByProperty() {
        return updatedBy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> updatedAtProperty() {
        return updatedAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
