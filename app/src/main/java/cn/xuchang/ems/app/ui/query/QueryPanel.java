package cn.xuchang.ems.app.ui.query;

import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.domain.ShelterClass;
import cn.xuchang.ems.data.domain.TeamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The query panel docked beside the map: incident, query kind and filters, results table (name,
 * distance, bearing, ETA, phone, status), copy and CSV export. All work goes through
 * {@link QueryViewModel}; queries run on {@code executor}, never on the FX thread.
 */
public final class QueryPanel extends VBox {

    private final QueryViewModel model;
    private final ResourceBundle strings;
    private final Executor executor;

    final TextField incidentField = new TextField();
    final Button locateButton = new Button();
    final ComboBox<QueryMode> modeBox = new ComboBox<>();
    final ComboBox<ResourceKind> kindBox = new ComboBox<>();
    final Spinner<Integer> kSpinner = new Spinner<>(1, 100, 5);
    final CheckBox availableBox = new CheckBox();
    final ComboBox<TeamType> teamTypeBox = new ComboBox<>();
    final ComboBox<ShelterClass> shelterClassBox = new ComboBox<>();
    final Spinner<Integer> minFreeSpinner = new Spinner<>(0, 1_000_000, 0, 50);
    final TextField supplyClassField = new TextField();
    final TextField radiusField = new TextField("2000");
    final ComboBox<String> demandBox = new ComboBox<>();
    final Button runButton = new Button();
    final Button cancelButton = new Button();
    final Button copyButton = new Button();
    final Button exportButton = new Button();
    final ProgressBar progressBar = new ProgressBar(0);
    final Label statusLabel = new Label();
    final TableView<ResultRow> table = new TableView<>();

    /** A panel over {@code model}, labelled from {@code strings}, running queries on {@code executor}. */
    public QueryPanel(QueryViewModel model, ResourceBundle strings, Executor executor) {
        this.model = model;
        this.strings = strings;
        this.executor = executor;
        createView();
        initListeners();
    }

    private void createView() {
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("query-panel");
        Label title = new Label(strings.getString("panel.title"));
        title.getStyleClass().add("panel-title");

        incidentField.setPromptText(strings.getString("prompt.incident"));
        locateButton.setText(strings.getString("button.locate"));
        HBox incidentRow = new HBox(4, incidentField, locateButton);
        HBox.setHgrow(incidentField, Priority.ALWAYS);

        modeBox.getItems().setAll(QueryMode.values());
        modeBox.setConverter(converter(m -> m == null ? "" : strings.getString("mode." + m.code())));
        kindBox.getItems().setAll(ResourceKind.values());
        kindBox.setConverter(converter(k -> k == null ? "" : strings.getString("kind." + k.code())));
        teamTypeBox.getItems().add(null);
        teamTypeBox.getItems().addAll(TeamType.values());
        teamTypeBox.setConverter(converter(t -> t == null ? strings.getString("any") : strings.getString("team." + t.name())));
        teamTypeBox.setButtonCell(anyCell(teamTypeBox.getConverter()));
        shelterClassBox.getItems().add(null);
        shelterClassBox.getItems().addAll(ShelterClass.values());
        shelterClassBox.setConverter(converter(c -> c == null ? strings.getString("any")
                : strings.getString("shelter." + c.name())));
        shelterClassBox.setButtonCell(anyCell(shelterClassBox.getConverter()));
        List<String> demandLayers = new ArrayList<>();
        for (ResourceKind k : ResourceKind.values()) {
            demandLayers.add(k.code());
        }
        demandLayers.add(QueryData.PLACE_LAYER);
        demandBox.getItems().setAll(demandLayers);
        demandBox.setConverter(converter(d -> d == null ? "" : strings.getString("kind." + d)));
        availableBox.setText(strings.getString("label.available"));
        kSpinner.setEditable(true);
        minFreeSpinner.setEditable(true);

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        int row = 0;
        form.addRow(row++, new Label(strings.getString("label.mode")), modeBox);
        form.addRow(row++, new Label(strings.getString("label.kind")), kindBox);
        form.addRow(row++, new Label(strings.getString("label.k")), kSpinner);
        form.add(availableBox, 0, row++, 2, 1);
        form.addRow(row++, new Label(strings.getString("label.teamType")), teamTypeBox);
        form.addRow(row++, new Label(strings.getString("label.shelterClass")), shelterClassBox);
        form.addRow(row++, new Label(strings.getString("label.minFree")), minFreeSpinner);
        form.addRow(row++, new Label(strings.getString("label.supplyClass")), supplyClassField);
        form.addRow(row++, new Label(strings.getString("label.radius")), radiusField);
        form.addRow(row, new Label(strings.getString("label.demand")), demandBox);

        runButton.setText(strings.getString("button.run"));
        runButton.setDefaultButton(true);
        cancelButton.setText(strings.getString("button.cancel"));
        copyButton.setText(strings.getString("button.copy"));
        exportButton.setText(strings.getString("button.export"));
        HBox actions = new HBox(4, runButton, cancelButton, progressBar);
        HBox.setHgrow(progressBar, Priority.ALWAYS);
        progressBar.setMaxWidth(Double.MAX_VALUE);

        table.getColumns().add(column("column.name", r -> r.name()));
        table.getColumns().add(column("column.distance", r -> ResultsCsv.number(r.distanceM(), 0)));
        table.getColumns().add(column("column.bearing", r -> ResultsCsv.number(r.bearingDeg(), 0)));
        table.getColumns().add(column("column.eta", r -> ResultsCsv.number(r.etaMin(), 1)));
        table.getColumns().add(column("column.phone", ResultRow::phone));
        table.getColumns().add(column("column.status", r -> ResultsCsv.statusText(r.status(), strings)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(strings.getString("method.note")));
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox output = new HBox(4, copyButton, exportButton);
        statusLabel.setWrapText(true);
        getChildren().setAll(title, new Label(strings.getString("label.incident")), incidentRow, form, actions,
                statusLabel, table, output);
    }

    private void initListeners() {
        incidentField.textProperty().bindBidirectional(model.incidentTextProperty());
        modeBox.valueProperty().bindBidirectional(model.modeProperty());
        kindBox.valueProperty().bindBidirectional(model.kindProperty());
        availableBox.selectedProperty().bindBidirectional(model.availableOnlyProperty());
        teamTypeBox.valueProperty().bindBidirectional(model.teamTypeProperty());
        shelterClassBox.valueProperty().bindBidirectional(model.shelterClassProperty());
        supplyClassField.textProperty().bindBidirectional(model.supplyClassProperty());
        demandBox.valueProperty().bindBidirectional(model.demandProperty());
        kSpinner.valueProperty().addListener((o, a, b) -> model.kProperty().set(b == null ? 5 : b));
        minFreeSpinner.valueProperty().addListener((o, a, b) -> model.minFreeCapacityProperty().set(b == null ? 0 : b));
        radiusField.textProperty().addListener((o, a, b) -> {
            try {
                model.radiusMProperty().set(Double.parseDouble(b.trim()));
            } catch (NumberFormatException e) {
                model.radiusMProperty().set(Double.NaN);
            }
        });

        // only the filters that apply to the chosen kind and query are enabled
        var kind = model.kindProperty();
        var mode = model.modeProperty();
        teamTypeBox.disableProperty().bind(kind.isNotEqualTo(ResourceKind.RESCUE_TEAM));
        shelterClassBox.disableProperty().bind(kind.isNotEqualTo(ResourceKind.SHELTER));
        minFreeSpinner.disableProperty().bind(kind.isNotEqualTo(ResourceKind.SHELTER));
        supplyClassField.disableProperty().bind(kind.isNotEqualTo(ResourceKind.SUPPLY_DEPOT));
        kSpinner.disableProperty().bind(mode.isNotEqualTo(QueryMode.NEAREST));
        kindBox.disableProperty().bind(mode.isEqualTo(QueryMode.CAMERAS).or(mode.isEqualTo(QueryMode.ZONE)));
        radiusField.disableProperty().bind(mode.isEqualTo(QueryMode.NEAREST).or(mode.isEqualTo(QueryMode.CAMERAS)));
        demandBox.disableProperty().bind(mode.isNotEqualTo(QueryMode.COVERAGE));

        locateButton.setOnAction(e -> model.locate());
        incidentField.setOnAction(e -> model.locate());
        runButton.setOnAction(e -> {
            if (!model.incidentTextProperty().get().isBlank() && model.modeProperty().get() != QueryMode.COVERAGE) {
                if (!model.locate()) {
                    return;
                }
            }
            model.run(executor);
        });
        runButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        cancelButton.setOnAction(e -> model.cancel());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.runningProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        table.setItems(model.rows());
        copyButton.disableProperty().bind(Bindings.isEmpty(model.rows()));
        exportButton.disableProperty().bind(Bindings.isEmpty(model.rows()));
        copyButton.setOnAction(e -> copy());
        exportButton.setOnAction(e -> export());
    }

    /** The results table (the road UI adds its columns and row actions). */
    public TableView<ResultRow> resultsTable() {
        return table;
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.csv());
        Clipboard.getSystemClipboard().setContent(content);
        statusLabel.textProperty().unbind();
        statusLabel.setText(MessageFormat.format(strings.getString("copy.done"), model.rows().size()));
        statusLabel.textProperty().bind(model.statusProperty());
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(strings.getString("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("query-results.csv");
        var file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the results as UTF-8 CSV with a byte-order mark (so that Excel reads the Chinese names). */
    void exportTo(Path file) {
        try {
            Files.writeString(file, ResultsCsv.BOM + model.csv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private TableColumn<ResultRow, String> column(String key, Function<ResultRow, String> value) {
        TableColumn<ResultRow, String> c = new TableColumn<>(strings.getString(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    private static <T> ListCell<T> anyCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }

}
