package cn.xuchang.ems.app.ui.importer;

import cn.xuchang.ems.app.ui.i18n.Messages;
import cn.xuchang.ems.app.ui.theme.DispatchTheme;
import cn.xuchang.ems.data.crs.CrsRegistry;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ImportReport;
import cn.xuchang.ems.data.io.ImportRequest;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.ResourceImport;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.TextEncoding;
import cn.xuchang.ems.data.io.mapping.MappingMemory;
import cn.xuchang.ems.data.io.mapping.TargetField;
import cn.xuchang.ems.data.store.ResourceStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The import wizard: choose a file and the layer, see the guessed field mapping with the first
 * values of each column and correct it, check (dry run) and import with a progress bar and counts
 * that can be cancelled. Reading, checking and storing run on {@code executor}; the FX thread only
 * shows results. The mapping that worked is remembered for the next file with the same columns.
 * Use on the FX thread.
 */
public final class ImportWizard extends BorderPane {
    private static final int SAMPLE_ROWS = 3;

    private final ImportStrings strings;
    private final ResourceImport importer;
    private final Executor executor;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ComboBox<ResourceKind> kind = new ComboBox<>(FXCollections.observableArrayList(ResourceKind.values()));
    private final ComboBox<String> crs = new ComboBox<>();
    private final ComboBox<String> encoding = new ComboBox<>();
    private final TextField sheet = new TextField();
    private final CheckBox skipInvalid;
    private final CheckBox acceptOffset;
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> reportLines = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ProgressBar progress = new ProgressBar(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty previewReady = new SimpleBooleanProperty(false);
    private Task<?> current;

    /**
     * @param memory   where mappings are remembered (the data folder), or empty
     * @param executor runs reading, checking and storing (never the FX thread)
     */
    public ImportWizard(ResourceStore store, Optional<MappingMemory> memory, Locale locale, Executor executor) {
        this.strings = new ImportStrings(locale);
        this.importer = new ResourceImport(store, memory, Clock.systemUTC());
        this.executor = executor;
        this.skipInvalid = new CheckBox(strings.get("label.skipInvalid"));
        this.acceptOffset = new CheckBox(strings.get("label.acceptOffset"));
        createView();
        initListeners();
    }

    /** Opens the wizard in its own window over {@code owner}. */
    public static Stage open(Window owner, ResourceStore store, Path dataDir, Locale locale, Executor executor) {
        ImportWizard wizard = new ImportWizard(store, Optional.of(new MappingMemory(dataDir)), locale, executor);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(wizard.strings.get("title"));
        Scene scene = new Scene(wizard, 880, 640);
        DispatchTheme.apply(scene);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> wizard.cancel());
        stage.show();
        return stage;
    }

    private void createView() {
        setPadding(new Insets(10));
        Label fileLabel = new Label();
        fileLabel.setId("import-file");
        fileLabel.textProperty().bind(Bindings.createStringBinding(
                () -> file.get() == null ? "" : file.get().toString(), file));
        Button browse = new Button(strings.get("button.browse"));
        browse.setOnAction(e -> chooseFile());
        kind.setId("import-kind");
        Messages messages = Messages.forLocale(strings.locale());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ResourceKind k) {
                return k == null ? "" : messages.get("kind." + k.code());
            }

            @Override
            public ResourceKind fromString(String text) {
                return null;
            }
        });
        kind.getSelectionModel().select(ResourceKind.SCHOOL);
        crs.setId("import-crs");
        crs.getItems().addAll(strings.get("crs.auto"), "cgcs2000", "wgs84", "epsg:4547", "epsg:4526", "webmercator",
                "gcj02", "bd09");
        crs.getSelectionModel().selectFirst();
        crs.setEditable(true);
        encoding.setId("import-encoding");
        encoding.getItems().addAll(strings.get("encoding.auto"), "utf-8", "gbk", "gb18030");
        encoding.getSelectionModel().selectFirst();
        sheet.setId("import-sheet");
        sheet.setPromptText(strings.get("prompt.sheet"));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        HBox fileRow = new HBox(8, browse, fileLabel);
        form.addRow(0, new Label(strings.get("label.file")), fileRow);
        form.addRow(1, new Label(strings.get("label.kind")), kind);
        form.addRow(2, new Label(strings.get("label.crs")), crs);
        form.addRow(3, new Label(strings.get("label.encoding")), encoding);
        form.addRow(4, new Label(strings.get("label.sheet")), sheet);
        setTop(form);

        TableView<MappingRow> table = new TableView<>(mapping);
        table.setId("import-mapping");
        table.setEditable(true);
        TableColumn<MappingRow, String> source = new TableColumn<>(strings.get("column.source"));
        source.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().column()));
        TableColumn<MappingRow, String> field = new TableColumn<>(strings.get("column.field"));
        field.setCellValueFactory(c -> c.getValue().fieldProperty());
        field.setEditable(true);
        field.setCellFactory(c -> new ComboBoxTableCell<>(FXCollections.observableArrayList(
                TargetField.all(kind.getValue() == null ? ResourceKind.SCHOOL : kind.getValue()))));
        TableColumn<MappingRow, String> sample = new TableColumn<>(strings.get("column.sample"));
        sample.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().samples()));
        sample.setPrefWidth(360);
        table.getColumns().add(source);
        table.getColumns().add(field);
        table.getColumns().add(sample);
        ListView<String> issues = new ListView<>(reportLines);
        issues.setId("import-report");
        issues.setPrefHeight(170);
        VBox center = new VBox(6, new Label(strings.get("label.mapping")), table, issues);
        VBox.setVgrow(table, Priority.ALWAYS);
        center.setPadding(new Insets(8, 0, 8, 0));
        setCenter(center);

        Button check = new Button(strings.get("button.check"));
        check.setId("import-check");
        check.setOnAction(e -> run(true));
        Button go = new Button(strings.get("button.import"));
        go.setId("import-run");
        go.setDefaultButton(true);
        go.setOnAction(e -> run(false));
        Button cancel = new Button(strings.get("button.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> cancel());
        check.disableProperty().bind(running.or(previewReady.not()));
        go.disableProperty().bind(running.or(previewReady.not()));
        cancel.disableProperty().bind(running.not());
        progress.setId("import-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        Label statusLabel = new Label();
        statusLabel.setId("import-status");
        statusLabel.textProperty().bind(status);
        for (Button b : new Button[] {check, go, cancel}) {
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        HBox options = new HBox(12, skipInvalid, acceptOffset);
        HBox buttons = new HBox(8, check, go, cancel);
        VBox bottom = new VBox(6, options, buttons, progress, statusLabel);
        setBottom(bottom);
    }

    private void initListeners() {
        file.addListener((obs, old, now) -> preview());
        kind.valueProperty().addListener((obs, old, now) -> preview());
        encoding.valueProperty().addListener((obs, old, now) -> preview());
        sheet.setOnAction(e -> preview());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, XLSX, GeoJSON, Shapefile, GeoPackage, KML",
                "*.csv", "*.txt", "*.xlsx", "*.geojson", "*.json", "*.shp", "*.gpkg", "*.kml"));
        java.io.File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            file.set(chosen.toPath());
        }
    }

    /** The file to import; setting it starts the preview. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The layer the rows go into. */
    public ObjectProperty<ResourceKind> kindProperty() {
        return kind.valueProperty();
    }

    /** The mapping table's rows, editable. */
    public ObservableList<MappingRow> mappingRows() {
        return mapping;
    }

    /** The status line (counts while running, the outcome after). */
    public StringProperty statusProperty() {
        return status;
    }

    /** True while reading, checking or storing. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The last check or import report. */
    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The report lines shown (refusals, warnings, notes). */
    public ObservableList<String> reportLines() {
        return reportLines;
    }

    /** Sets "skip invalid rows". */
    public void setSkipInvalid(boolean value) {
        skipInvalid.setSelected(value);
    }

    /** Checks (dry run) or imports with the current choices. */
    public void run(boolean dryRun) {
        if (file.get() == null || running.get()) {
            return;
        }
        ImportRequest req;
        try {
            req = request().withDryRun(dryRun);
        } catch (IllegalArgumentException e) {
            status.unbind();
            status.set(strings.format("status.failed", e.getMessage()));
            return;
        }
        ImportTask task = new ImportTask(importer, req, strings);
        progress.progressProperty().bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(e -> finish(task.getValue(), null));
        task.setOnFailed(e -> finish(null, task.getException()));
        task.setOnCancelled(e -> finish(null, null));
        start(task);
    }

    /** Cancels what is running; a running import is rolled back. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void preview() {
        if (file.get() == null || running.get()) {
            return;
        }
        previewReady.set(false);
        status.unbind();
        ImportRequest req;
        try {
            req = request().withMap("");
        } catch (IllegalArgumentException e) {
            status.set(strings.format("status.failed", e.getMessage()));
            return;
        }
        PreviewTask task = new PreviewTask(importer, req);
        status.set(strings.format("status.reading", file.get().getFileName()));
        progress.progressProperty().unbind();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        task.setOnSucceeded(e -> {
            ResourceImport.Preview p = task.getValue();
            mapping.clear();
            for (String column : p.dataset().columns()) {
                String field = p.mapping().fieldByColumn().getOrDefault(column, TargetField.IGNORE);
                String samples = p.dataset().features().stream().limit(SAMPLE_ROWS)
                        .map(SourceFeature::attributes).map(a -> Objects.toString(a.get(column), ""))
                        .collect(Collectors.joining(" | "));
                mapping.add(new MappingRow(column, field, samples));
            }
            reportLines.setAll(p.dataset().notes());
            status.set(strings.format("status.preview", p.dataset().format(), p.dataset().features().size(),
                    p.dataset().columns().size()));
            progress.setProgress(0);
            running.set(false);
            previewReady.set(true);
        });
        task.setOnFailed(e -> {
            running.set(false);
            progress.setProgress(0);
            status.set(strings.format("status.failed", task.getException().getMessage()));
        });
        start(task);
    }

    private ImportRequest request() {
        String crsText = crs.getValue();
        String encText = encoding.getValue();
        ReadOptions read = new ReadOptions(
                encText == null || encText.equals(strings.get("encoding.auto")) ? Optional.empty()
                        : Optional.of(TextEncoding.parse(encText)),
                sheet.getText() == null || sheet.getText().isBlank() ? Optional.empty() : Optional.of(sheet.getText().trim()));
        String spec = mapping.stream().map(r -> r.column() + "=" + r.fieldProperty().get())
                .collect(Collectors.joining(","));
        return new ImportRequest(file.get(), kind.getValue(),
                crsText == null || crsText.equals(strings.get("crs.auto")) ? Optional.empty()
                        : Optional.of(CrsRegistry.parse(crsText)),
                read, spec, skipInvalid.isSelected(), false, acceptOffset.isSelected(),
                System.getProperty("user.name", "xems"));
    }

    private void start(Task<?> task) {
        current = task;
        running.set(true);
        executor.execute(task);
    }

    private void finish(ImportReport r, Throwable error) {
        running.set(false);
        status.unbind();
        progress.progressProperty().unbind();
        current = null;
        if (r == null) {
            progress.setProgress(0);
            status.set(error == null || error instanceof cn.xuchang.ems.data.io.ImportCancelledException
                    ? strings.get("status.cancelled") : strings.format("status.failed", error.getMessage()));
            return;
        }
        report.set(r);
        progress.setProgress(1);
        List<String> lines = new java.util.ArrayList<>();
        r.errors().stream().map(i -> strings.get("report.error") + ": " + i.describe()).forEach(lines::add);
        r.warnings().stream().map(i -> strings.get("report.warning") + ": " + i.describe()).forEach(lines::add);
        r.notes().stream().map(n -> strings.get("report.note") + ": " + n).forEach(lines::add);
        reportLines.setAll(lines);
        if (r.dryRun()) {
            status.set(strings.format("status.checked", r.accepted(), r.rejected()));
        } else if (r.stored() > 0) {
            status.set(strings.format("status.done", r.stored(), r.importId()));
        } else {
            status.set(strings.format("status.refused", Math.max(r.rejected(), r.errors().size())));
        }
    }

    /** Locale-independent helper for tests: the field chosen for a column. */
    String fieldOf(String column) {
        return mapping.stream().filter(r -> r.column().equals(column)).map(r -> r.fieldProperty().get())
                .findFirst().orElse(null);
    }
}
