package ca.relais.client.ui.ombudsman;

import atlantafx.base.theme.Styles;
import ca.relais.api.CallerDto;
import ca.relais.api.OmbudsmanCaseDto;
import ca.relais.api.RequestDto;
import ca.relais.api.RequestSummaryDto;
import ca.relais.client.ui.common.I18n;
import ca.relais.client.ui.dashboard.CodeNames;
import ca.relais.client.ui.dashboard.RequestList;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The ombudsman's workspace: search every request, read a case's whole trail, save its file as PDF. Read-only. */
public final class OmbudsmanView extends BorderPane {
    private static final List<String> STATUSES = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING", "RESOLVED",
            "CLOSED", "DUPLICATE", "CANCELLED");
    private final OmbudsmanViewModel vm;
    private final I18n i18n;
    private final CodeNames names;
    private final Button back = new Button();
    private final TextField query = new TextField();
    private final Label caseTitle = new Label();
    private final Label caseFacts = new Label();
    private final Label caseText = new Label();
    private Function<String, Path> chooser = this::chooseFile;

    public OmbudsmanView(OmbudsmanViewModel vm, I18n i18n, CodeNames names) {
        this.vm = vm;
        this.i18n = i18n;
        this.names = names;
        setId("ombudsman");
        getStyleClass().add("ombudsman");
        setTop(new VBox(toolbar(), searchRow()));
        TableView<RequestSummaryDto> results = RequestList.table("ombudsman-results", vm.results(), i18n, names);
        results.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.open(r));
        Button more = new Button(null, new FontIcon(Material2MZ.MORE_HORIZ));
        more.setId("ombudsman-more");
        more.textProperty().bind(i18n.bind("dashboard.drill.more"));
        more.getStyleClass().add(Styles.SMALL);
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.more());
        VBox left = new VBox(6, results, more);
        VBox.setVgrow(results, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, casePane());
        split.setDividerPositions(0.55);
        setCenter(split);
        Label message = new Label();
        message.setId("ombudsman-message");
        message.textProperty().bind(i18n.bind(vm.messageProperty()));
        message.getStyleClass().add("report-message");
        message.visibleProperty().bind(vm.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        setBottom(message);
        vm.openCaseProperty().addListener((o, a, c) -> showCase(c));
        i18n.localeProperty().addListener((o, a, b) -> showCase(vm.openCaseProperty().get()));
    }

    /** Called each time the screen is shown: the caret goes to the search. */
    public void shown() {
        javafx.application.Platform.runLater(query::requestFocus);
    }

    public void setOnBack(Runnable action) {
        ca.relais.client.ui.common.BackButton.wire(back, action);
    }

    /** Where the case file is saved: given the offered name, a path, or null to cancel. For tests. */
    public void choosePathsWith(Function<String, Path> choose) {
        this.chooser = choose;
    }

    public OmbudsmanViewModel viewModel() {
        return vm;
    }

    private HBox toolbar() {
        Label title = new Label();
        title.textProperty().bind(i18n.bind("ombudsman.title"));
        title.setGraphic(new FontIcon(Material2MZ.POLICY));
        title.getStyleClass().add(Styles.TITLE_4);
        Label readOnly = new Label();
        readOnly.textProperty().bind(i18n.bind("ombudsman.readOnly"));
        readOnly.setGraphic(new FontIcon(Material2AL.LOCK));
        readOnly.getStyleClass().add(Styles.TEXT_MUTED);
        back.setId("ombudsman-back");
        back.textProperty().bind(i18n.bind("kbadmin.back"));
        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, title, readOnly, spacer, back);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("kb-admin-toolbar");
        return bar;
    }

    private HBox searchRow() {
        query.setId("ombudsman-query");
        query.promptTextProperty().bind(i18n.bind("ombudsman.query.prompt"));
        query.textProperty().bindBidirectional(vm.textProperty());
        query.accessibleTextProperty().bind(i18n.bind("ombudsman.query"));
        HBox.setHgrow(query, Priority.ALWAYS);
        ComboBox<String> status = combo("ombudsman-status", STATUSES, names::status, "ombudsman.status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<String> department = combo("ombudsman-department", names.departmentCodes(), names::department,
                "ombudsman.department");
        department.valueProperty().addListener((o, a, d) -> vm.departmentProperty().set(d == null ? "" : d));
        DatePicker from = ca.relais.client.ui.common.IsoDates.picker("ombudsman-from");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        from.promptTextProperty().bind(i18n.bind("report.from"));
        from.accessibleTextProperty().bind(i18n.bind("report.from"));
        DatePicker to = ca.relais.client.ui.common.IsoDates.picker("ombudsman-to");
        to.valueProperty().bindBidirectional(vm.toProperty());
        to.promptTextProperty().bind(i18n.bind("report.to"));
        to.accessibleTextProperty().bind(i18n.bind("report.to"));
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        Button search = new Button(null, new FontIcon(Material2MZ.SEARCH));
        search.setId("ombudsman-search");
        search.textProperty().bind(i18n.bind("ombudsman.search"));
        search.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        search.setDefaultButton(false);
        search.setOnAction(e -> vm.search());
        HBox row = new HBox(8, query, status, department, from, to, search);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("ombudsman-search");
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.search();
                e.consume();
            }
        });
        return row;
    }

    private VBox casePane() {
        caseTitle.setId("ombudsman-case-title");
        caseTitle.getStyleClass().add(Styles.TITLE_4);
        caseTitle.setWrapText(true);
        caseFacts.setId("ombudsman-case-facts");
        caseFacts.setWrapText(true);
        caseFacts.getStyleClass().add(Styles.TEXT_MUTED);
        caseText.setWrapText(true);
        Button pdf = new Button(null, new FontIcon(Material2MZ.PICTURE_AS_PDF));
        pdf.setId("ombudsman-pdf");
        pdf.textProperty().bind(i18n.bind("ombudsman.pdf"));
        pdf.getStyleClass().add(Styles.SMALL);
        pdf.disableProperty().bind(vm.openCaseProperty().isNull());
        pdf.setOnAction(e -> {
            Path target = chooser.apply(vm.pdfName());
            if (target != null) {
                vm.exportPdf(target);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, caseTitle, spacer, pdf);
        head.setAlignment(Pos.TOP_LEFT);
        ListView<TrailEntry> trail = new ListView<>(vm.trail());
        trail.setId("ombudsman-trail");
        trail.setCellFactory(v -> new TrailCell(i18n, names));
        Label trailTitle = new Label();
        trailTitle.textProperty().bind(i18n.bind("ombudsman.trail"));
        trailTitle.getStyleClass().add("dash-list-title");
        trailTitle.setLabelFor(trail);
        VBox pane = new VBox(6, head, caseFacts, caseText, trailTitle, trail);
        VBox.setVgrow(trail, Priority.ALWAYS);
        pane.getStyleClass().add("ombudsman-case");
        return pane;
    }

    private void showCase(OmbudsmanCaseDto c) {
        if (c == null) {
            caseTitle.setText(i18n.get("ombudsman.noCase"));
            caseFacts.setText("");
            caseText.setText("");
            return;
        }
        RequestDto r = c.request();
        caseTitle.setText((r.number() == null ? "" : r.number() + " · ") + names.type(r.typeCode()));
        String callers = String.join(", ", c.callers().stream().map(OmbudsmanView::name).toList());
        caseFacts.setText(i18n.get("ombudsman.facts", names.status(r.status()), names.department(r.department()),
                names.channel(r.channel()), RequestList.when(r.createdAt()),
                callers.isEmpty() ? i18n.get("ombudsman.anonymous") : callers,
                r.location() == null || r.location().address() == null ? "—" : r.location().address()));
        caseText.setText(r.description() == null ? "" : r.description());
    }

    private static String name(CallerDto c) {
        String n = ((c.firstName() == null ? "" : c.firstName()) + " " + (c.lastName() == null ? "" : c.lastName()))
                .strip();
        return n.isEmpty() ? "—" : n;
    }

    private <T> ComboBox<T> combo(String id, List<T> values, Function<T, String> label, String promptKey) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.getItems().add(0, null);
        box.setId(id);
        box.promptTextProperty().bind(i18n.bind(promptKey));
        box.accessibleTextProperty().bind(i18n.bind(promptKey));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? i18n.get(promptKey) : label.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setPrefWidth(170);
        return box;
    }

    private Path chooseFile(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
